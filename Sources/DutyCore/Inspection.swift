/// One inspection record: an item of the rubric observed for a person on a date.
public struct Inspection: Hashable, Sendable {
    public let id: String
    public let date: LocalDate
    public let staff: Staff.ID
    public let item: String
    /// Points given on the record, replacing the item's default; `nil` means the default.
    public let points: Double?
    public let inspector: String
    public let note: String
    // No source line: the id is the record's reference, and a year of inspections is a million rows.
    public init(id: String, date: LocalDate, staff: Staff.ID, item: String, points: Double?, inspector: String = "", note: String = "") {
        self.id = id
        self.date = date
        self.staff = staff
        self.item = item
        self.points = points
        self.inspector = inspector
        self.note = note
    }
}
