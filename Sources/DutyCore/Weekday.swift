/// A day of the week, Monday first, named as in demand.csv (`Mon`…`Sun`).
public enum Weekday: String, CaseIterable, Sendable {
    case monday = "Mon", tuesday = "Tue", wednesday = "Wed", thursday = "Thu", friday = "Fri"
    case saturday = "Sat", sunday = "Sun"

    /// Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
