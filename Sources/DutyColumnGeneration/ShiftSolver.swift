import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK
import Logging

/// Settings of one general roster solve.
public struct ShiftSolveOptions: Sendable {
    public var timeLimit: Double
    /// Seed of the neighbourhood choice; the same seed and enough time give the same roster.
    public var seed: UInt64
    public init(timeLimit: Double, seed: UInt64 = 1) {
        self.timeLimit = timeLimit
        self.seed = seed
    }
}

/// A solved general problem: the roster and how the solve went.
public struct ShiftSolveResult: Sendable {
    public let roster: [ShiftAssignment]
    /// The model's objective of the roster (the validator recomputes it independently).
    public let objective: Double
    /// The best lower bound proven, rounded up to a whole number (the objective when optimal);
    /// `nil` if GLPK proved none in time.
    public let bound: Double?
    /// Relative distance from the bound; `nil` without a bound.
    public let gap: Double?
    public let status: RosterStatus
    public let seconds: Double
}

/// Solves a ``ShiftProblem`` with GLPK on ``ShiftModel``s, in steps that share one incumbent
/// and one bound:
/// 1. construction by best responses (``BestResponse``) — each person in turn gets the
///    cheapest roster given the people before, with no GLPK model, so that even a year-long
///    instance has a valid roster in seconds; where labelling could not price enough of the
///    people exactly (``searchesWithoutModel(inexact:of:timeLimit:)``) the neighbourhood
///    search of step 5 takes all the time from there, without a whole model; otherwise three
///    cycles of simulated annealing (``AnnealingSearch``, a count of changes sized from the
///    instance; at most 30 % of the time), which take the construction's 8204 on Instance10
///    to 6319 in a tenth of a second, where rounds of best responses took 1.2 s to reach 5754
///    (and 16 s a round on Instance13);
/// 2. column generation over whole-horizon patterns (``ColumnGeneration``) — a bound far
///    stronger than the assignment model's LP, and, when its LP is solved in time, a dive
///    from it to a roster (the optimum itself on Instances 3, 10 and 11, proven by that bound);
///    a dive stopped by its deadline leaves the people it did not fix to construction, then
///    re-solves them together (Instance12: the optimum 4040, from 51 of 60 people fixed),
///    and the people a dive fixed last are re-solved together with them, 4, then 8, … (its
///    4632 on Instance10 became the optimum 4631 in 0.02 s; a stopped dive's 4043 on
///    Instance12 the optimum 4040);
/// 3. after a dive that got to the end, branch-and-price from the pattern LP for the rest of
///    the time (``ColumnGeneration/branch(below:until:earlyEnd:clock:logger:offer:)``; it proves
///    Instances 5, 6, 7 and 16 optimal, where the other steps stalled), or until
///    ``farBranchingShare`` of it when the dive's roster is more than ``farGap`` above the
///    bound and the tree has not found one within it by then, the neighbourhood search of
///    step 5 then taking the rest;
/// 4. otherwise the LP relaxation of the whole model — a bound, and the tree search's root —
///    and a short tree search on the whole model from the incumbent, which proves small
///    instances optimal at once;
/// 5. adaptive large-neighbourhood search (``NeighbourhoodSearch``), guided by the pattern LP
///    (or else the model's LP) — parts of the roster re-solved exactly while the rest stays
///    fixed, and cycles of simulated annealing over the whole roster, sharing the time by
///    their gain per second — until the incumbent meets the bound, time is up, or it has gone
///    a quarter of its time without gain when a tree search can use the rest (with annealing
///    cycles Instance21 ended at 34221 and Instance13 at 3258 at 20 s, where rounds of best
///    responses and parts of a few people, which could not move the cover, reached 54577
///    and 6124 on the same machine: benchmarks/README.md);
/// 6. the tree search again, from the improved incumbent, for the rest of the time.
/// Every roster's objective is a whole number, so the search ends as soon as ⌈bound⌉
/// reaches the incumbent.
public enum ShiftSolver {
    /// Share of the time limit by which column generation must end, and by which its dive must.
    /// The dive's decisions follow from the LP alone, so its share is an outer cap: at 20 s
    /// Instance12's LP converges in 6.5 s and its dive needs another 9 (with 50 % it stopped
    /// with 36 of 60 people fixed; Instances 10 and 16 are proven in 11 and 5 s with 85 %, and
    /// were not within 20 s with 50 %). Column generation is still stopped by the clock where
    /// its LP does not converge: at half the time it cost Instance9 the search time that finds
    /// 439, at 35 % Instance10's LP did not converge at 20 s (4668, no bound); 45 % gives both.
    static let generationShare = 0.45, diveShare = 0.85
    /// Share of the time limit for re-solving together the people a stopped dive did not fix,
    /// and for re-solving the people a dive fixed last (after those it did not fix), when its
    /// roster is not proven optimal (a few seconds: GLPK finishes the small parts that pay in
    /// well under one).
    static let unfixedShare = 0.15, lastFixedShare = 0.05
    /// Gap between a finished dive's roster and the bound (a fraction of the roster's
    /// objective) above which branch-and-price ends at `farBranchingShare` of the time limit,
    /// unless its own incumbent is within the gap by then, and the neighbourhood search takes
    /// the rest. Branch-and-price proves Instances 5, 6, 10, 12 and 16 from dives within
    /// 0.05–0.3 % of the bound, and Instances 1 and 7 from dives 8–9 % above it; from
    /// Instance9's 8 % (440 against 406) its tree only grew, 350 nodes in 17 s without a better
    /// roster, where the search finds the optimum 439 after about 4.5 s. (The search first,
    /// until it stalled, then branch-and-price: Instance7's proof came too late, at 15–20 s
    /// of 20.)
    static let farGap = 0.02, farBranchingShare = 0.6
    /// Share of the time limit that rounds of column generation may take on average: the pattern
    /// LP takes 20–50 rounds to converge where it does (Instance10: 23, Instance12: 48), so
    /// rounds longer than 1/24 of the generation's share on average mean it will not, and the time is
    /// better spent on the neighbourhood search (Instance8: rounds of about 1 s with pricing on
    /// both cores, the LP still 5 a round above its optimum at 35 % of the time; Instance19,
    /// 84 days: no round within 12 s).
    static let longestRoundShare = generationShare / 24
    /// Share of the time limit that the LP relaxation may take, and the share when column
    /// generation gave an LP (Instance12's, which does not finish in 12 s, took that much from
    /// the search).
    static let relaxationShare = 0.2, guidedRelaxationShare = 0.05
    /// Share of the time limit for the first tree search (step 3).
    static let firstTreeShare = 0.15
    /// Cycles of the first annealing (step 1), and the share of the time limit they may take
    /// at most: a start for column generation, not the search (cycles until one gains nothing
    /// took Instance10 to 6106 rather than 6319, and its column generation, from that start,
    /// stopped after two slow rounds instead of converging).
    static let firstAnnealingCycles = 3, firstAnnealingShare = 0.3

    public static func solve(_ instance: ShiftProblem, options: ShiftSolveOptions, logger: Logger? = nil) throws -> ShiftSolveResult {
        let clock = TimeBudget(seconds: options.timeLimit)
        // Construction needs no GLPK model: on a year-long instance it has a roster before the
        // model is built (Instance24: in under a second, where the model takes 7).
        let responses = BestResponse(instance)
        let construction = try responses.construct(until: clock.end, clock: clock, logger: logger)
        var start = construction?.roster
        if let construction {
            logger?.info("construction: objective \(construction.objective), \(construction.inexact) people priced inexactly (\(construction.pacing) pacing), after \(clock.elapsed) s")
            if searchesWithoutModel(inexact: construction.inexact, of: instance.workers.count, timeLimit: options.timeLimit) {
                return try searchWithoutModel(instance, from: construction.roster, responses: responses, options: options, clock: clock, logger: logger)
            }
            var annealing = AnnealingSearch(instance, from: construction.roster, seed: options.seed, pace: .quick)
            annealing.run(cycles: firstAnnealingCycles, until: clock.deadline(atShare: firstAnnealingShare), clock: clock, stoppingAt: nil,
                          givingUpAfterFruitlessCycle: false, logger: logger)
            start = annealing.roster
            logger?.info("annealing: objective \(annealing.objective) after \(clock.elapsed) s")
        }
        let model: ShiftModel
        do { model = try ShiftModel(instance, deadline: clock.deadline) } catch is ModelBuildInterrupted {
            logger?.info("the model was not built within the time limit (\(clock.elapsed) s)")
            guard let start else { throw ShiftInfeasible(instance: instance.name, proven: false) }
            return ShiftSolveResult(roster: start, objective: responses.objective(of: start), bound: nil, gap: nil, status: .timeLimit, seconds: clock.elapsed)
        }
        logger?.trace("model built after \(clock.elapsed) s")
        // Calls on the whole model keep back the time GLPK takes to start on it.
        let timer = GLPKCallTimer(deadline: clock.deadline, buildSeconds: clock.elapsed)
        var incumbent = Incumbent(model: model)
        if let start { try incumbent.offer(start) }
        var generation = try incumbent.roster.map { try ColumnGeneration(instance, pricing: responses.pricing, from: $0, objective: incumbent.objective) }
        try generation?.run(until: clock.deadline(atShare: generationShare), longestRound: clock.duration(ofShare: longestRoundShare),
                            clock: clock, logger: logger)
        incumbent.raiseBound(generation?.bound)
        logger?.info("column generation: LP \(generation?.relaxation?.objective ?? .nan), bound \(generation?.bound ?? .nan) after \(clock.elapsed) s")
        var diveFinished = false
        if let generation, generation.isSolved, !incumbent.isProven,
           let dive = try generation.dive(until: clock.deadline(atShare: diveShare), clock: clock, logger: logger) {
            diveFinished = dive.finished
            // A search from the dive's roster, and the order in which the dive fixed people
            // (those it did not get to last), for re-solving the last of them together.
            var lastFixed: (search: NeighbourhoodSearch, order: [ShiftProblem.Worker.ID])?
            if dive.finished {
                try incumbent.offer(dive.roster)
                logger?.trace("dive: roster of objective \(responses.objective(of: dive.roster)) after \(clock.elapsed) s")
                if !incumbent.isProven, let roster = incumbent.roster {
                    lastFixed = (NeighbourhoodSearch(instance, from: roster, objective: incumbent.objective, relaxation: nil, seed: options.seed), dive.order)
                }
            } else {
                // The people the dive did not get to are constructed around the ones it fixed,
                // then re-solved together.
                let people = Set(dive.order)
                if let completion = try responses.construct(around: dive.roster, of: people, until: clock.end, clock: clock, logger: logger)?.roster {
                    try incumbent.offer(completion)
                    // The completion's own objective: it may be worse than the incumbent.
                    var search = NeighbourhoodSearch(instance, from: completion, objective: responses.objective(of: completion), relaxation: nil,
                                                     seed: options.seed)
                    let unfixed = instance.workers.map(\.id).filter { !people.contains($0) }
                    try search.resolve(people: Set(unfixed), timeLimit: min(clock.duration(ofShare: unfixedShare), clock.left))
                    lastFixed = (search, dive.order + unfixed)
                }
            }
            if var lastFixed {
                try lastFixed.search.resolveLast(of: lastFixed.order, until: min(clock.end, clock.elapsed + clock.duration(ofShare: lastFixedShare)),
                                                 clock: clock, stoppingAt: incumbent.wholeBound)
                try incumbent.offer(lastFixed.search.roster)
            }
            logger?.info("dive: objective \(incumbent.objective) after \(clock.elapsed) s")
        }
        // With the pattern LP as the search's guide, this LP is only the tree's root: not worth
        // long, and not at all before branch-and-price, which takes the rest of the time (the
        // tree's bound is far below the pattern LP's: Instance7 947 against 1054.1, and its 3 s
        // were what branch-and-price lacked to prove 1056).
        let branchAndPrice = generation != nil && diveFinished
        // From a dive's roster far above the bound, branch-and-price leaves time to the search,
        // unless it brings the incumbent near the bound itself.
        let earlyBranchingEnd = incumbent.gap.map { $0 > farGap } == true ? incumbent.wholeBound.map {
            ColumnGeneration.EarlyEnd(deadline: clock.deadline(atShare: farBranchingShare), above: $0 / (1 - farGap))
        } : nil
        let relaxationLimit = clock.duration(ofShare: generation?.relaxation == nil ? relaxationShare : guidedRelaxationShare)
        let relaxationTime = incumbent.isProven || branchAndPrice ? nil : timer.limit(atMost: relaxationLimit)
        let relaxation = try relaxationTime.flatMap { try model.relaxation(timeLimit: $0, timer: timer) }
        incumbent.raiseBound(relaxation?.objective)
        if !incumbent.isProven { logger?.info("LP relaxation: \(relaxation.map { String($0.objective) } ?? "not solved") after \(clock.elapsed) s") }
        // A model whose relaxation GLPK cannot solve in time has no tree search worth its time
        // (GLPK would not get past the root, nor stop on time inside it): the search takes it all.
        let treeWorthwhile = relaxation != nil
        if !incumbent.isProven, treeWorthwhile, let limit = timer.limit(atMost: clock.duration(ofShare: firstTreeShare)) {
            try treeSearch(model, &incumbent, timeLimit: limit, timer: timer, logger: logger)
        }
        if let generation, branchAndPrice, !incumbent.isProven, clock.hasTimeLeft() {
            let exhausted = try generation.branch(below: incumbent.objective, until: clock.end, earlyEnd: earlyBranchingEnd, clock: clock,
                                                  logger: logger) {
                try incumbent.offer($0)
                return incumbent.objective
            }
            if exhausted { incumbent.raiseBound(incumbent.objective) }
            logger?.info("branch-and-price: objective \(incumbent.objective)\(exhausted ? ", proven optimal" : "") after \(clock.elapsed) s")
        }
        if !incumbent.isProven, clock.hasTimeLeft(), let roster = incumbent.roster {
            var search = NeighbourhoodSearch(instance, from: roster, objective: incumbent.objective,
                                             relaxation: generation?.relaxation?.values ?? relaxation?.values, seed: options.seed)
            // It gives up after a quarter of its time without gain when a tree search can use the
            // rest; not after a solved pattern LP, whose bound the tree's LP is far below (on
            // Instances 5–7 the tree gained nothing in the time it got).
            let treeMayProve = treeWorthwhile && generation?.isSolved != true
            try search.run(until: clock.end, clock: clock, stoppingAt: incumbent.wholeBound,
                           givingUpAfter: treeMayProve ? clock.left / 4 : nil, logger: logger)
            try incumbent.offer(search.roster)
            logger?.info("neighbourhood search: objective \(incumbent.objective) after \(clock.elapsed) s")
        }
        if !incumbent.isProven, treeWorthwhile, let limit = timer.limit() {
            try treeSearch(model, &incumbent, timeLimit: limit, timer: timer, logger: logger)
        }
        guard let roster = incumbent.roster else { throw ShiftInfeasible(instance: instance.name, proven: false) }
        let bound = incumbent.wholeBound.map { min($0, incumbent.objective) }
        return ShiftSolveResult(roster: roster, objective: incumbent.objective, bound: bound,
                                gap: bound.map { abs(incumbent.objective - $0) / max(abs(incumbent.objective), 1e-9) },
                                status: incumbent.isProven ? .optimal : .timeLimit, seconds: clock.elapsed)
    }

    /// Shares of the people priced inexactly by construction (their labels grew past
    /// ``BestResponse/labelLimit`` a day) beyond which column generation is not tried: over
    /// half at any time limit, over a quarter below ``longLimit`` seconds.
    static let mostlyInexact = 0.5, oftenInexact = 0.25, longLimit = 120.0

    /// Whether the whole model and column generation are left out, and the neighbourhood search
    /// gets all the time (``searchWithoutModel(_:from:responses:options:clock:logger:)``), when
    /// construction priced `inexact` of `people` inexactly. Where labels grow that many, rounds
    /// of pricing are slow: on Instances 13, 15 and 21–24 (over half the people) the pattern
    /// LP never converged, and a year's whole model takes longer to build than the search has
    /// (Instance24: 10 s at 20 s); on 8, 14, 18 and 19 (a quarter to a half) it converges only
    /// in minutes (Instance8: 1306, bound 1297, at 600 s), and at 20 s the search alone did
    /// better (8: 1944 against 2151 after column generation, 14: 1669 against 2087, 19: 5222
    /// against 5726). A decision on the time limit given, not on the clock.
    static func searchesWithoutModel(inexact: Int, of people: Int, timeLimit: Double) -> Bool {
        let share = Double(inexact) / Double(max(1, people))
        return share > mostlyInexact || (share > oftenInexact && timeLimit < longLimit)
    }

    /// The search of an instance that ``searchesWithoutModel(inexact:of:timeLimit:)`` leaves
    /// without a whole model: the neighbourhood search — annealing cycles and parts re-solved by
    /// GLPK, which need no whole model — from the constructed roster for all the time. No bound
    /// is proven.
    static func searchWithoutModel(_ instance: ShiftProblem, from roster: [ShiftAssignment], responses: BestResponse,
                                   options: ShiftSolveOptions, clock: TimeBudget, logger: Logger?) throws -> ShiftSolveResult {
        var search = NeighbourhoodSearch(instance, from: roster, objective: responses.objective(of: roster), relaxation: nil, seed: options.seed)
        try search.run(until: clock.end, clock: clock, stoppingAt: nil, givingUpAfter: nil, logger: logger)
        // The search's roster is kept only when it really is better (the annealing's count of a
        // cover cell with several lines is a guide).
        let best = [search.roster, roster].min { responses.objective(of: $0) < responses.objective(of: $1) }!
        logger?.info("neighbourhood search: objective \(responses.objective(of: best)) after \(clock.elapsed) s")
        return ShiftSolveResult(roster: best, objective: responses.objective(of: best), bound: nil, gap: nil, status: .timeLimit, seconds: clock.elapsed)
    }

    /// GLPK's branch-and-cut on the whole model from the incumbent; its roster and bound go to the incumbent.
    /// - Throws: ``ShiftInfeasible`` when GLPK proves that no roster exists.
    static func treeSearch(_ model: ShiftModel, _ incumbent: inout Incumbent, timeLimit: Double, timer: GLPKCallTimer, logger: Logger?) throws {
        var parameters = SolveOptions()
        parameters.gomoryCuts = true
        parameters.mirCuts = true
        parameters.cliqueCuts = true
        parameters.integralObjective = true
        parameters.warmStart = incumbent.values
        let solution = try timer.solve(model.problem, parameters, limit: timeLimit)
        logger?.info("GLPK: \(solution.status.rawValue) in \(solution.seconds) s, bound \(solution.bound ?? .nan)")
        switch SolveOutcome(solution, warmStart: parameters.warmStart) {
        case let .roster(values, status):
            try incumbent.offer(model.assignments(from: values))
            incumbent.raiseBound(status == .optimal ? solution.objective : solution.bound)
        case .infeasible: throw ShiftInfeasible(instance: model.instance.name, proven: true)
        case .nothingFound: incumbent.raiseBound(solution.bound)
        }
    }
}

/// No roster satisfies the hard rules of a general problem, or none was found in time.
public struct ShiftInfeasible: Error, CustomStringConvertible {
    public let instance: String
    /// Whether GLPK proved that none exists (otherwise the time ran out first).
    public let proven: Bool
    public var description: String {
        proven ? "\(instance): no roster satisfies the hard rules" : "\(instance): no valid roster found within the time limit"
    }
}
