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
