import DutyCore
import DutyShiftRostering

/// What ``ShiftRosterChecker`` finds in a general roster.
public struct ShiftCheckReport: Sendable {
    /// Breaches in catalogue order of the rule, then by person and day.
    public let violations: [ShiftViolation]
    /// The benchmark's objective recomputed from the roster alone.
    public let objective: ShiftObjective
    public var isValid: Bool { violations.isEmpty }
}
