import DutyCore
import Testing

/// the reference's demand precedence: ISO date, holiday, make-up workday as weekday, weekday name, weekday/weekend, else 0.
@Suite struct DemandPrecedenceTests {
    let calendar = DutyCalendar(holidays: [LocalDate(iso: "2025-10-01")!, LocalDate(iso: "2025-10-04")!],
                                workdays: [LocalDate(iso: "2025-10-11")!])

    private func table(_ rules: [(DaySelector, Int)]) -> DemandTable {
        DemandTable(rules: rules.map { DemandRule(post: "gate", day: $0.0, count: $0.1) }, calendar: calendar)
    }

    @Test("an ISO date beats every other row")
    func dateFirst() {
        let demand = table([(.date(LocalDate(iso: "2025-10-01")!), 5), (.holiday, 1), (.weekdays, 2), (.weekday(.wednesday), 3)])
        #expect(demand.count(on: LocalDate(iso: "2025-10-01")!, post: "gate") == 5)
    }

    @Test("a holiday beats the weekday name and weekday/weekend")
    func holidaySecond() {
        let demand = table([(.holiday, 1), (.weekdays, 2), (.weekday(.wednesday), 3), (.weekend, 4)])
        #expect(demand.count(on: LocalDate(iso: "2025-10-01")!, post: "gate") == 1)
        #expect(demand.count(on: LocalDate(iso: "2025-10-04")!, post: "gate") == 1)
    }

    @Test("a make-up workday on a weekend takes the weekday row, before its weekday name")
    func makeUpWorkday() {
        let demand = table([(.weekdays, 2), (.weekday(.saturday), 7), (.weekend, 4)])
        #expect(demand.count(on: LocalDate(iso: "2025-10-11")!, post: "gate") == 2)
        #expect(demand.count(on: LocalDate(iso: "2025-10-18")!, post: "gate") == 7)
    }

    @Test("a make-up workday without a weekday row falls through to its weekday name")
    func makeUpWorkdayFallsThrough() {
        let demand = table([(.weekday(.saturday), 7), (.weekend, 4)])
        #expect(demand.count(on: LocalDate(iso: "2025-10-11")!, post: "gate") == 7)
    }

    @Test("the weekday name beats weekday/weekend, which beat nothing")
    func weekdayName() {
        let demand = table([(.weekday(.monday), 3), (.weekdays, 2)])
        #expect(demand.count(on: LocalDate(iso: "2025-10-13")!, post: "gate") == 3)
        #expect(demand.count(on: LocalDate(iso: "2025-10-14")!, post: "gate") == 2)
        #expect(demand.count(on: LocalDate(iso: "2025-10-18")!, post: "gate") == 0)
        #expect(demand.count(on: LocalDate(iso: "2025-10-14")!, post: "other") == 0)
    }

    @Test("dates know their weekday and month arithmetic")
    func dates() {
        #expect(LocalDate(iso: "2025-10-01")!.weekday == .wednesday)
        #expect(LocalDate(iso: "2024-02-29")!.adding(days: 1).description == "2024-03-01")
        #expect(LocalDate(iso: "2025-02-29") == nil)
        #expect(Month("2025-10")!.dayCount == 31 && Month("2024-02")!.dayCount == 29)
        #expect(LocalDate(iso: "1969-12-31")!.weekday == .wednesday)
    }
}
