import DutyCore

/// A hard rule that the pins break on their own, with the input rows behind it.
public struct PinContradiction: Sendable, CustomStringConvertible {
    /// The checker's finding, as `duty check` prints it.
    public let finding: String
    /// `file:line` of the pins (and leave) concerned.
    public let rows: [SourceReference]
    public var description: String { "\(finding) [rows: \(rows.map(\.description).joined(separator: ", "))]" }
}
