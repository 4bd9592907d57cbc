/// A term of the minimised objective, named as in docs/REFERENCE.md and roster.json.
public enum ObjectiveTerm: String, CaseIterable, Sendable, Codable {
    case shortfall, requests, fairness
    case nightFairness = "night_fairness"
    case minShifts = "min_shifts"
    /// Changed person-days against a published roster: only when a month is repaired.
    case changes

    /// The five terms of every roster; ``changes`` joins them only in a repaired month.
    public static let rosterTerms: [ObjectiveTerm] = [.shortfall, .requests, .fairness, .nightFairness, .minShifts]
}
