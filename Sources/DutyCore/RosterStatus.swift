/// How a roster solve ended, as roster.json names it.
public enum RosterStatus: String, Sendable {
    /// Proven optimal (gap 0 within GLPK's tolerance).
    case optimal
    /// Stopped at the requested relative gap without a full proof.
    case feasible
    /// Stopped by the time limit; the best roster found is returned with its gap and bound.
    case timeLimit = "time_limit"
    /// Contradictory hard input: no roster exists.
    case infeasible
}
