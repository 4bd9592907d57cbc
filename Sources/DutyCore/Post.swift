/// A duty post: one shift at one place, such as the night gate or canteen lunch inspection.
public struct Post: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Post>
    public let id: ID
    public let name: String
    /// A free word grouping posts for reports, such as `canteen`, `gate`, `grounds`.
    public let area: String
    /// Minutes after midnight.
    public let start: Int
    /// Minutes after midnight; at or before `start` means the shift ends the next day.
    public let end: Int
    public let night: Bool
    /// Penalty per missing person-shift.
    public let priority: Double

    public init(id: ID, name: String, area: String, start: Int, end: Int, night: Bool, priority: Double) {
        self.id = id
        self.name = name
        self.area = area
        self.start = start
        self.end = end
        self.night = night
        self.priority = priority
    }
}
