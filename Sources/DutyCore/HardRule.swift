/// A rule that a published roster must never break. The raw value is the name
/// that `duty check` prints and that docs/REFERENCE.md defines.
public enum HardRule: String, CaseIterable, Sendable, Codable {
    case oneShiftPerDay = "one-shift-per-day"
    case skill
    case leave
    case maxShifts = "max-shifts"
    case maxNights = "max-nights"
    case restAfterNight = "rest-after-night"
    case maxConsecutiveDays = "max-consecutive-days"
    case pinned
    case noOverstaffing = "no-overstaffing"
    case unknownStaffOrPost = "unknown-staff-or-post"

    /// The rule's name as an ASCII identifier for model rows (`rest_after_night`).
}
