/// One person on one post on one date: a roster row, a history row or a pin.
public struct Assignment: Hashable, Comparable, Sendable {
    public let date: LocalDate
    public let post: Post.ID
    public let staff: Staff.ID
    public let source: SourceReference?
    public init(date: LocalDate, post: Post.ID, staff: Staff.ID, source: SourceReference? = nil) {
        self.date = date
        self.post = post
        self.staff = staff
        self.source = source
    }
    /// Roster order: by date, then post, then staff.
    public static func < (lhs: Assignment, rhs: Assignment) -> Bool {
        (lhs.date, lhs.post.rawValue, lhs.staff.rawValue) < (rhs.date, rhs.post.rawValue, rhs.staff.rawValue)
    }
    public static func == (lhs: Assignment, rhs: Assignment) -> Bool {
        lhs.date == rhs.date && lhs.post == rhs.post && lhs.staff == rhs.staff
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(post)
        hasher.combine(staff)
    }
}
