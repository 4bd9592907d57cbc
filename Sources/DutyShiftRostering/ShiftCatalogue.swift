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

/// A term of the general problem's objective (the benchmark's own).
public enum ShiftObjectiveTerm: String, CaseIterable, Sendable, Codable {
    case shiftOnRequests = "shift_on_requests"
    case shiftOffRequests = "shift_off_requests"
    case coverUnder = "cover_under"
    case coverOver = "cover_over"
}

/// The objective of a general roster, term by term (whole numbers: every weight is one).
public struct ShiftObjective: Hashable, Sendable {
    public var terms: [ShiftObjectiveTerm: Int] = [:]
    public init() {}
    public subscript(term: ShiftObjectiveTerm) -> Int {
        get { terms[term] ?? 0 }
        set { terms[term] = newValue }
    }
    public var total: Int { ShiftObjectiveTerm.allCases.reduce(0) { $0 + self[$1] } }
}

extension ShiftRule: NamedRule {}
