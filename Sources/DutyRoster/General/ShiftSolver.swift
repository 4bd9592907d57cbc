import DutyCore
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
    /// The best lower bound proven by the full search (the objective when optimal).
    public let bound: Double
    public let gap: Double
    public let status: RosterStatus
    public let seconds: Double
    public let modelSize: (columns: Int, rows: Int, nonzeros: Int)
}

/// Solves a ``ShiftProblem`` in three steps, all with GLPK on ``ShiftModel``s:
/// 1. construction — each person in turn gets the best roster given the people before;
/// 2. large-neighbourhood search — small groups of people are re-rostered together while
///    everyone else stays fixed, as long as that improves and time allows;
/// 3. the full model, warm-started from that roster, for the rest of the time: it proves
///    the bound and may still improve the roster.
public enum ShiftSolver {
    /// Share of the time limit that steps 1 and 2 may use.
    static let searchShare = 0.5
    /// Longest single neighbourhood solve.
    static let neighbourhoodTimeLimit = 2.0
    /// Largest group of people re-rostered at once.
    static let largestNeighbourhood = 6

    public static func solve(_ instance: ShiftProblem, options: ShiftSolveOptions, logger: Logger? = nil) throws -> ShiftSolveResult {
        let clock = ContinuousClock(), began = clock.now
        func spent() -> Double { (clock.now - began).inSeconds }
        let model = try ShiftModel(instance)
        var roster = try construct(instance, until: options.timeLimit * searchShare, spent: spent)
        if let logger, let roster, let values = model.values(of: roster) {
            let objective = try model.objective(of: values)
            logger.info("construction: objective \(objective) after \(spent()) s")
        }
        if let start = roster {
            roster = try improve(instance, start, seed: options.seed, until: options.timeLimit * searchShare, spent: spent, logger: logger)
        }
        var parameters = SolveOptions()
        parameters.timeLimit = max(0.5, options.timeLimit - spent())
        parameters.gomoryCuts = true
        parameters.mirCuts = true
        parameters.cliqueCuts = true
        parameters.integralObjective = true
        parameters.warmStart = roster.flatMap(model.values(of:))
        let solution = try model.problem.solve(parameters)
        logger?.info("GLPK: \(solution.status.rawValue) in \(solution.seconds) s, bound \(solution.bound ?? .nan)")

        let values: [Double], status: RosterStatus
        switch SolveOutcome(solution, warmStart: parameters.warmStart) {
        case let .roster(rosterValues, rosterStatus): (values, status) = (rosterValues, rosterStatus)
        case .infeasible: throw ShiftInfeasible(instance: instance.name, proven: true)
        case .nothingFound: throw ShiftInfeasible(instance: instance.name, proven: false)
        }
        let result = model.assignments(from: values)
        guard let exact = model.values(of: result) else { throw ShiftInfeasible(instance: instance.name, proven: false) }
        let objective = try model.objective(of: exact)
        let bound = status == .optimal ? objective : min(solution.bound ?? -.infinity, objective)
        let gap = status == .optimal ? 0 : abs(objective - bound) / max(abs(objective), 1e-9)
        return ShiftSolveResult(roster: result, objective: objective, bound: bound, gap: gap, status: status,
                                seconds: spent(), modelSize: model.size)
    }

    /// Step 1: people in file order, each solved alone against the cover left by those before.
    /// - Returns: `nil` when some person has no valid roster on their own (or time ran out).
    static func construct(_ instance: ShiftProblem, until deadline: Double, spent: () -> Double) throws -> [ShiftAssignment]? {
        var roster: [ShiftAssignment] = []
        for worker in instance.workers {
            guard let part = try solve(instance.neighbourhood(of: [worker.id], in: roster), from: nil,
                                       timeLimit: max(0.5, deadline - spent())) else { return nil }
            roster += part.roster
        }
        return roster.sorted()
    }

    /// Step 2: re-rosters random groups of people (seeded), keeping each strict improvement.
    /// Groups grow by one person after as many fruitless tries as there are people, and the
    /// search stops when the largest size is fruitless too.
    static func improve(_ instance: ShiftProblem, _ start: [ShiftAssignment], seed: UInt64, until deadline: Double,
                        spent: () -> Double, logger: Logger?) throws -> [ShiftAssignment] {
        var roster = start
        var random = SplitMix64(seed: seed)
        let people = instance.workers.map(\.id)
        var size = min(2, people.count), fruitless = 0
        while spent() < deadline, size <= min(largestNeighbourhood, people.count) {
            let chosen = Set(people.shuffled(using: &random).prefix(size))
            let current = roster.filter { chosen.contains($0.worker) }
            let neighbourhood = instance.neighbourhood(of: chosen, in: roster)
            let timeLimit = min(neighbourhoodTimeLimit, max(0.1, deadline - spent()))
            if let part = try solve(neighbourhood, from: current, timeLimit: timeLimit), part.improves {
                roster = (roster.filter { !chosen.contains($0.worker) } + part.roster).sorted()
                fruitless = 0
                logger?.debug("neighbourhood of \(size): improved after \(spent()) s")
            } else {
                fruitless += 1
                if fruitless >= people.count { size += 1; fruitless = 0 }
            }
        }
        return roster
    }

    /// Solves a (small) problem with GLPK from an optional start.
    /// - Returns: the roster and whether it is strictly better than the start, or `nil` without a solution.
    static func solve(_ problem: ShiftProblem, from start: [ShiftAssignment]?, timeLimit: Double) throws -> (roster: [ShiftAssignment], improves: Bool)? {
        let model = try ShiftModel(problem)
        var parameters = SolveOptions()
        parameters.timeLimit = timeLimit
        parameters.integralObjective = true
        let startValues = start.flatMap(model.values(of:))
        parameters.warmStart = startValues
        let solution = try model.problem.solve(parameters)
        guard solution.status.hasSolution else { return nil }
        let before = try startValues.map(model.objective(of:)) ?? .infinity
        let after = try model.objective(of: solution.values)
        return (model.assignments(from: solution.values), after < before - 0.5)
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
