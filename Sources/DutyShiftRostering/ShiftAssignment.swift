import DutyCore

/// One shift worked: a person, a day of the horizon (0-based) and a shift type.
public struct ShiftAssignment: Hashable, Sendable, Comparable {
    public let day: Int
    public let worker: ShiftProblem.Worker.ID
    public let shift: ShiftType.ID
    public init(day: Int, worker: ShiftProblem.Worker.ID, shift: ShiftType.ID) {
        self.day = day
        self.worker = worker
        self.shift = shift
    }
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.day, lhs.worker, lhs.shift) < (rhs.day, rhs.worker, rhs.shift)
    }
}
