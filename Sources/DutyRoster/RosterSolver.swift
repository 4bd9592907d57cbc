import DutyCore
import DutyModelParts
import Foundation
import GLPK
import Logging

/// Settings of one roster solve.
public struct RosterSolveOptions: Sendable {
    /// The time the solve may take, counted from when the command started: the solve returns
    /// its best roster by `budget.deadline`, whatever reading and building took before it.
    public var budget: TimeBudget
    public var relativeGap: Double
    /// Called with the search's state (at most about once a second).
    public var progress: (@Sendable (SearchProgress) -> Void)?
    /// Asked during the search: `true` stops it with the best roster so far (a cancelled job).
    public var isCancelled: (@Sendable () -> Bool)?
    public init(budget: TimeBudget, relativeGap: Double, progress: (@Sendable (SearchProgress) -> Void)? = nil) {
        self.budget = budget
        self.relativeGap = relativeGap
        self.progress = progress
    }
    /// A budget of `timeLimit` seconds from now.
    public init(timeLimit: Double, relativeGap: Double, progress: (@Sendable (SearchProgress) -> Void)? = nil) {
        self.init(budget: TimeBudget(seconds: timeLimit), relativeGap: relativeGap, progress: progress)
    }
    /// The limit as given, for the settings that scale with it.
    var timeLimit: Double { budget.seconds }
}

/// A solved month: the roster, its objective by term and how the solve went.
public struct RosterResult: Sendable {
    public let month: Month
    public let assignments: [Assignment]
    /// Uncovered demand per date and post, from the model's shortfall columns.
    public let uncovered: [Shortfall]
    public let objective: ObjectiveBreakdown
    public let status: RosterStatus
    public let seconds: Double
    public let gap: Double
    public let bound: Double
    public let modelSize: ModelSize
    /// Whether GLPK took the warm start (greedy roster after fix-and-optimize) as its first incumbent.
    public let warmStartAccepted: Bool
}

/// Builds the month's model, warm-starts it from the greedy roster improved by fix-and-optimize,
/// and solves it with GLPK.
public enum RosterSolver {
    /// Days re-optimised at a time by fix-and-optimize, and days between window starts: windows
    /// overlapping by two days proved every generated month of 16–60 people faster than
    /// overlapping by half (step 2) and, unlike windows side by side, kept the 60-person proofs.
    static let fixAndOptimizeDays = 5, fixAndOptimizeStep = 3
    /// Share of the time limit that fix-and-optimize may use before the full search.
    /// Measured (benchmarks/README.md): 40 people proven in 14–18 s instead of not within 30 s.
    static let fixAndOptimizeShare = 0.4
    /// Tree nodes a fix-and-optimize window may create: above the 259 of the largest window
    /// seen to finish on the generated months of 16–60 people (benchmarks/NOTES.md).
    static let fixAndOptimizeNodes = 300
    /// Models this small are proven faster without fix-and-optimize (shipped month: 0.2 s against 0.35 s).
    static let fixAndOptimizeMinimumColumns = 1000
    /// Nodes of the first, most-fractional search on those small months (see `search`).
    static let quickSearchNodes = 1000

    /// Solves the roster of `month`; with `published`, repairs that roster from its `from` date
    /// (earlier days kept as published, every changed person-day costing weights.change).
    /// - Throws: ``PinConflict`` when a pin cannot be honoured at all; ``RosterInfeasible`` when GLPK
    ///   proves that the hard input contradicts itself.
    public static func solve(dataset: Dataset, month: Month, published: PublishedMonth? = nil, options: RosterSolveOptions,
                             logger: Logger? = nil) throws -> RosterResult {
        let clock = ContinuousClock(), began = clock.now
        func spent() -> Double { (clock.now - began).inSeconds }
        let model = try RosterModel(dataset: dataset, month: month, published: published)
        // Turning the solution into a roster, checking and writing it take about as long as
        // building the model: GLPK's calls end that much before the deadline.
        let buildSeconds = spent()
        let timer = GLPKCallTimer(deadline: options.budget.deadline - .milliseconds(Int64(buildSeconds * 1000)), buildSeconds: buildSeconds)
        let greedy = model.canonical(GreedyRoster(instance: model.instance).build())
        var parameters = searchOptions(for: model, options)
        parameters.warmStart = model.values(of: greedy)
        if let logger { parameters.terminal = { logger.debug("\($0.trimmingCharacters(in: .newlines))") } }
        if let logger, let start = parameters.warmStart, let terms = try? model.objective(of: start) {
            let listed = terms.reported.map { "\($0.rawValue) \(terms[$0])" }.joined(separator: ", ")
            logger.info("warm start from the greedy roster: objective \(terms.total) (\(listed))")
        }
        let size = model.size
        logger?.info("model: \(size.columns) columns, \(size.rows) rows, \(size.nonzeros) nonzeros, built in \(spent()) s")
        if let start = parameters.warmStart, size.columns >= fixAndOptimizeMinimumColumns {
            parameters.warmStart = try model.improvedByWindows(start, days: fixAndOptimizeDays, step: fixAndOptimizeStep, nodes: fixAndOptimizeNodes,
                                                               budget: timer.remaining * fixAndOptimizeShare, timer: timer, options: parameters)
            if let logger, let improved = parameters.warmStart, let terms = try? model.objective(of: improved) {
                logger.info("fix-and-optimize after \(spent()) s: objective \(terms.total)")
            }
        }
        let solution = try search(model, parameters, timer: timer)
        if let solution {
            logger?.info("GLPK: \(solution.status.rawValue) in \(solution.seconds) s, \(solution.nodes) nodes; warm start \(solution.warmStartAccepted ? "taken" : "not taken")")
        } else {
            logger?.info("no time left for GLPK's search (it needs about \(timer.overrun) s to start on this model); the best roster so far is returned")
        }

        let values: [Double], status: RosterStatus
        switch solution.map({ SolveOutcome($0, warmStart: parameters.warmStart) }) ?? SolveOutcome(stoppedWith: parameters.warmStart) {
        case let .roster(rosterValues, rosterStatus): (values, status) = (rosterValues, rosterStatus)
        // The greedy roster always satisfies the hard rules, so without one the input contradicts itself.
        case .infeasible, .nothingFound: throw RosterInfeasible(month: month)
        }
        let roster = model.assignments(from: values)
        guard let exact = model.values(of: roster) else { throw RosterInfeasible(month: month) }
        let objective = try model.objective(of: exact)
        // Every term is non-negative (the readers reject negative weights and priorities), so 0
        // bounds any roster: it stands in when GLPK stopped before its first bound, rather than
        // the roster's own objective, which would claim a proof (gap 0) that was never made.
        let bound = min(solution?.bound ?? 0, objective.total)
        let gap = abs(objective.total - bound) / max(abs(objective.total), 1e-9)
        return RosterResult(month: month, assignments: roster, uncovered: model.uncovered(in: exact), objective: objective,
                            status: status, seconds: spent(), gap: status == .optimal ? 0 : gap, bound: status == .optimal ? objective.total : bound,
                            modelSize: size, warmStartAccepted: solution?.warmStartAccepted ?? false)
    }

    /// GLPK's search from `parameters.warmStart`, or `nil` when no time is left to start it.
    ///
    /// One search, without GLPK's proximity search: with fix-and-optimize's incumbent the tree
    /// proves every generated month sooner without it (60 people, seeds 1–4: 3.4–3.9 s instead
    /// of 7.1–7.6 s; seed 2 and 24 people: 2.2 s instead of 3.3 s), and the heuristic, which
    /// GLPK stops only by time, made the roster depend on the machine's speed.
    ///
    /// Months too small for fix-and-optimize search first with the most fractional rule for
    /// ``quickSearchNodes`` nodes, which proves most of them at half the cost of GLPK's default
    /// rule. A month it does not prove is searched again with the default rule (see
    /// ``searchOptions(for:_:)``) from the same warm start: started from the first search's best
    /// roster instead, that tree proved 2 fewer of the 24 shortage months (benchmarks/NOTES.md).
    /// The better roster of the two and the higher bound are kept. The switch counts nodes, not
    /// seconds, so it happens at the same place on any machine.
    private static func search(_ model: RosterModel, _ parameters: SolveOptions, timer: GLPKCallTimer) throws -> Solution? {
        guard let limit = timer.limit() else { return nil }
        guard model.size.columns < fixAndOptimizeMinimumColumns else { return try timer.solve(model.problem, parameters, limit: limit) }
        var quick = parameters
        quick.branching = .mostFractional
        quick.nodeLimit = quickSearchNodes
        let first = try timer.solve(model.problem, quick, limit: limit)
        let stoppedByNodes = first.nodes >= quickSearchNodes && (first.status == .feasibleAtLimit || first.status == .noSolutionFound)
        guard stoppedByNodes, let next = timer.limit() else { return first }
        var second = try timer.solve(model.problem, parameters, limit: next)
        second.nodes += first.nodes
        guard second.status != .optimal, second.status != .infeasible else { return second }
        var best = second
        if let quickObjective = first.objective, quickObjective < (second.objective ?? .infinity) {
            (best.status, best.objective, best.values) = (.feasibleAtLimit, quickObjective, first.values)
        }
        best.bound = [first.bound, second.bound].compactMap { $0 }.max()
        if let objective = best.objective, let bound = best.bound { best.gap = abs(objective - bound) / (abs(objective) + .ulpOfOne) }
        return best
    }

    /// GLPK's settings for a roster model, as measured in benchmarks/README.md.
    static func searchOptions(for model: RosterModel, _ options: RosterSolveOptions) -> SolveOptions {
        var parameters = SolveOptions()
        parameters.timeLimit = options.timeLimit
        parameters.relativeGap = options.relativeGap
        parameters.progress = options.progress
        parameters.shouldStop = options.isCancelled
        // MIR and clique cuts help on larger months. Gomory cuts stay off: with the incumbent of
        // fix-and-optimize their rounds cost more than the bound they add (40 people proven in 5 s
        // instead of 12 s).
        parameters.gomoryCuts = false
        parameters.mirCuts = true
        parameters.cliqueCuts = true
        // Deciding the spread variables first fixes every count's bounds at once. Past them, on
        // months large enough for fix-and-optimize, the most fractional column: GLPK's default
        // Driebeck–Tomlin heuristic evaluates a tableau row per candidate, a third of the run
        // time on a 40-person month (proven in 1.4 s instead of 2.1 s; 60 people, seed 2, in
        // 15 s instead of not within 30 s). Small months keep the default: their trees without
        // that incumbent can be long, and there its better choices pay (the shipped month with
        // 20–50 % of its staff removed, seeds 1–6: 2 of 24 unproven in 30 s, against 7 of 24).
        parameters.branchFirst = model.branchFirst
        parameters.branching = model.size.columns >= fixAndOptimizeMinimumColumns ? .mostFractional : .driebeckTomlin
        // The model is highly dual-degenerate: GLPK's default long-step ratio test stalled for
        // over 20 s on one node LP of a 60-person month (proven in 5 s with the textbook test).
        parameters.longStepDual = false
        return parameters
    }
}

/// No roster satisfies the hard rules together with the pins and history.
public struct RosterInfeasible: Error, CustomStringConvertible {
    public let month: Month
    public var description: String {
        "no roster for \(month) satisfies the hard rules with the given pins and history; check pinned.csv against leave, skills, limits and rest rules"
    }
}
