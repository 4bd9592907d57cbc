import DutyCore

/// Full-width punctuation, which a Chinese input method types in place of the ASCII marks
/// that CSV and the skills list need.
enum FullWidth {
    /// `message`, with the fix for a full-width comma or semicolon among `fields` when there is one.
    static func annotated(_ message: InputMessage, fields: [String]) -> InputMessage {
        let comma = fields.contains { $0.contains("，") }, semicolon = fields.contains { $0.contains("；") }
        return comma || semicolon ? .fullWidth(message, comma: comma, semicolon: semicolon) : message
    }
}
