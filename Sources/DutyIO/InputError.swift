import DutyCore

/// Bad input: every problem found in the files read, not only the first.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let issues: [InputIssue]
    public init(_ issues: [InputIssue]) { self.issues = issues }
    /// The first 50 issues, one per line, and how many more there are, in English.
    public var description: String { text(.en) }

    /// The first 50 issues in `language`, one per line, and how many more there are.
    public func text(_ language: Language) -> String {
        let shown = issues.prefix(50).map { $0.text(language) }
        let hidden = issues.count - shown.count
        let more = hidden > 0 ? [language == .zh ? "…… 还有 \(hidden) 处错误" : "… and \(hidden) more errors"] : []
        return (shown + more).joined(separator: "\n")
    }
}
