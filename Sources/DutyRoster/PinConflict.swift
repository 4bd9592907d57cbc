import DutyCore
import DutyModelParts

/// A pinned assignment that no roster can contain.
public struct PinConflict: Error, CustomStringConvertible {
    public let pin: Assignment
    public let reason: String
    public var description: String {
        "\(pin.source.map { "\($0): " } ?? "")pinned \(pin.staff) on \(pin.post) on \(pin.date) is impossible: \(reason)"
    }
}
