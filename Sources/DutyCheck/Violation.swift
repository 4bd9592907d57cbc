import DutyCore

/// One breach of a hard rule, located by date, staff and post where they apply.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    public let rule: HardRule
    public let date: LocalDate?
    public let staff: Staff.ID?
    public let post: Post.ID?
    /// What exactly is wrong, by meaning.
    public let breach: RuleBreach

    public init(rule: HardRule, date: LocalDate?, staff: Staff.ID?, post: Post.ID?, breach: RuleBreach) {
        self.rule = rule
        self.date = date
        self.staff = staff
        self.post = post
        self.breach = breach
    }

    /// What exactly is wrong, in English words.
    public var detail: String { breach.text(.en) }

    public var description: String {
        let place = [date?.description, staff.map { "staff \($0)" }, post.map { "post \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return "\(rule.rawValue): \(place): \(detail)"
    }
}
