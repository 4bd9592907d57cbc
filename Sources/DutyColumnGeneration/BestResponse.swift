import DutyCore
import DutyShiftRostering
import Logging

/// Rosters built and improved one person at a time, each person given their best response
/// to everyone else: the pattern that costs least when a shift costs its request price, less
/// the cover line's under weight while the line is short of people, plus its over weight
/// once it is full. That is exactly what the person adds to the objective, so a person's
/// best response never makes the roster worse, and by ``PatternLabelling`` it takes
/// milliseconds where a MIP of the same person took up to seconds (a 364-day person of
/// Instance22) — construction then gets through everyone on every public instance.
///
/// Every decision here comes from the instance and the roster, none from the clock: the
/// clock only stops the work (`deadline`), and a construction stopped by it gives no roster.
struct BestResponse {
    let instance: ShiftProblem
    let pricing: [PatternPricing]
    /// Per cover line, by day and shift type index: requirement and weights.
    private let lines: [Int: [Int: ShiftProblem.Cover]]
    private let shiftIndex: [ShiftType.ID: Int]

    /// Longest GLPK solve of one person, where labelling has too many labels even when capped.
    static let fallbackTimeLimit = 2.0
    /// Most labels a day for exact labelling here, and the labels kept per state where it has
    /// more: on a long horizon a person's best response need not be exact, and a try that
    /// gives up at a few thousand labels costs milliseconds.
    static let labelLimit = 5_000, labelsPerState = 1

    /// With every person's own pricing (built here, or shared with ``ColumnGeneration``).
    init(_ instance: ShiftProblem) {
        self.init(instance, pricing: instance.workers.map { PatternPricing(instance, worker: $0) })
    }

    init(_ instance: ShiftProblem, pricing: [PatternPricing]) {
        self.instance = instance
        self.pricing = pricing
        var lines: [Int: [Int: ShiftProblem.Cover]] = [:]
        for (cover, t) in instance.pricedCover() { lines[cover.day, default: [:]][t] = cover }
        self.lines = lines
        shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
    }

    /// Everyone not in `people` in file order, each the best response to those before and to
    /// `fixed` (the roster of `people`).
    /// - Returns: `nil` when `deadline` came before everyone had a roster.
    /// - Throws: ``ShiftInfeasible`` when someone has no valid roster at all.
    func construct(around fixed: [ShiftAssignment] = [], of people: Set<ShiftProblem.Worker.ID> = [],
                   until deadline: Double, clock: TimeBudget, logger: Logger?) throws -> [ShiftAssignment]? {
        var staffed = staffing(of: fixed)
        var roster = fixed
        for (w, pricer) in pricing.enumerated() where !people.contains(pricer.worker.id) {
            guard clock.elapsed < deadline else { return nil }
            guard let pattern = try respond(w, to: staffed, quickly: true, until: deadline, clock: clock) else {
                logger?.trace("construction: no roster for \(pricer.worker.id.rawValue) by \(clock.elapsed) s")
                return nil
            }
            logger?.trace("construction: \(pricer.worker.id.rawValue) has \(pattern.count) shifts after \(clock.elapsed) s")
            for assignment in pattern { staffed[assignment.day, default: [:]][shiftIndex[assignment.shift]!, default: 0] += 1 }
            roster += pattern
        }
        return roster.sorted()
    }

    /// Rounds over everyone in file order, each person's roster replaced by their best response
    /// to the others when it costs less, until a round gains nothing or `deadline` comes.
    /// - Returns: the improved roster and its gain.
    func improve(_ roster: [ShiftAssignment], until deadline: Double, clock: TimeBudget, logger: Logger?) throws -> (roster: [ShiftAssignment], gain: Double) {
        var byPerson = Dictionary(grouping: roster, by: \.worker)
        var staffed = staffing(of: roster)
        var total = 0.0
        while clock.elapsed < deadline {
            var gained = 0.0
            for (w, pricer) in pricing.enumerated() {
                guard clock.elapsed < deadline else { break }
                let current = byPerson[pricer.worker.id, default: []]
                for assignment in current { staffed[assignment.day]![shiftIndex[assignment.shift]!]! -= 1 }
                let currentPrice = pricer.requestCost(of: current) + current.reduce(0) { $0 - value(of: $1, in: staffed) }
                if let pattern = try respond(w, to: staffed, quickly: false, until: deadline, clock: clock) {
                    let price = pricer.requestCost(of: pattern) + pattern.reduce(0) { $0 - value(of: $1, in: staffed) }
                    if price < currentPrice - 1e-6 {
                        gained += currentPrice - price
                        byPerson[pricer.worker.id] = pattern
                    }
                }
                for assignment in byPerson[pricer.worker.id, default: []] {
                    staffed[assignment.day, default: [:]][shiftIndex[assignment.shift]!, default: 0] += 1
                }
            }
            total += gained
            logger?.trace("best response: −\(gained) after \(clock.elapsed) s")
            if gained < 1e-6 { break }
        }
        return (byPerson.values.joined().sorted(), total)
    }

    /// The objective of `roster`, which must keep every hard rule: what the requests cost
    /// plus what missing and excess people cost on the cover lines. The same number as
    /// ``ShiftModel``'s, for a roster whose model could not be built in time.
    func objective(of roster: [ShiftAssignment]) -> Double {
        let byPerson = Dictionary(grouping: roster, by: \.worker)
        let requests = pricing.reduce(0) { $0 + $1.requestCost(of: byPerson[$1.worker.id, default: []]) }
        let staffed = staffing(of: roster)
        var cover = 0.0
        for (day, lines) in lines {
            for (t, line) in lines {
                let count = staffed[day]?[t] ?? 0
                cover += Double(max(0, line.requirement - count) * line.underWeight + max(0, count - line.requirement) * line.overWeight)
            }
        }
        return requests + cover
    }

    /// Person `w`'s cheapest pattern given `staffed`, the others' people per day and shift.
    /// `quickly`: the one-pass greedy before capped labelling (construction), else after (improvement).
    private func respond(_ w: Int, to staffed: [Int: [Int: Int]], quickly: Bool, until deadline: Double, clock: TimeBudget) throws -> [ShiftAssignment]? {
        let pricer = pricing[w]
        guard let costs = pricer.costs(coverDual: { day, t in value(day: day, shift: t, in: staffed) }, keeping: []) else {
            throw ShiftInfeasible(instance: instance.name, proven: true)
        }
        let timeLimit = min(Self.fallbackTimeLimit, deadline - clock.elapsed)
        guard timeLimit > 0 else { return nil }
        switch try pricer.good(costs, labelLimit: Self.labelLimit, labelsPerState: Self.labelsPerState, greedyFirst: quickly, timeLimit: timeLimit) {
        case let .pattern(pattern, _, _, _): return pattern
        // People are bound to each other only by the soft cover: one without a roster of their own makes the instance infeasible.
        case .impossible: throw ShiftInfeasible(instance: instance.name, proven: true)
        case .timedOut: return nil
        }
    }

    /// What one more person on `shift` on `day` saves (negative: costs) given `staffed`.
    private func value(day: Int, shift t: Int, in staffed: [Int: [Int: Int]]) -> Double {
        guard let line = lines[day]?[t] else { return 0 }
        return (staffed[day]?[t] ?? 0) < line.requirement ? Double(line.underWeight) : -Double(line.overWeight)
    }

    private func value(of assignment: ShiftAssignment, in staffed: [Int: [Int: Int]]) -> Double {
        value(day: assignment.day, shift: shiftIndex[assignment.shift]!, in: staffed)
    }

    private func staffing(of roster: [ShiftAssignment]) -> [Int: [Int: Int]] {
        var staffed: [Int: [Int: Int]] = [:]
        for assignment in roster { staffed[assignment.day, default: [:]][shiftIndex[assignment.shift]!, default: 0] += 1 }
        return staffed
    }
}
