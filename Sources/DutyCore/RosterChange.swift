/// One changed person-day of a repaired month: the person's post that day in the published
/// roster and in the new one (`nil` for a day off). These are the people the office tells.
public struct RosterChange: Hashable, Sendable {
    public let date: LocalDate
    public let staff: Staff.ID
    public let before: Post.ID?
    public let after: Post.ID?
    public init(date: LocalDate, staff: Staff.ID, before: Post.ID?, after: Post.ID?) {
        self.date = date
        self.staff = staff
        self.before = before
        self.after = after
    }
}
