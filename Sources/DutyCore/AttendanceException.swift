/// An attendance exception: a planned shift missed or late, or an unplanned one covered.
public struct AttendanceException: Hashable, Sendable {
    public enum Status: String, Sendable, CaseIterable { case absent, late, extra }
    public let date: LocalDate
    public let staff: Staff.ID
    public let post: Post.ID?
    public let status: Status
    public let note: String
    public let source: SourceReference?
    public init(date: LocalDate, staff: Staff.ID, post: Post.ID?, status: Status, note: String = "", source: SourceReference? = nil) {
        self.date = date
        self.staff = staff
        self.post = post
        self.status = status
        self.note = note
        self.source = source
    }
}
