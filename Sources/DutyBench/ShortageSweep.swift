import DutyCheck
import DutyCore
import DutyRoster

/// "If we lose N more people, what goes uncovered?" — the month re-solved with a growing
/// share of its staff removed, by GLPK and by the greedy baseline.
///
/// For each seed, the staff are put in a random order (SplitMix64, so reproducible), and
/// level ℓ removes the first ⌈ℓ% × staff⌉ of that order together with their leave,
/// requests, history and pins. Removals are therefore nested as the level grows.
public struct ShortageSweep {
    public let dataset: Dataset
    public let month: Month
    public var levels: [Int] = [0, 10, 20, 30, 40]
    public var seeds: Int = 3
    public var timeLimit: Double = 5

    public init(dataset: Dataset, month: Month) {
        self.dataset = dataset
        self.month = month
    }

    /// The people removed at `level` percent for `seed`, in removal order.
    public func removed(level: Int, seed: Int) -> [Staff.ID] {
        var random = SplitMix64(seed: UInt64(seed))
        var order = dataset.staff.map(\.id).sorted()
        // Fisher–Yates with explicit arithmetic, so the order never depends on the standard library's shuffle.
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            let other = Int(random.next() % UInt64(index + 1))
            order.swapAt(index, other)
        }
        let count = Int((Double(level) * Double(order.count) / 100).rounded(.up))
        return Array(order.prefix(min(count, order.count)))
    }

    /// Runs every (level, seed), calling `progress(done, total)` after each.
    /// - Throws: what the solver throws (a pin conflict), or ``SweepFailure`` if a roster fails the checker.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> [ShortageRow] {
        let areas = Set(dataset.posts.map(\.area)).sorted()
        let total = levels.count * seeds
        var rows: [ShortageRow] = []
        for seed in 1...max(seeds, 1) where seed <= seeds {
            for level in levels {
                let gone = removed(level: level, seed: seed)
                let reduced = dataset.removing(staff: Set(gone))
                let checker = RosterChecker(dataset: reduced, month: month)
                let result = try RosterSolver.solve(dataset: reduced, month: month,
                                                    options: RosterSolveOptions(timeLimit: timeLimit, relativeGap: reduced.rules.mipGap))
                let solved = checker.check(result.assignments)
                let greedy = checker.check(GreedyRoster(dataset: reduced, month: month).build())
                guard solved.isValid, greedy.isValid else {
                    throw SweepFailure(level: level, seed: seed, violations: solved.violations + greedy.violations)
                }
                let demand = reduced.demand
                let demanded = month.days.reduce(0) { sum, date in sum + reduced.posts.reduce(0) { $0 + demand.count(on: date, post: $1.id) } }
                let area = Dictionary(uniqueKeysWithValues: reduced.posts.map { ($0.id, $0.area) })
                var uncovered = Dictionary(uniqueKeysWithValues: areas.map { ($0, 0) })
                for gap in solved.shortfalls { uncovered[area[gap.post]!, default: 0] += gap.missing }
                let missing = solved.shortfalls.reduce(0) { $0 + $1.missing }
                let greedyMissing = greedy.shortfalls.reduce(0) { $0 + $1.missing }
                rows.append(ShortageRow(
                    level: level, seed: seed, staff: reduced.staff.count, removed: gone, demand: demanded,
                    covered: demanded - missing, shortfall: solved.objective[.shortfall], fairness: solved.objective[.fairness],
                    objective: solved.objective.total, status: result.status.rawValue, seconds: result.seconds, gap: result.gap,
                    greedyCovered: demanded - greedyMissing, greedyShortfall: greedy.objective[.shortfall],
                    greedyObjective: greedy.objective.total, uncoveredByArea: areas.map { ($0, uncovered[$0]!) }))
                progress(rows.count, total)
            }
        }
        return rows
    }
}

/// A roster of the sweep broke a hard rule: a bug, reported with its case.
public struct SweepFailure: Error, CustomStringConvertible {
    public let level: Int
    public let seed: Int
    public let violations: [Violation]
    public var description: String {
        "internal error: level \(level)%, seed \(seed): " + violations.map(\.description).joined(separator: "; ")
    }
}

/// One (level, seed) of a shortage sweep.
public struct ShortageRow: Sendable {
    public let level: Int
    public let seed: Int
    public let staff: Int
    public let removed: [Staff.ID]
    /// Person-shifts demanded in the month.
    public let demand: Int
    public let covered: Int
    /// SPEC.md's `shortfall` term (priority-weighted) of the solved roster.
    public let shortfall: Double
    public let fairness: Double
    public let objective: Double
    public let status: String
    public let seconds: Double
    public let gap: Double
    public let greedyCovered: Int
    public let greedyShortfall: Double
    public let greedyObjective: Double
    /// Uncovered person-shifts of the solved roster per area, areas sorted.
    public let uncoveredByArea: [(area: String, missing: Int)]

    public var coverage: Double { demand == 0 ? 1 : Double(covered) / Double(demand) }
    public var greedyCoverage: Double { demand == 0 ? 1 : Double(greedyCovered) / Double(demand) }
}
