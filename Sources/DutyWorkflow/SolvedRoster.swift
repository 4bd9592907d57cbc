import DutyCheck
import DutyCore
import DutyIO

/// A month solved and independently checked: what `duty roster` writes and reports.
public struct SolvedRoster: Sendable {
    /// The roster outputs (roster.csv, .json, .md, .html), objective as the checker computed it.
    public let document: RosterDocument
    /// How the solve went (the document's account of it).
    public let solver: RosterDocument.Solver
    /// The checker's findings on the roster: no violation, by construction.
    public let report: CheckReport
    public let coverage: Coverage
    public let modelSize: ModelSize
}
