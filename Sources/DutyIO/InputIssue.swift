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
    /// What was found and what was expected, by meaning; ``text(_:)`` words it.
    public let message: InputMessage

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil, message: InputMessage) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `path:line:col: error: field: message`, the form compilers and Yams use, in English.
    public var description: String { text(.en) }

    /// `path:line:col: 错误: field: message` in `language`: the location and the field stay as
    /// they are in the file, so that the line can be found whatever the language.
    public func text(_ language: Language) -> String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let subject = field.map { "\($0): " } ?? ""
        return "\(location): \(language == .zh ? "错误" : "error"): \(subject)\(message.text(language))"
    }
}
