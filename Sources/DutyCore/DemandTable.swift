/// The people each post needs on each date, resolved by the reference's precedence.
public struct DemandTable: Sendable {
    private let rules: [Post.ID: [DaySelector: Int]]
    private let calendar: DutyCalendar

    public init(rules: [DemandRule], calendar: DutyCalendar) {
        var table: [Post.ID: [DaySelector: Int]] = [:]
        for rule in rules { table[rule.post, default: [:]][rule.day] = rule.count }
        self.rules = table
        self.calendar = calendar
    }

    /// Demand for `post` on `date`, first match wins: the ISO date; `holiday` if
    /// the date is a holiday; `weekday` if it is a make-up workday; the weekday's
    /// name; `weekday` or `weekend` by the weekday; else 0.
    public func count(on date: LocalDate, post: Post.ID) -> Int {
        guard let byDay = rules[post] else { return 0 }
        if let count = byDay[.date(date)] { return count }
        if calendar.holidays.contains(date), let count = byDay[.holiday] { return count }
        if calendar.workdays.contains(date), let count = byDay[.weekdays] { return count }
        if let count = byDay[.weekday(date.weekday)] { return count }
        if let count = byDay[date.weekday.isWeekend ? .weekend : .weekdays] { return count }
        return 0
    }
}
