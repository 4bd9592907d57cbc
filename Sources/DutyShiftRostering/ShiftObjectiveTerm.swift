import DutyCore

/// A term of the general problem's objective (the benchmark's own).
public enum ShiftObjectiveTerm: String, CaseIterable, Sendable, Codable {
    case shiftOnRequests = "shift_on_requests"
    case shiftOffRequests = "shift_off_requests"
    case coverUnder = "cover_under"
    case coverOver = "cover_over"
}
