import DutyCore

/// One breach of a hard rule, located by date, staff and post where they apply.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    public let rule: HardRule
    public let date: LocalDate?
    public let staff: Staff.ID?
    public let post: Post.ID?
    /// What exactly is wrong, in words.
    public let detail: String

    public init(rule: HardRule, date: LocalDate?, staff: Staff.ID?, post: Post.ID?, detail: String) {
        self.rule = rule
        self.date = date
        self.staff = staff
        self.post = post
        self.detail = detail
    }

    public var description: String {
        let place = [date?.description, staff.map { "staff \($0)" }, post.map { "post \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return "\(rule.rawValue): \(place): \(detail)"
    }
}
