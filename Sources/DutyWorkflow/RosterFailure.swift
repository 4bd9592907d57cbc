import DutyCore

/// Why a month has no roster to write: the data allow none (exit code 1), or the engine
/// contradicted itself (exit code 3, a bug).
public enum RosterFailure: Error, CustomStringConvertible, Sendable {
    /// Pins that break the hard rules by themselves, each with the rows that conflict.
    case contradictoryPins([PinContradiction])
    /// GLPK proved that the hard rules, pins and history together allow no roster.
    case infeasible(String)
    /// The solved roster failed the independent check, or its objective disagreed with it.
    case checkerDisagrees(String)

    /// Whether this is a bug in the engine rather than a property of the data.
    public var isInternal: Bool {
        if case .checkerDisagrees = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .contradictoryPins(let contradictions):
            "infeasible: pinned assignments contradict the hard rules:\n" + contradictions.map { "  \($0)" }.joined(separator: "\n")
        case .infeasible(let reason): "infeasible: \(reason)"
        case .checkerDisagrees(let finding): "internal error: \(finding)"
        }
    }
}
