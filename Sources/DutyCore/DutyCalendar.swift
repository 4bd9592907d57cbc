/// Holidays and make-up working days (调休) of the school's calendar.
public struct DutyCalendar: Sendable {
    public var holidays: Set<LocalDate>
    /// Weekend dates that are working days.
    public var workdays: Set<LocalDate>

    public init(holidays: Set<LocalDate> = [], workdays: Set<LocalDate> = []) {
        self.holidays = holidays
        self.workdays = workdays
    }

    /// Whether `date` counts as a weekend or holiday for reports: a holiday, or
    /// a Saturday or Sunday that is not a make-up working day.
    public func isRestDay(_ date: LocalDate) -> Bool {
        holidays.contains(date) || (date.weekday.isWeekend && !workdays.contains(date))
    }
}
