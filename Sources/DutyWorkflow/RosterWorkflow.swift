import DutyCheck
import DutyCore
import DutyIO
import DutyRoster
import GLPK
import Logging

/// The month's roster from a read dataset: the one path that `duty roster`, `duty demo`, the
/// shortage benchmark and the office's server take.
///
/// Pins are checked first (a contradiction names its rows), then the month is solved, then
/// the roster is checked by the independent checker, whose objective is the one reported:
/// `duty check` on the written roster gives exactly the same numbers.
public enum RosterWorkflow {
    /// What a solve may use and how it reports progress.
    public struct Options: Sendable {
        /// The time the whole command may take, counted from its start.
        public var budget: TimeBudget
        /// Relative gap at which to stop (rules.yaml's `mip_gap` unless given).
        public var relativeGap: Double
        /// Called with the search's state, at most about once a second.
        public var progress: (@Sendable (SolveProgress) -> Void)?
        /// Asked during the search: `true` stops it early with the best roster so far.
        public var isCancelled: (@Sendable () -> Bool)?
        public init(budget: TimeBudget, relativeGap: Double, progress: (@Sendable (SolveProgress) -> Void)? = nil) {
            self.budget = budget
            self.relativeGap = relativeGap
            self.progress = progress
        }
    }

    /// Checks that the pins do not contradict the hard rules by themselves, before any solve.
    /// - Throws: ``RosterFailure/contradictoryPins(_:)`` naming the rows.
    public static func checkPins(_ dataset: Dataset, month: Month) throws(RosterFailure) {
        try PinCheck.requireConsistent(dataset, month: month)
    }

    /// Solves and checks the roster of `month`; with `published`, repairs that roster from its
    /// `from` date with as few changes as the objective allows (`duty replan`).
    /// - Throws: ``RosterFailure``: contradictory pins, no roster at all, or a roster the checker rejects.
    public static func solve(_ dataset: Dataset, month: Month, published: PublishedMonth? = nil, options: Options,
                             logger: Logger? = nil) throws(RosterFailure) -> SolvedRoster {
        try PinCheck.requireConsistent(dataset, month: month, published: published)
        var solveOptions = RosterSolveOptions(budget: options.budget, relativeGap: options.relativeGap)
        solveOptions.isCancelled = options.isCancelled
        if let report = options.progress {
            solveOptions.progress = { @Sendable search in report(SolveProgress(search)) }
        }
        let result: RosterResult
        do {
            result = try RosterSolver.solve(dataset: dataset, month: month, published: published, options: solveOptions, logger: logger)
        } catch let conflict as PinConflict {
            throw .infeasible("\(conflict)")
        } catch let infeasible as RosterInfeasible {
            throw .infeasible("\(infeasible)")
        } catch {
            // GLPK refused the model: the readers let through what the builder cannot take.
            throw .checkerDisagrees("the model could not be solved: \(error)")
        }
        // A repair is checked from its date on, the frozen days as history, and its changes counted.
        let checked = RosterChecker(dataset: dataset, month: month, from: published?.from, baseline: published?.assignments).check(result.assignments)
        guard checked.isValid else {
            throw .checkerDisagrees("the solved roster breaks hard rules:\n" + checked.violations.map(\.description).joined(separator: "\n"))
        }
        // The model's terms come from GLPK's floating-point solution, the checker's from the
        // roster itself: they agree to a relative 1e-6.
        for term in checked.objective.reported {
            let model = result.objective[term], recomputed = checked.objective[term]
            guard abs(model - recomputed) <= 1e-6 * max(1, abs(model), abs(recomputed)) else {
                throw .checkerDisagrees("\(term.rawValue) is \(model) in the model but \(recomputed) by the checker")
            }
        }
        let solver = RosterDocument.Solver(status: result.status, seconds: result.seconds, gap: result.gap, bound: result.bound)
        let document = RosterDocument(
            dataset: dataset, month: month, assignments: result.assignments, uncovered: checked.shortfalls, objective: checked.objective,
            solver: solver, repair: published.map { RosterDocument.Repair(from: $0.from, changes: checked.changes) })
        return SolvedRoster(document: document, solver: solver, report: checked,
                            coverage: Coverage(dataset: dataset, month: month, shortfalls: checked.shortfalls), modelSize: result.modelSize)
    }
}
