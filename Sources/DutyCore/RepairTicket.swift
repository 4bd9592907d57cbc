/// A repair ticket and the person responsible for it.
public struct RepairTicket: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable { case minor, major }
    public let id: String
    public let reported: LocalDateTime
    public let kind: Kind
    public let staff: Staff.ID
    /// `nil` while the ticket is still open.
    public let completed: LocalDateTime?
    public let source: SourceReference?
    public init(id: String, reported: LocalDateTime, kind: Kind, staff: Staff.ID, completed: LocalDateTime?, source: SourceReference? = nil) {
        self.id = id
        self.reported = reported
        self.kind = kind
        self.staff = staff
        self.completed = completed
        self.source = source
    }

    /// Minor: 00:00 of the day after it was reported (小修不隔夜); major: 00:00 two days after (大修不隔天).
    public var due: LocalDateTime { .midnight(reported.date.adding(days: kind == .minor ? 1 : 2)) }

    /// Whether the ticket missed its deadline: completed after it, or still open at `now` after it.
    public func isLate(asOf now: LocalDateTime) -> Bool { (completed ?? now) > due }
}
