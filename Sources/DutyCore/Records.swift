/// A period of leave, both ends inclusive.
public struct Leave: Hashable, Sendable {
    public let staff: Staff.ID
    public let from: LocalDate
    public let to: LocalDate
    public let reason: String
    public let source: SourceReference?
    public init(staff: Staff.ID, from: LocalDate, to: LocalDate, reason: String = "", source: SourceReference? = nil) {
        self.staff = staff
        self.from = from
        self.to = to
        self.reason = reason
        self.source = source
    }
    public func covers(_ date: LocalDate) -> Bool { from <= date && date <= to }
}

/// A wish for a day: to work (a given post, or any) or to be off (a given post, or entirely).
public struct Request: Hashable, Sendable {
    public enum Kind: String, Sendable { case on, off }
    public let staff: Staff.ID
    public let date: LocalDate
    /// `nil` means any post.
    public let post: Post.ID?
    public let kind: Kind
    public let weight: Double
    public let source: SourceReference?
    public init(staff: Staff.ID, date: LocalDate, post: Post.ID?, kind: Kind, weight: Double, source: SourceReference? = nil) {
        self.staff = staff
        self.date = date
        self.post = post
        self.kind = kind
        self.weight = weight
        self.source = source
    }

}

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
