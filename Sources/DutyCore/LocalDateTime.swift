/// A minute-precision local time stamp (`YYYY-MM-DDTHH:MM`).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    /// Minutes after midnight.
    public let minutes: Int
    public init(date: LocalDate, minutes: Int) {
        self.date = date
        self.minutes = minutes
    }
    /// Parses `YYYY-MM-DDTHH:MM`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(iso: parts[0]) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time[0].count == 2, time[1].count == 2, let hours = Int(time[0]), let minutes = Int(time[1]),
              (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        self.init(date: date, minutes: hours * 60 + minutes)
    }
    /// Midnight at the start of `date`.
    public static func midnight(_ date: LocalDate) -> LocalDateTime { LocalDateTime(date: date, minutes: 0) }
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { (lhs.date, lhs.minutes) < (rhs.date, rhs.minutes) }
    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return "\(date)T\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
