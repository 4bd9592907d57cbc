/// A term of the minimised objective, named as in docs/REFERENCE.md and roster.json.
public enum ObjectiveTerm: String, CaseIterable, Sendable, Codable {
    case shortfall, requests, fairness
    case nightFairness = "night_fairness"
    case minShifts = "min_shifts"
}
