import DutyCore

/// Person-shifts missing in one area.
public struct AreaShortfall: Hashable, Sendable {
    public let area: String
    public let missing: Int
}
