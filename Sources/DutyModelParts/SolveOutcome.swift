import DutyCore
import GLPK

/// What a roster solve reports, read from GLPK's solution: the values of the roster and its
/// status, the warm start when GLPK found nothing in time, or that no roster exists.
package enum SolveOutcome {
    case roster(values: [Double], status: RosterStatus)
    /// GLPK proved that the hard rules contradict each other.
    case infeasible
    /// Neither GLPK nor the warm start gave a roster.
    case nothingFound

    /// No GLPK search ran (no time was left to start one): the warm start, stopped at the limit.
    package init(stoppedWith warmStart: [Double]?) {
        self = warmStart.map { .roster(values: $0, status: .timeLimit) } ?? .nothingFound
    }

    package init(_ solution: Solution, warmStart: [Double]?) {
        switch solution.status {
        case .optimal:
            self = .roster(values: solution.values, status: (solution.gap ?? 0) > 1e-9 ? .feasible : .optimal)
        case .feasibleAtLimit:
            self = .roster(values: solution.values, status: .timeLimit)
        case .noSolutionFound:
            self = warmStart.map { .roster(values: $0, status: .timeLimit) } ?? .nothingFound
        case .infeasible, .unbounded:
            self = .infeasible
        }
    }
}
