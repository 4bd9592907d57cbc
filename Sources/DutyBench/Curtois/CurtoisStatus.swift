import DutyCore

/// How one benchmark instance ended, as curtois.csv names it.
public enum CurtoisStatus: String, Sendable {
    case optimal, feasible
    case timeLimit = "time_limit"
    /// GLPK proved that no roster satisfies the hard rules.
    case infeasible
    /// No roster was found in time; nothing is written.
    case noSolution = "no_solution"
    /// The validator rejected the written roster: a bug, shown for inspection.
    case invalid

    /// The status of a roster the validator accepted.
    init(_ status: RosterStatus) {
        switch status {
        case .optimal: self = .optimal
        case .feasible: self = .feasible
        case .timeLimit: self = .timeLimit
        case .infeasible: self = .infeasible
        }
    }
}
