/// How a solve ended.
public enum SolveStatus: String, Sendable {
    /// Proven optimal within the requested relative gap.
    case optimal
    /// A feasible solution was found, but the time limit stopped the proof.
    case feasibleAtLimit = "time_limit"
    /// The model has no feasible solution.
    case infeasible
    /// The objective can be improved without end.
    case unbounded
    /// The search stopped (time limit) before any feasible solution was found.
    case noSolutionFound = "no_solution"

    /// Whether ``Solution/values`` holds a feasible point.
    public var hasSolution: Bool { self == .optimal || self == .feasibleAtLimit }
}
