/// Which days a demand.csv row applies to.
public enum DaySelector: Hashable, Sendable {
    case date(LocalDate)
    case holiday
    case weekday(Weekday)
    case weekdays
    case weekend
}
