import DutyCore

/// One problem found in an input file, with where it is and what was expected.
public struct InputIssue: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line; 0 when the problem concerns the file as a whole.
    public let line: Int
    /// 1-based column (field number in a CSV, character in YAML); `nil` when it concerns the whole line.
    public let column: Int?
    /// The field or key concerned, if any.
    public let field: String?
    /// `<what was found>; expected <what was expected>`.
    public let message: String

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `path:line:col: error: field: message`, the form compilers and Yams use.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let subject = field.map { "\($0): " } ?? ""
        return "\(location): error: \(subject)\(message)"
    }
}

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

/// Gathers issues while a file is read, so that all of them are reported at once, and the
/// warnings that go with an accepted input.
package final class IssueLog {
    package init() {}
    package private(set) var issues: [InputIssue] = []
    package private(set) var warnings: [InputWarning] = []
    package func warn(_ warning: InputWarning) { warnings.append(warning) }
    package func warn(file: String, line: Int, field: String? = nil, _ message: String) {
        warnings.append(InputWarning(file: file, line: line, field: field, message: message))
    }
    package func add(_ issue: InputIssue) { issues.append(issue) }
    package func add(file: String, line: Int, column: Int? = nil, field: String? = nil, _ message: String) {
        issues.append(InputIssue(file: file, line: line, column: column, field: field, message: message))
    }
    /// Throws everything gathered so far, if anything.
    package func throwIfAny() throws(InputError) {
        if !issues.isEmpty { throw InputError(issues) }
    }
}
