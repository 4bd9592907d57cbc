import DutyCore

/// A kind of shift in a general rostering problem: how long it lasts and which
/// shifts may not be worked the day after it (the school's rest after a night
/// is the succession "night → any shift").
public struct ShiftType: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<ShiftType>
    public let id: ID
    public let minutes: Int
    /// Shifts that may not be worked on the day after this one.
    public let forbiddenNext: Set<ID>
    public init(id: ID, minutes: Int, forbiddenNext: Set<ID> = []) {
        self.id = id
        self.minutes = minutes
        self.forbiddenNext = forbiddenNext
    }
}
