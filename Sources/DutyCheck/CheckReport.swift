import DutyCore

/// Everything ``RosterChecker`` finds in a roster.
public struct CheckReport: Sendable {
    /// Hard-rule breaches, sorted by rule (catalogue order), date, staff, post.
    public let violations: [Violation]
    /// Every objective term recomputed from the roster alone.
    public let objective: ObjectiveBreakdown
    /// Uncovered demand, sorted by date and post.
    public let shortfalls: [Shortfall]
    /// Changed person-days against the baseline, by date then staff (empty without one).
    public let changes: [RosterChange]
    /// Whether no hard rule is broken.
    public var isValid: Bool { violations.isEmpty }
}
