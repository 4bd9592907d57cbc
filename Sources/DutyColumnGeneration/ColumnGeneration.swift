import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK
import Logging

/// Column generation over patterns: the LP of ``PatternMaster`` is solved with the patterns
/// known so far, each person's ``PatternPricing`` then finds their pattern of least reduced
/// cost under its duals, and every pattern that would lower the LP joins the master. Each
/// round gives a Lagrangian lower bound (the master LP plus every person's least reduced
/// cost), and at the end that is the bound of the pattern LP, which on the Curtois
/// instances is close to the optimum where ``ShiftModel``'s LP is not (Instance7: 1054.1
/// against 944.6, optimum 1056). A dive from that LP (``dive(until:clock:logger:)``) turns it
/// into a roster, and its LP solution guides the neighbourhood search
/// (``NeighbourhoodSearch/Kind/relaxation``).
struct ColumnGeneration {
    private let pricing: [PatternPricing]
    let master: PatternMaster
    /// The best Lagrangian bound proven so far.
    private(set) var bound: Double?
    /// The master LP of the last round before any dive: its objective and how much of each
    /// assignment it uses.
    private(set) var relaxation: (objective: Double, values: [ShiftAssignment: Double])?
    /// Whether no pattern can lower the master LP, so that its objective is the bound.
    private(set) var converged = false

    /// Whether the last master LP is the pattern LP's optimum, or near enough that its objective
    /// and the bound round up to the same whole number.
    var isSolved: Bool {
        converged || relaxation.map { reachesBound($0.objective) } == true
    }

    /// Whether an LP `objective` rounds up to the same whole number as the bound: then no
    /// roster can cost less than the LP rounded up, whatever patterns are still to be found.
    func reachesBound(_ objective: Double) -> Bool {
        guard let bound else { return false }
        return (objective - 1e-6).rounded(.up) <= (bound - 1e-6).rounded(.up)
    }

    /// Longest single pricing solve, in seconds.
    static let pricingTimeLimit = 0.5
    /// Most rounds of pricing after each fixing step of a dive (usually the LP converges in
    /// fewer): with at most 5 the dive ended far worse (Instance10 4942 against the optimum
    /// 4631 with 30).
    static let roundsPerDiveStep = 30

    /// A master with the patterns of `roster`, which must give everyone a valid pattern and
    /// cost `objective`; `pricing` holds every person's pricing, in file order.
    init(_ instance: ShiftProblem, pricing: [PatternPricing], from roster: [ShiftAssignment], objective: Double) throws {
        self.pricing = pricing
        master = try PatternMaster(instance, unchosenCost: objective + 1)
        let byPerson = Dictionary(grouping: roster, by: \.worker)
        for (w, pricer) in pricing.enumerated() {
            let assignments = byPerson[pricer.worker.id, default: []].sorted()
            guard let cost = try pricer.cost(of: assignments) else { continue }
            try master.add(Pattern(person: w, assignments: assignments, cost: cost))
        }
    }

    /// One round: the master LP (``PatternMaster/solveLP(afterFixing:timeLimit:)``), then
    /// pricing for every person not in `fixed`, among the patterns that keep `decisions`.
    /// - Returns: the LP, how many patterns joined, the Lagrangian bound (`nil` when some
    ///   pricing found nothing or people are fixed), whether every pricing was solved to the
    ///   end, and whether some person has no pattern that keeps the decisions; `nil` when the
    ///   LP or the time ran out.
    func round(skipping fixed: Set<Int> = [], keeping decisions: [BranchingDecision] = [], afterFixing: Bool = false,
               until deadline: Double, clock: TimeBudget)
        throws -> (lp: Solution, objective: Double, added: Int, lagrangian: Double?, exact: Bool, impossible: Bool)? {
        guard let (lp, objective) = try master.solveLP(afterFixing: afterFixing, timeLimit: max(0.01, deadline - clock.elapsed)) else { return nil }
        try master.park(idleIn: lp)
        var lagrangian: Double? = fixed.isEmpty ? objective : nil
        var added = 0, exact = true
        let decided = Dictionary(grouping: decisions, by: \.worker)
        let costs = pricing.enumerated().map { w, pricer in
            fixed.contains(w) ? nil : pricer.costs(coverDual: { master.coverDual(lp.rowDuals, day: $0, shift: $1) },
                                                   keeping: decided[pricer.worker.id, default: []])
        }
        // Labelling takes most of a round's time (Instance12: four fifths): every person's at once.
        let stop = ContinuousClock.now + .seconds(deadline - clock.elapsed)
        let labelled = Array(zip(pricing.map(\.labelling), costs)).concurrentMap { labelling, costs -> PatternLabelling.Outcome? in
            guard ContinuousClock.now < stop, let costs, let labelling else { return nil }
            return costs.cheapest(by: labelling)
        }
        for (w, pricer) in pricing.enumerated() where !fixed.contains(w) {
            guard clock.elapsed < deadline else { return nil }
            guard let costs = costs[w] else { return (lp, objective, added, nil, exact, true) }
            let choiceDual = master.choiceDual(lp.rowDuals, person: w)
            switch try pricer.finish(costs, labelled: labelled[w], timeLimit: max(0.01, min(Self.pricingTimeLimit, deadline - clock.elapsed))) {
            case .impossible: return (lp, objective, added, nil, exact, true)
            case .timedOut:
                lagrangian = nil
                exact = false
            case let .pattern(pattern, reducedCost, bound, solved):
                exact = exact && solved
                lagrangian = lagrangian.map { $0 + min(0, bound - choiceDual) }
                guard reducedCost - choiceDual < -1e-6, let cost = try pricer.cost(of: pattern) else { continue }
                if try master.add(Pattern(person: w, assignments: pattern, cost: cost)) { added += 1 }
            }
        }
        return (lp, objective, added, lagrangian, exact, false)
    }

    /// Rounds until no pattern lowers the LP, until the bound rounded up meets the LP rounded
    /// up (no more can be proven with whole-number objectives), until `deadline` on
    /// `clock`, or until the rounds take longer than `longestRound` seconds on average, or one
    /// three times that (pricing is then too slow for the LP to converge in time). On average,
    /// so that one slow round, a busy moment of the machine, does not end it (Instance10's
    /// rounds take 0.2 s against 0.375 at 20 s, and one of them once took longer).
    mutating func run(until deadline: Double, longestRound: Double, clock: TimeBudget, logger: Logger?) throws {
        let start = clock.elapsed
        var rounds = 0.0
        while !isSolved, clock.elapsed < deadline, rounds == 0 || (clock.elapsed - start) / rounds <= longestRound,
              let round = try round(skipping: [], until: min(deadline, clock.elapsed + 3 * longestRound), clock: clock) {
            rounds += 1
            relaxation = (round.objective, master.assignmentValues(round.lp.values))
            // A bound of 0 or less proves nothing: every objective is a sum of non-negative weights.
            if let lagrangian = round.lagrangian, lagrangian > 0 { bound = max(bound ?? lagrangian, lagrangian) }
            logger?.trace("column generation: LP \(round.objective), bound \(bound ?? .nan), \(round.added) new patterns after \(clock.elapsed) s")
            if round.added == 0, round.exact {
                converged = true
                bound = max(bound ?? round.objective, round.objective)
            }
        }
    }

    /// A roster from the master LP by diving: everyone whose pattern the LP uses whole keeps it,
    /// and so do the fifth of the others (at least one) whose patterns it uses most, or only the
    /// one it uses most once the LP has risen off the bound's whole number; the others' pricing
    /// goes on for a few rounds, and so on until the LP gives everyone one pattern. A fifth at a
    /// time while the LP stays at the bound: as good on 5, 7, 10 and 16 as one at a time, fewer
    /// steps on the larger instances (a tenth left Instance12 with 36 of 60 people fixed at
    /// 10 s, a fifth with 57 at 17 s). One at a time once it has risen: with a fifth throughout,
    /// Instance12's last steps took its LP from 4041 to 4069, and its dive ended at 4069; one at
    /// a time it ended at the optimum 4040. The master is as before afterwards, apart from the
    /// patterns found on the way.
    /// - Returns: everyone's roster when the dive got to the end, else the roster of the people
    ///   fixed by `deadline` (for the caller to complete: rounding the last LP for the others
    ///   gave Instance12 7171–8788 where the optimum is 4040); `nil` if no master LP was solved in time.
    func dive(until deadline: Double, clock: TimeBudget, logger: Logger?) throws -> Dive? {
        defer { try? master.unfixAll() }
        var fixed = Set<Int>()
        var values: [Double]?
        /// The objective of the last LP solved.
        var lastObjective: Double?
        diving: while clock.elapsed < deadline {
            for roundInStep in 0..<Self.roundsPerDiveStep {
                guard let round = try round(skipping: fixed, afterFixing: roundInStep == 0 && !fixed.isEmpty, until: deadline, clock: clock)
                else { break diving }
                values = round.lp.values
                lastObjective = round.objective
                // No pattern can take a fixed LP below the bound, so one at the bound's whole
                // number needs no more pricing (Instance12: every step at 4040, the bound, where
                // the later steps each took up to 30 rounds that changed nothing).
                if round.added == 0 || reachesBound(round.objective) {
                    logger?.trace("column generation: dive LP \(round.objective) with \(fixed.count) people fixed, \(roundInStep + 1) rounds, after \(clock.elapsed) s")
                    break
                }
            }
            guard let values else { break }
            let unfixed = master.largestChoices(in: values).filter { !fixed.contains($0.key) }
            let fractional = unfixed.filter { $0.value.value < 1 - 1e-6 }.sorted { ($0.value.value, -$0.key) > ($1.value.value, -$1.key) }
            guard !fractional.isEmpty else {
                logger?.trace("column generation: dive finished after \(clock.elapsed) s")
                let order = master.fixedPatterns().people, fixedPeople = Set(order)
                let last = pricing.map(\.worker.id).filter { !fixedPeople.contains($0) }
                return master.roster(from: values).map { Dive(roster: $0, order: order + last, finished: true) }
            }
            // Once the fixings have lifted the LP off the bound, one person at a time, so that
            // pricing can make up for each before the next.
            let lifted = lastObjective.map { !reachesBound($0) } ?? false
            let most = Set(fractional.prefix(lifted ? 1 : max(1, unfixed.count / 5)).map(\.key))
            for (person, choice) in unfixed.sorted(by: { $0.key < $1.key }) where most.contains(person) || choice.value >= 1 - 1e-6 {
                try master.fix(pattern: choice.pattern)
                fixed.insert(person)
            }
        }
        logger?.trace("column generation: dive stopped with \(fixed.count) people fixed after \(clock.elapsed) s")
        let (people, roster) = master.fixedPatterns()
        return values == nil ? nil : Dive(roster: roster, order: people, finished: false)
    }

    /// A roster from ``dive(until:clock:logger:)``.
    struct Dive {
        let roster: [ShiftAssignment]
        /// Whose patterns `roster` holds, in the order the dive fixed them (when it got to the
        /// end, those whose patterns its last LP used whole come last, in file order).
        let order: [ShiftProblem.Worker.ID]
        /// Whether the dive got to the end: `roster` is then everyone's, else only `order`'s.
        let finished: Bool
    }
}
