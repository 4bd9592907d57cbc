import DutyCore

/// The limits one person's roster must respect over the whole horizon.
public struct WorkContract: Hashable, Sendable {
    /// The most shifts of each type; a type not listed (or 0) may not be worked.
    public var maxShifts: [ShiftType.ID: Int]
    public var minMinutes: Int
    public var maxMinutes: Int
    /// Longest run of consecutive working days.
    public var maxConsecutiveShifts: Int
    /// Shortest run of consecutive working days, except a run touching the first or last day.
    public var minConsecutiveShifts: Int
    /// Shortest run of consecutive days off, except a run touching the first or last day.
    public var minConsecutiveDaysOff: Int
    /// Most weekends (Saturday or Sunday worked) in the horizon.
    public var maxWeekends: Int

    public init(maxShifts: [ShiftType.ID: Int], minMinutes: Int, maxMinutes: Int, maxConsecutiveShifts: Int,
                minConsecutiveShifts: Int, minConsecutiveDaysOff: Int, maxWeekends: Int) {
        self.maxShifts = maxShifts
        self.minMinutes = minMinutes
        self.maxMinutes = maxMinutes
        self.maxConsecutiveShifts = maxConsecutiveShifts
        self.minConsecutiveShifts = minConsecutiveShifts
        self.minConsecutiveDaysOff = minConsecutiveDaysOff
        self.maxWeekends = maxWeekends
    }

    /// Whether the person may work shifts of `type` at all.
    public func allows(_ type: ShiftType.ID) -> Bool { (maxShifts[type] ?? 0) > 0 }
}
