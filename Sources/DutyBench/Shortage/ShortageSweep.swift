import DutyCheck
import DutyCore
import DutyRoster
import DutyWorkflow

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

    /// Runs every (level, seed), calling `progress(done, total)` after each. Each solve goes
    /// through ``RosterWorkflow`` (solved, then checked), with its own time limit.
    /// - Throws: ``RosterFailure`` (contradictory pins, found before any solve), or ``SweepFailure``
    ///   if the greedy baseline breaks a rule.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> [ShortageRow] {
        try RosterWorkflow.checkPins(dataset, month: month)
        let total = levels.count * seeds
        var rows: [ShortageRow] = []
        for seed in 1...max(seeds, 1) where seed <= seeds {
            for level in levels {
                let gone = removed(level: level, seed: seed)
                let reduced = dataset.removing(staff: Set(gone))
                let solved = try RosterWorkflow.solve(reduced, month: month,
                                                      options: .init(budget: TimeBudget(seconds: timeLimit), relativeGap: reduced.rules.mipGap))
                let greedy = RosterChecker(dataset: reduced, month: month).check(GreedyRoster(dataset: reduced, month: month).build())
                guard greedy.isValid else { throw SweepFailure(level: level, seed: seed, violations: greedy.violations) }
                let coverage = solved.coverage
                let greedyCoverage = Coverage(dataset: reduced, month: month, shortfalls: greedy.shortfalls)
                let objective = solved.document.objective, solver = solved.solver
                rows.append(ShortageRow(
                    level: level, seed: seed, staff: reduced.staff.count, removed: gone, demand: coverage.demanded,
                    covered: coverage.covered, shortfall: objective[.shortfall], fairness: objective[.fairness],
                    objective: objective.total, status: solver.status, seconds: solver.seconds, gap: solver.gap,
                    greedyCovered: greedyCoverage.covered, greedyShortfall: greedy.objective[.shortfall],
                    greedyObjective: greedy.objective.total, uncoveredByArea: coverage.missingByArea))
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
    /// the reference's `shortfall` term (priority-weighted) of the solved roster.
    public let shortfall: Double
    public let fairness: Double
    public let objective: Double
    public let status: RosterStatus
    public let seconds: Double
    public let gap: Double
    public let greedyCovered: Int
    public let greedyShortfall: Double
    public let greedyObjective: Double
    /// Uncovered person-shifts of the solved roster per area, areas sorted.
    public let uncoveredByArea: [AreaShortfall]

    public var coverage: Double { demand == 0 ? 1 : Double(covered) / Double(demand) }
    public var greedyCoverage: Double { demand == 0 ? 1 : Double(greedyCovered) / Double(demand) }
}
