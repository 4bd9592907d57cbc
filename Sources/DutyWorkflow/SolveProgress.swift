import GLPK

/// The state of a running solve, for a progress line or a job's status.
public struct SolveProgress: Sendable {
    /// Objective of the best roster found so far, if any.
    public let incumbent: Double?
    /// Best bound proven so far, if any.
    public let bound: Double?
    /// Relative gap between the two, if both exist.
    public let gap: Double?
    /// Seconds since the solve started.
    public let elapsed: Double
    /// Whether this report was caused by a better roster.
    public let newIncumbent: Bool

    init(_ search: SearchProgress) {
        incumbent = search.incumbent
        bound = search.bound
        gap = search.gap
        elapsed = search.elapsed
        newIncumbent = search.newIncumbent
    }
}
