/// Something in the input that was read and used but deserves a look before the month goes
/// out, such as a pin dated outside the month; printed as `file:line: warning: field: message`.
public struct InputWarning: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line; 0 when it concerns the file as a whole.
    public let line: Int
    /// The field or key concerned, if any.
    public let field: String?
    public let message: InputMessage

    public init(file: String, line: Int, field: String? = nil, message: InputMessage) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// The warning in English.
    public var description: String { text(.en) }

    /// `file:line: 注意: field: message` in `language`.
    public func text(_ language: Language) -> String {
        "\(file)\(line > 0 ? ":\(line)" : ""): \(language == .zh ? "注意" : "warning"): \(field.map { "\($0): " } ?? "")\(message.text(language))"
    }
}
