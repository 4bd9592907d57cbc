import DutyCheck
import DutyCore
import DutyIO
import DutyTesting
import Testing
@testable import DutyWorkflow

/// Repairing a published month: frozen days kept, hard rules from `from` on, changes minimal.
@Suite struct ReplanTests {
    static func options(_ seconds: Double = 30) -> RosterWorkflow.Options { .init(budget: TimeBudget(seconds: seconds), relativeGap: 0) }

    /// A proven-optimal published roster of a seeded month.
    static func published(seed: UInt64, people: Int) throws -> (Dataset, Month, [Assignment]) {
        let (dataset, month) = SeededDatasets.make(seed: seed, people: people)
        let solved = try RosterWorkflow.solve(dataset, month: month, options: options())
        #expect(solved.solver.status == .optimal)
        return (dataset, month, solved.document.assignments)
    }

    @Test("an unchanged month with an optimal published roster is returned unchanged from any date", arguments: [1, 9, 17, 28])
    func unchangedMonth(day: Int) throws {
        let (dataset, month, roster) = try Self.published(seed: 3, people: 10)
        let from = month.firstDay.adding(days: day - 1)
        let solved = try RosterWorkflow.solve(dataset, month: month, published: PublishedMonth(assignments: roster, from: from), options: Self.options())
        #expect(solved.solver.status == .optimal)
        #expect(solved.document.assignments == roster)
        #expect(solved.document.repair?.changes == [])
        #expect(solved.document.objective[.changes] == 0)
    }

    @Test("a person sick from day 10 to 16: frozen days identical, their duties moved, no roster with fewer costs", arguments: [5, 8] as [UInt64])
    func sickPerson(seed: UInt64) throws {
        let (original, month, roster) = try Self.published(seed: seed, people: 12)
        let sick = try #require(Dictionary(grouping: roster.filter { $0.date.day >= 10 && $0.date.day <= 16 }, by: \.staff)
            .max { ($0.value.count, $1.key.rawValue) < ($1.value.count, $0.key.rawValue) }?.key)
        var dataset = original
        dataset.leave.append(Leave(staff: sick, from: month.firstDay.adding(days: 9), to: month.firstDay.adding(days: 15)))
        let from = month.firstDay.adding(days: 9)
        let published = PublishedMonth(assignments: roster, from: from)
        let solved = try RosterWorkflow.solve(dataset, month: month, published: published, options: Self.options())
        let repaired = solved.document.assignments
        #expect(solved.solver.status == .optimal)
        #expect(repaired.filter { $0.date < from } == roster.filter { $0.date < from })
        #expect(!repaired.contains { $0.staff == sick && $0.date.day >= 10 && $0.date.day <= 16 })
        let checker = RosterChecker(dataset: dataset, month: month, from: from, baseline: roster)
        let report = checker.check(repaired)
        #expect(report.isValid)
        #expect(report.changes == solved.document.repair?.changes)
        #expect(abs(report.objective.total - solved.document.objective.total) < 1e-6)
        // Two repairs anyone could make: drop the sick days, or re-solve the rest ignoring changes.
        // Both are valid from `from` on, and neither may cost less with the changes counted.
        let dropped = roster.filter { !($0.staff == sick && $0.date >= from && $0.date.day <= 16) }
        #expect(checker.check(dropped).isValid)
        #expect(checker.check(dropped).objective.total >= report.objective.total - 1e-6)
        var careless = dataset
        careless.rules.weights.change = 0
        let ignoring = try RosterWorkflow.solve(careless, month: month, published: published, options: Self.options())
        let counted = checker.check(ignoring.document.assignments)
        #expect(counted.isValid)
        #expect(counted.objective.total >= report.objective.total - 1e-6)
        #expect(counted.changes.count >= report.changes.count || counted.objective.total > report.objective.total)
    }

    @Test("on a tiny month the repair is as cheap as the cheapest of every possible rest of the month")
    func bruteForce() throws {
        var builder = DatasetBuilder(month: "2025-02")
        builder.post("gate", night: true, priority: 30)
        builder.post("yard", area: "grounds", priority: 10)
        builder.person("a", skills: ["gate", "yard"], maxShifts: 18, maxNights: 10)
        builder.person("b", skills: ["gate"], maxShifts: 16)
        builder.person("c", skills: ["yard"], maxShifts: 18, minShifts: 8)
        builder.demandEveryDay("gate", 1)
        builder.demand("yard", .weekdays, 1)
        builder.dataset.rules.maxConsecutiveDays = 4
        let month = builder.month
        let published = try RosterWorkflow.solve(builder.dataset, month: month, options: Self.options()).document.assignments
        // Whoever has the gate on the 26th or 27th falls ill on both days.
        let ill = try #require(published.first { $0.date >= builder.date(26) && $0.date <= builder.date(27) && $0.post == "gate" }).staff
        builder.leave(ill.rawValue, from: 26, to: 27)
        builder.request("c", day: 28, .off, weight: 15)
        let dataset = builder.dataset
        let from = builder.date(26)
        let solved = try RosterWorkflow.solve(dataset, month: month, published: PublishedMonth(assignments: published, from: from), options: Self.options())
        // Every roster of days 26–28: each person off or on one of their posts each day.
        let checker = RosterChecker(dataset: dataset, month: month, from: from, baseline: published)
        let frozen = published.filter { $0.date < from }
        let choices: [(String, [String?])] = [("a", [nil, "gate", "yard"]), ("b", [nil, "gate"]), ("c", [nil, "yard"])]
        let cells = (26...28).flatMap { day in choices.map { (day, $0.0, $0.1) } }
        var best = Double.infinity
        func enumerate(_ index: Int, _ chosen: [Assignment]) {
            guard index < cells.count else {
                let report = checker.check(frozen + chosen)
                if report.isValid { best = min(best, report.objective.total) }
                return
            }
            let (day, person, posts) = cells[index]
            for post in posts {
                enumerate(index + 1, chosen + (post.map { [builder.assignment(person, day: day, post: $0)] } ?? []))
            }
        }
        enumerate(0, [])
        #expect(solved.solver.status == .optimal)
        #expect(abs(solved.document.objective.total - best) < 1e-6, "repair \(solved.document.objective.total), brute force \(best)")
        #expect(solved.document.objective[.changes] > 0)
    }

    @Test("a night on the day before --from forbids work on --from; check --from reports it")
    func nightBeforeFrom() throws {
        var builder = DatasetBuilder(month: "2025-03")
        builder.post("night", night: true)
        builder.post("day")
        builder.person("a", skills: ["night", "day"])
        builder.person("b", skills: ["night", "day"])
        builder.person("c", skills: ["night", "day"])
        builder.demandEveryDay("night", 1)
        builder.demandEveryDay("day", 1)
        let month = builder.month
        // A published roster in which a works the night of the 9th and the day of the 10th.
        var published = [builder.assignment("a", day: 9, post: "night"), builder.assignment("a", day: 10, post: "day")]
        published += [builder.assignment("b", day: 9, post: "day"), builder.assignment("b", day: 10, post: "night")]
        let from = builder.date(10)
        let solved = try RosterWorkflow.solve(builder.dataset, month: month, published: PublishedMonth(assignments: published, from: from),
                                              options: Self.options())
        #expect(!solved.document.assignments.contains { $0.staff == "a" && $0.date == from })
        #expect(solved.document.assignments.contains(builder.assignment("a", day: 9, post: "night")))
        let report = RosterChecker(dataset: builder.dataset, month: month, from: from).check(published)
        #expect(report.violations.map(\.rule) == [.restAfterNight])
        #expect(report.violations.first?.date == from)
    }

    @Test("pins after --from are kept; a frozen assignment that today's data forbid is kept with a warning")
    func pinsAndForbiddenFrozenDays() throws {
        let (original, month, roster) = try Self.published(seed: 7, people: 10)
        var dataset = original
        let from = month.firstDay.adding(days: 14)
        // New leave on a day already worked, before `from`: the day stays, with a warning.
        let frozen = try #require(roster.first { $0.date.day == 5 })
        dataset.leave.append(Leave(staff: frozen.staff, from: frozen.date, to: frozen.date))
        // A pin on day 20 that the rules allow after the frozen days, for someone not on it in the published roster.
        let day20 = month.firstDay.adding(days: 19)
        let published = PublishedMonth(assignments: roster, from: from)
        let checker = RosterChecker(dataset: dataset, month: month, from: from)
        let pin = try #require(dataset.staff.sorted { $0.id < $1.id }.lazy.flatMap { person in
            person.skills.map { Assignment(date: day20, post: $0, staff: person.id) }
        }.first { !roster.contains($0) && checker.check(published.frozen + [$0]).isValid })
        dataset.pins.append(pin)
        let warnings = FrozenDayCheck.warnings(dataset, month: month, published: published, file: "published.csv")
        #expect(warnings.contains { $0.field == HardRule.leave.rawValue && $0.message.text(.en).contains("kept as published") })
        let solved = try RosterWorkflow.solve(dataset, month: month, published: published, options: Self.options())
        #expect(solved.document.assignments.contains(frozen))
        #expect(solved.document.assignments.contains(pin))
        #expect(solved.report.isValid)
    }

    @Test("a demand increase from day 20 is covered from then on, the frozen days untouched")
    func demandIncrease() throws {
        let (original, month, roster) = try Self.published(seed: 11, people: 14)
        var dataset = original
        let post = try #require(dataset.posts.sorted { $0.priority > $1.priority }.first)
        for day in 20...month.dayCount {
            let date = month.firstDay.adding(days: day - 1)
            dataset.demandRules.insert(DemandRule(post: post.id, day: .date(date), count: original.demand.count(on: date, post: post.id) + 1), at: 0)
        }
        let from = month.firstDay.adding(days: 19)
        let solved = try RosterWorkflow.solve(dataset, month: month, published: PublishedMonth(assignments: roster, from: from), options: Self.options())
        #expect(solved.solver.status == .optimal)
        #expect(solved.document.assignments.filter { $0.date < from } == roster.filter { $0.date < from })
        let before = roster.filter { $0.date >= from && $0.post == post.id }.count
        let after = solved.document.assignments.filter { $0.date >= from && $0.post == post.id }.count
        #expect(after > before)
        #expect(solved.report.isValid)
    }
}
