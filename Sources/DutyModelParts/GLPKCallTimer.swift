import DutyCore
import GLPK

/// Time limits for the successive GLPK calls of one solve, all within one deadline.
///
/// GLPK stops its simplex and its tree search at their time limit, but not the work before
/// them: scaling, the initial basis and the first factorization of a large model can take a
/// second or more, and were an overrun of 3–4 s on a 400-person month with a limit of 1 s.
/// The largest overrun seen on this model (at first an estimate: four times what building the
/// model took, which measures the machine as well as the model; the 400-person month's first
/// call overran by 3.5 times its build) is held back from every call's limit, and no call
/// starts when less than that is left: the best roster so far is returned instead.
package final class GLPKCallTimer {
    package let deadline: ContinuousClock.Instant
    /// Seconds a call may run past its limit, as measured so far.
    package private(set) var overrun: Double

    /// A timer for calls ending by `deadline`; `buildSeconds` is how long building the model took.
    package init(deadline: ContinuousClock.Instant, buildSeconds: Double) {
        self.deadline = deadline
        overrun = max(0.02, 4 * buildSeconds)
    }

    /// Seconds left before the deadline.
    package var remaining: Double { max(0, (deadline - .now).inSeconds) }

    /// The limit for the next call, at most `cap` seconds; `nil` when there is no time for one.
    package func limit(atMost cap: Double = .infinity) -> Double? {
        let usable = remaining - overrun
        guard usable >= 0.05 else { return nil }
        return min(usable, cap)
    }

    /// Runs `problem.solve(options)` with `options.timeLimit` set to `limit`, and learns from
    /// how far the call ran past it.
    package func solve(_ problem: Problem, _ options: SolveOptions, limit: Double) throws -> Solution {
        var options = options
        options.timeLimit = limit
        let started = ContinuousClock.now
        let solution = try problem.solve(options)
        overrun = max(overrun, (ContinuousClock.now - started).inSeconds - limit)
        return solution
    }
}
