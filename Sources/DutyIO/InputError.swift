import DutyCore

/// Bad input: every problem found in the files read, not only the first.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let issues: [InputIssue]
    public init(_ issues: [InputIssue]) { self.issues = issues }
    /// The first 50 issues, one per line, and how many more there are.
    public var description: String {
        let shown = issues.prefix(50).map(\.description)
        let more = issues.count > shown.count ? ["… and \(issues.count - shown.count) more errors"] : []
        return (shown + more).joined(separator: "\n")
    }
}
