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
