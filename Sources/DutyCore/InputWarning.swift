/// Something in the input that was read and used but deserves a look before the month goes
/// out, such as a pin dated outside the month; printed as `file:line: warning: field: message`.
public struct InputWarning: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line; 0 when it concerns the file as a whole.
    public let line: Int
    /// The field or key concerned, if any.
    public let field: String?
    public let message: String

    public init(file: String, line: Int, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        "\(file)\(line > 0 ? ":\(line)" : ""): warning: \(field.map { "\($0): " } ?? "")\(message)"
    }
}
