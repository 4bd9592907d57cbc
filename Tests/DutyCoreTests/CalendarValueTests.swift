import Testing
@testable import DutyCore

/// Dates, months and the time budget: the values every other module counts on.
@Suite struct CalendarValueTests {
    @Test("ISO dates parse only as ten characters of a real date, whatever the digits", arguments: [
        ("2025-10-01", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-13-01", false), ("2025-10-1", false),
        ("2025-10-99999999999999999999", false), ("99999999999999999999-10-01", false), ("2025-99999999999999999999-01", false),
        ("0000-01-01", false), ("2025-10-01 ", false), ("２０２５-10-01", false), ("", false),
    ])
    func isoDates(text: String, valid: Bool) {
        #expect((LocalDate(iso: text) != nil) == valid, "\(text)")
        if let date = LocalDate(iso: text) { #expect(date.description == text) }
    }

    @Test("day numbers and weekdays are those of the proleptic Gregorian calendar")
    func dayNumbers() throws {
        let epoch = try #require(LocalDate(iso: "1970-01-01"))
        #expect(epoch.dayNumber == 0 && epoch.weekday == .thursday)
        let date = try #require(LocalDate(iso: "2025-10-01"))
        #expect(date.weekday == .wednesday)
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 31).description == "2025-11-01")
    }

    @Test("months step to the next and stop at 9999-12")
    func months() throws {
        let december = try #require(Month("2025-12"))
        #expect(december.next.description == "2026-01")
        #expect(december.next.previous == december && Month("0001-01")?.previous == nil)
        #expect(Month(containing: try #require(LocalDate(iso: "2025-10-31"))) == Month("2025-10"))
        #expect(december.days.count == 31 && december.lastDay.description == "2025-12-31")
        #expect(Month("10000-01") == nil && Month("2025-00") == nil && Month(year: 9999, month: 12) != nil)
        let last = try #require(Month("9999-12"))
        #expect(try #require(Month("9999-11")).through(last).map(\.description) == ["9999-11", "9999-12"])
        #expect(last.through(try #require(Month("9999-01"))).isEmpty)
    }

    @Test("a time budget is clamped into the accepted range and counts down from its start")
    func timeBudget() {
        let budget = TimeBudget(seconds: 5)
        #expect(budget.seconds == 5 && budget.remaining > 4.5 && budget.remaining <= 5)
        #expect(TimeBudget(seconds: 1e300).seconds == Rules.timeLimits.upperBound)
        #expect(TimeBudget(seconds: .nan).seconds == Rules.timeLimits.lowerBound)
        #expect(TimeBudget(seconds: 1, from: .now - .seconds(2)).remaining == 0)
    }

    @Test("a warning reads file:line: warning: field: message, or 注意 in Chinese")
    func warningText() {
        let outside = InputMessage.pinOutsideMonth(LocalDate(iso: "2025-11-03")!, Month("2025-10")!)
        #expect(InputWarning(file: "pinned.csv", line: 3, field: "date", message: outside).description
            == "pinned.csv:3: warning: date: 2025-11-03 lies outside 2025-10; this pin is not used for this month")
        #expect(InputWarning(file: "pinned.csv", line: 3, field: "date", message: outside).text(.zh)
            == "pinned.csv:3: 注意: date: 2025-11-03 不在 2025年10月 内；这条指定排班本月不用")
        #expect(InputWarning(file: "demand.csv", line: 0, message: .noDemand(Month("2025-10")!)).description
            == "demand.csv: warning: no post needs anyone in 2025-10; the roster will be empty")
    }
}
