/// A calendar month (`YYYY-MM`), the unit a roster and an appraisal cover.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`; `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    /// The month of `date`; `nil` only beyond the years 1 to 9999.
    public init?(containing date: LocalDate) { self.init(year: date.year, month: date.month) }

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    public var lastDay: LocalDate { LocalDate(year: year, month: month, day: LocalDate.daysIn(year: year, month: month))! }
    /// Every date of the month in order.
    public var days: [LocalDate] { (1...LocalDate.daysIn(year: year, month: month)).map { LocalDate(year: year, month: month, day: $0)! } }
    public var dayCount: Int { LocalDate.daysIn(year: year, month: month) }
    public func contains(_ date: LocalDate) -> Bool { date.year == year && date.month == month }
    /// The months from this one to `last`, both included (empty when `last` is earlier);
    /// safe at 9999-12, which has no next month.
    public func through(_ last: Month) -> [Month] {
        var months: [Month] = [], current = self
        while current <= last {
            months.append(current)
            guard current < last else { break }
            current = current.next
        }
        return months
    }

    /// The following month.
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }

    /// The month before; `nil` for 0001-01, which has none.
    public var previous: Month? { month == 1 ? Month(year: year - 1, month: 12) : Month(year: year, month: month - 1) }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
