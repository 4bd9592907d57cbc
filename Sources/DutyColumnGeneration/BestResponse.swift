import DutyCore
import DutyShiftRostering
import Logging

/// Rosters built one person at a time, each person given their best response to everyone
/// before them: the pattern that costs least when a shift costs its request price, less
/// the cover line's under weight while the line is short of people, plus its over weight
/// once it is full. That is exactly what the person adds to the objective, and by
/// ``PatternLabelling`` a best response takes
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
    /// Person-days of failed exact labelling (a failed try counts the whole horizon), after
    /// which construction stops trying it for the people left: eight people's years. A try
    /// stops at ``labelLimit`` labels a day, but on a long horizon it gets far first: on
    /// Instance24 (150 people, 364 days, every try failing) the tries took 6 of the
    /// construction's 6.3 s, and a 5 s limit ended with no roster. Counted in days, a short
    /// horizon's cheap tries go on: stopping after eight failures in a row whatever the
    /// horizon also stopped them on Instance15 (42 days), whose exact responses pay (5471–5669
    /// at 20 s, against 5797–6098 without them).
    static let failedDaysBeforeGivingUp = 8 * 364

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

    /// A constructed roster.
    struct Construction {
        let roster: [ShiftAssignment]
        /// People whose best response could not be found exactly (labels too many: a long
        /// horizon), for whom column generation's pricing would need GLPK.
        let inexact: Int
        /// How the one-pass greedy paced the inexact people's minutes.
        let pacing: GreedyPacing
        /// What the roster costs.
        let objective: Double
    }

    /// Everyone not in `people` in file order, each the best response to those before and to
    /// `fixed` (the roster of `people`). Where at least half were priced inexactly, with each
    /// ``GreedyPacing`` in turn, keeping the cheapest roster (the first on a tie): a second
    /// construction repeats the exact people's labelling, which is most of the time where
    /// few are inexact (Instance20: 1.8 s for 5 people of 50 inexact).
    /// - Returns: `nil` when `deadline` came before everyone had a roster.
    /// - Throws: ``ShiftInfeasible`` when someone has no valid roster at all.
    func construct(around fixed: [ShiftAssignment] = [], of people: Set<ShiftProblem.Worker.ID> = [],
                   until deadline: Double, clock: TimeBudget, logger: Logger?) throws -> Construction? {
        guard let even = try construct(around: fixed, of: people, pacing: .even, exactlyPriced: nil, until: deadline, clock: clock, logger: logger)
        else { return nil }
        guard 2 * even.construction.inexact >= pricing.count - people.count else { return even.construction }
        // The people whose exact labelling gave up once are not tried again: theirs would
        // give up again, at the same cost.
        var best = even.construction
        for pacing in GreedyPacing.allCases where pacing != .even {
            guard let other = try construct(around: fixed, of: people, pacing: pacing, exactlyPriced: even.exact, until: deadline, clock: clock,
                                            logger: logger)?.construction else { break }
            logger?.trace("construction: objective \(other.objective) with \(pacing) pacing, against \(best.objective)")
            if other.objective < best.objective { best = other }
        }
        return best
    }

    /// Construction with one pacing, trying exact labelling only for `exactlyPriced` (`nil`:
    /// everyone, until too many have failed), and the people it priced exactly.
    func construct(around fixed: [ShiftAssignment], of people: Set<ShiftProblem.Worker.ID>, pacing: GreedyPacing,
                   exactlyPriced: Set<ShiftProblem.Worker.ID>?, until deadline: Double, clock: TimeBudget,
                   logger: Logger?) throws -> (construction: Construction, exact: Set<ShiftProblem.Worker.ID>)? {
        var staffed = staffing(of: fixed)
        var roster = fixed
        var exactly: Set<ShiftProblem.Worker.ID> = []
        var inexact = 0, failedDays = 0
        for (w, pricer) in pricing.enumerated() where !people.contains(pricer.worker.id) {
            guard clock.elapsed < deadline else { return nil }
            let tryingExact = failedDays < Self.failedDaysBeforeGivingUp && exactlyPriced.map { $0.contains(pricer.worker.id) } ?? true
            guard let (pattern, exact) = try respond(w, to: staffed, pacing: pacing, tryingExact: tryingExact, until: deadline, clock: clock) else {
                logger?.trace("construction: no roster for \(pricer.worker.id.rawValue) by \(clock.elapsed) s")
                return nil
            }
            logger?.trace("construction: \(pricer.worker.id.rawValue) has \(pattern.count) shifts\(exact ? "" : " (priced inexactly)") after \(clock.elapsed) s")
            for assignment in pattern { staffed[assignment.day, default: [:]][shiftIndex[assignment.shift]!, default: 0] += 1 }
            roster += pattern
            if exact {
                exactly.insert(pricer.worker.id)
            } else {
                inexact += 1
                if tryingExact { failedDays += instance.days }
            }
        }
        let construction = Construction(roster: roster.sorted(), inexact: inexact, pacing: pacing, objective: objective(of: roster))
        return (construction, exactly)
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

    /// Person `w`'s cheapest pattern given `staffed`, the others' people per day and shift, and
    /// whether it is known to be the cheapest (never without `tryingExact`).
    private func respond(_ w: Int, to staffed: [Int: [Int: Int]], pacing: GreedyPacing, tryingExact: Bool, until deadline: Double,
                         clock: TimeBudget) throws -> (pattern: [ShiftAssignment], exact: Bool)? {
        let pricer = pricing[w]
        guard let costs = pricer.costs(coverDual: { day, t in value(day: day, shift: t, in: staffed) }, keeping: []) else {
            throw ShiftInfeasible(instance: instance.name, proven: true)
        }
        let timeLimit = min(Self.fallbackTimeLimit, deadline - clock.elapsed)
        guard timeLimit > 0 else { return nil }
        switch try pricer.good(costs, pacing: pacing, labelLimit: tryingExact ? Self.labelLimit : nil, labelsPerState: Self.labelsPerState, timeLimit: timeLimit) {
        case let .pattern(pattern, _, _, exact): return (pattern, exact)
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

    private func staffing(of roster: [ShiftAssignment]) -> [Int: [Int: Int]] {
        var staffed: [Int: [Int: Int]] = [:]
        for assignment in roster { staffed[assignment.day, default: [:]][shiftIndex[assignment.shift]!, default: 0] += 1 }
        return staffed
    }
}
