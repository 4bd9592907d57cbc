import DutyCore

/// A hard rule of a general rostering problem. The raw value is the name the
/// validator reports and the model's rows carry.
public enum ShiftRule: String, CaseIterable, Sendable, Codable {
    case oneShiftPerDay = "one-shift-per-day"
    case maxShiftsPerType = "max-shifts-per-type"
    case minTotalMinutes = "min-total-minutes"
    case maxTotalMinutes = "max-total-minutes"
    case maxConsecutiveShifts = "max-consecutive-shifts"
    case minConsecutiveShifts = "min-consecutive-shifts"
    case minConsecutiveDaysOff = "min-consecutive-days-off"
    case maxWeekends = "max-weekends"
    case dayOff = "day-off"
    case forbiddenSuccession = "forbidden-succession"
    case unknownWorkerOrShift = "unknown-worker-or-shift"

    /// The rule's name as an ASCII identifier for model rows.
}

extension ShiftRule: NamedRule {}
