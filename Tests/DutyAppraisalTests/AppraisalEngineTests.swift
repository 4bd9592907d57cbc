import DutyCore
import Testing
@testable import DutyAppraisal

/// Each rule of the reference's appraisal semantics on a small case checked by hand.
@Suite struct AppraisalEngineTests {
    static let month = Month("2025-10")!
    static func day(_ d: Int) -> LocalDate { LocalDate(year: 2025, month: 10, day: d)! }
    static func at(_ d: Int, _ hh: Int, _ mm: Int = 0, month: Int = 10) -> LocalDateTime {
        LocalDateTime(date: LocalDate(year: 2025, month: month, day: d)!, minutes: hh * 60 + mm)
    }

    static let rubric = Rubric(
        base: 100,
        categories: [
            .init(name: "attendance", cap: 30, bonusCap: 5), .init(name: "quality", cap: 40, bonusCap: 0),
            .init(name: "timeliness", cap: 20, bonusCap: 0), .init(name: "service", cap: 10, bonusCap: 5),
            .init(name: "safety", cap: nil, bonusCap: 0),
        ],
        items: [
            "C01": .init(code: "C01", category: "quality", points: -2, veto: false, text: "canteen"),
            "P01": .init(code: "P01", category: "service", points: 2, veto: false, text: "praise"),
            "X01": .init(code: "X01", category: "safety", points: -30, veto: false, text: "uncapped"),
            "S01": .init(code: "S01", category: "quality", points: nil, veto: true, text: "accident"),
        ],
        absent: -5, late: -1, extraShiftBonus: 0.5, standardShifts: 20, overdue: -1,
        grades: [.init(name: "excellent", label: "优秀", min: 90, quota: 0.2), .init(name: "good", label: "良好", min: 80, quota: nil),
                 .init(name: "pass", label: "合格", min: 60, quota: nil), .init(name: "fail", label: "不合格", min: 0, quota: nil)])

    static func people(_ count: Int) -> [Staff] {
        (1...count).map { Staff(id: Staff.ID("s\($0 < 10 ? "0" : "")\($0)"), name: "p\($0)", skills: [], maxShifts: 31) }
    }

    static func inspect(_ staff: String, _ item: String, points: Double? = nil, id: String? = nil, day: Int = 5) -> Inspection {
        Inspection(id: id ?? "\(staff)-\(item)-\(day)-\(points ?? 0)", date: self.day(day), staff: Staff.ID(staff), item: item, points: points)
    }

    private func appraise(_ records: AppraisalRecords, staff: [Staff] = people(1), roster: [Assignment] = []) -> Appraisal {
        AppraisalEngine.appraise(staff: staff, month: Self.month, records: records, rubric: Self.rubric, roster: roster)
    }

    @Test("deductions in a category are capped at its cap")
    func deductionCap() {
        let records = AppraisalRecords(inspections: (1...23).map { Self.inspect("s01", "C01", day: $0) })  // 23 × −2 = −46
        let person = appraise(records).people[0]
        #expect(person.subtotal("quality") == -40)
        #expect(person.score == 60)
        #expect(person.grade.name == "pass")
        #expect(person.deductions == 23)
    }

    @Test("bonuses are capped at bonus_cap, and a category without cap is not capped")
    func bonusCapAndUncapped() {
        let records = AppraisalRecords(inspections: [Self.inspect("s01", "P01", day: 1), Self.inspect("s01", "P01", day: 2), Self.inspect("s01", "P01", day: 3),
                                                     Self.inspect("s01", "X01", day: 4), Self.inspect("s01", "X01", day: 5)])
        let person = appraise(records).people[0]
        #expect(person.subtotal("service") == 5)
        #expect(person.subtotal("safety") == -60)
        #expect(person.score == 45)
    }

    @Test("a category with bonus_cap 0 gives no bonus")
    func noBonusCategory() {
        let records = AppraisalRecords(inspections: [Self.inspect("s01", "C01", points: -1), Self.inspect("s01", "C01", points: -1, day: 6)])
        #expect(appraise(records).people[0].subtotal("quality") == -2)
    }

    @Test("given points replace the item's default")
    func givenPoints() {
        let records = AppraisalRecords(inspections: [Self.inspect("s01", "C01", points: -5), Self.inspect("s01", "C01", day: 6)])
        #expect(appraise(records).people[0].subtotal("quality") == -7)
    }

    @Test("a veto item gives no points and makes the grade fail whatever the score")
    func veto() {
        let records = AppraisalRecords(inspections: [Self.inspect("s01", "S01"), Self.inspect("s01", "P01")])
        let person = appraise(records).people[0]
        #expect(person.vetoed)
        #expect(person.score == 102)
        #expect(person.grade.name == "fail")
        #expect(person.lines.contains { $0.veto && $0.points == 0 })
    }

    @Test("the quota keeps floor(quota × appraised) in the band, ranked by score, then fewer deductions, then id")
    func quota() {
        // 10 people, quota 0.2 → 2 may stay excellent. s01 and s02 tie at 98; s01 has two deductions, s02 one.
        var inspections = [Self.inspect("s01", "C01", points: -1, day: 1), Self.inspect("s01", "C01", points: -1, day: 2),
                           Self.inspect("s02", "C01", day: 1)]
        inspections += [Self.inspect("s03", "C01", points: -1), Self.inspect("s04", "C01", points: -1)]  // s03, s04 tie at 99, one deduction each
        let result = appraise(AppraisalRecords(inspections: inspections), staff: Self.people(10))
        let grade = Dictionary(uniqueKeysWithValues: result.people.map { ($0.staff.id.rawValue, $0.grade.name) })
        // Scores: s05–s10 100; s03, s04 99; s01, s02 98. The top two by id among the 100s are s05, s06.
        #expect(result.people.filter { $0.grade.name == "excellent" }.map(\.staff.id.rawValue) == ["s05", "s06"])
        #expect(grade["s07"] == "good" && grade["s03"] == "good")
        let ranks = Dictionary(uniqueKeysWithValues: result.people.map { ($0.staff.id.rawValue, $0.rank) })
        #expect(ranks["s02"]! < ranks["s01"]!, "fewer deduction records rank first")
        #expect(ranks["s03"]! < ranks["s04"]!, "then id")
    }

    @Test("vetoed people take no quota place")
    func vetoAndQuota() {
        let result = appraise(AppraisalRecords(inspections: [Self.inspect("s01", "S01")]), staff: Self.people(5))
        #expect(result.people.filter { $0.grade.name == "excellent" }.map(\.staff.id.rawValue) == ["s02"])
    }

    @Test("extra shifts above the standard earn the bonus: worked = rostered − absent + extra")
    func extraShifts() {
        let roster = (1...22).map { Assignment(date: Self.day($0), post: "gate", staff: "s01") }
        let attendance = [AttendanceException(date: Self.day(3), staff: "s01", post: "gate", status: .absent),
                          AttendanceException(date: Self.day(25), staff: "s01", post: "gate", status: .extra),
                          AttendanceException(date: Self.day(26), staff: "s01", post: "gate", status: .extra),
                          AttendanceException(date: Self.day(27), staff: "s01", post: "gate", status: .late)]
        let person = appraise(AppraisalRecords(attendance: attendance), roster: roster).people[0]
        // worked 22 − 1 + 2 = 23, 3 above 20 → +1.5; absent −5, late −1 → attendance −4.5
        #expect(person.subtotal("attendance") == -4.5)
        #expect(person.lines.contains { $0.source == .extraShifts && $0.points == 1.5 })
    }

    @Test("repair timing: due times, exact completion, open at month end, major vs minor", arguments: [
        // (kind, reported, completed, overdue?)
        (RepairTicket.Kind.minor, at(10, 14), at(11, 0) as LocalDateTime?, false),   // completed exactly at the due time
        (.minor, at(10, 14), at(11, 0, 1), true),                                     // one minute late
        (.minor, at(10, 23, 59), at(11, 0, 1), true),                                 // reported late at night: still due at midnight
        (.major, at(10, 14), at(11, 23, 59), false),                                  // major: due 00:00 two days after
        (.major, at(10, 14), at(12, 0), false),
        (.major, at(10, 14), at(12, 0, 1), true),
        (.minor, at(29, 9), nil, true),                                               // open at month end, due passed
        (.minor, at(31, 9), nil, false),                                              // open, due exactly at the end of the month
        (.major, at(30, 9), nil, false),                                              // open, due in the next month
        (.major, at(30, 9), at(2, 8, month: 11), true),                               // completed next month after its due time
    ])
    func repairTiming(kind: RepairTicket.Kind, reported: LocalDateTime, completed: LocalDateTime?, overdue: Bool) {
        let ticket = RepairTicket(id: "R1", reported: reported, kind: kind, staff: "s01", completed: completed)
        let person = appraise(AppraisalRecords(repairs: [ticket])).people[0]
        #expect(person.subtotal("timeliness") == (overdue ? -1 : 0))
    }

    @Test("a repair counts in the month it was reported")
    func repairMonth() {
        let ticket = RepairTicket(id: "R1", reported: Self.at(28, 9, month: 9), kind: .minor, staff: "s01", completed: Self.at(2, 9))
        #expect(appraise(AppraisalRecords(repairs: [ticket])).people[0].subtotal("timeliness") == 0)
    }

    @Test("the trail sums to the score, caps and floor included", arguments: [3, 23, 80])
    func trailSums(count: Int) {
        let records = AppraisalRecords(inspections: (0..<count).map { Self.inspect("s01", $0 % 2 == 0 ? "X01" : "C01", id: "I\($0)", day: 1 + $0 % 28) })
        let person = appraise(records).people[0]
        #expect(abs(Self.rubric.base + person.lines.reduce(0) { $0 + $1.points } - person.score) < 1e-9)
        #expect(person.score >= 0)
    }

    @Test("a term is the mean of the monthly scores, with the same bands and any-month veto")
    func term() {
        let staff = Self.people(3)
        let september = AppraisalEngine.appraise(staff: staff, month: Month("2025-09")!, records: AppraisalRecords(inspections: [
            Inspection(id: "A", date: LocalDate(iso: "2025-09-03")!, staff: "s01", item: "X01", points: nil),
            Inspection(id: "B", date: LocalDate(iso: "2025-09-04")!, staff: "s03", item: "S01", points: nil),
        ]), rubric: Self.rubric, roster: [])
        let october = appraise(AppraisalRecords(inspections: [Self.inspect("s02", "C01")]), staff: staff)
        let term = AppraisalEngine.term([september, october], staff: staff, rubric: Self.rubric, period: "2025-09..2025-10")
        let byID = Dictionary(uniqueKeysWithValues: term.people.map { ($0.staff.id.rawValue, $0) })
        #expect(byID["s01"]!.score == 85)
        #expect(byID["s02"]!.score == 99)
        #expect(byID["s03"]!.grade.name == "fail" && byID["s03"]!.vetoed)
        // ⌊0.2 × 3⌋ = 0 people may keep excellent, so 99 moves down to good.
        #expect(byID["s02"]!.grade.name == "good" && byID["s01"]!.grade.name == "good")
        #expect(byID["s01"]!.subtotal("safety") == -15)
    }
}
