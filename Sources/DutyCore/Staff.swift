/// A member of the office's staff and the limits of their duty.
public struct Staff: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Staff>
    public let id: ID
    public let name: String
    /// Posts this person may work.
    public let skills: [Post.ID]
    public let maxShifts: Int
    public let minShifts: Int
    /// `nil` means no limit.
    public let maxNights: Int?

    public init(id: ID, name: String, skills: [Post.ID], maxShifts: Int, minShifts: Int = 0, maxNights: Int? = nil) {
        self.id = id
        self.name = name
        self.skills = skills
        self.maxShifts = maxShifts
        self.minShifts = minShifts
        self.maxNights = maxNights
    }
}
