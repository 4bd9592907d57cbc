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

/// A term of the minimised objective, named as in docs/REFERENCE.md and roster.json.
public enum ObjectiveTerm: String, CaseIterable, Sendable, Codable {
    case shortfall, requests, fairness
    case nightFairness = "night_fairness"
    case minShifts = "min_shifts"
}

/// The objective of a roster, term by term.
public struct ObjectiveBreakdown: Hashable, Sendable {
    public var terms: [ObjectiveTerm: Double]
    public init(terms: [ObjectiveTerm: Double] = [:]) { self.terms = terms }
    public subscript(term: ObjectiveTerm) -> Double {
        get { terms[term] ?? 0 }
        set { terms[term] = newValue }
    }
    /// The sum of the terms, added in catalogue order so that it is reproducible.
    public var total: Double { ObjectiveTerm.allCases.reduce(0) { $0 + self[$1] } }
}
