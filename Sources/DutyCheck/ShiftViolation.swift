import DutyCore
import DutyShiftRostering

/// One breach of a general rostering rule.
public struct ShiftViolation: Hashable, Sendable, CustomStringConvertible {
    public let rule: ShiftRule
    public let worker: ShiftProblem.Worker.ID?
    /// The day concerned (0-based), if the rule is about a day or a run starting there.
    public let day: Int?
    public let detail: String
    public var description: String {
        let place = [worker.map { "staff \($0)" }, day.map { "day \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return "\(rule.rawValue): \(place): \(detail)"
    }
}
