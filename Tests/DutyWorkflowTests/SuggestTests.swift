import DutyCheck
import DutyCore
import DutyTesting
import Testing
@testable import DutyWorkflow

/// Who can take a place: the candidates are exactly those the checker accepts, ranked by objective.
@Suite struct SuggestTests {
    static func solved(seed: UInt64, people: Int) throws -> (Dataset, Month, [Assignment]) {
        let (dataset, month) = SeededDatasets.make(seed: seed, people: people)
        let roster = try RosterWorkflow.solve(dataset, month: month, options: .init(budget: TimeBudget(seconds: 20), relativeGap: 0)).document.assignments
        return (dataset, month, roster)
    }

    @Test("on a full post everyone is excluded by no-overstaffing")
    func fullPost() throws {
        var builder = DatasetBuilder(month: "2025-03")
        builder.post("gate")
        for id in ["a", "b", "c"] { builder.person(id, skills: ["gate"]) }
        builder.demandEveryDay("gate", 1)
        let roster = [builder.assignment("a", day: 3, post: "gate")]
        let suggestion = try SuggestWorkflow.suggest(builder.dataset, month: builder.month, roster: roster, date: builder.date(3), place: .post("gate"))
        #expect(suggestion.candidates.isEmpty)
        #expect(suggestion.excluded.map(\.staff.id) == ["a", "b", "c"])
        #expect(suggestion.excluded.allSatisfy { $0.rules.contains(.noOverstaffing) })
        #expect(suggestion.excluded[0].rules.contains(.oneShiftPerDay))
    }

    @Test("someone already working that day is excluded by one-shift-per-day; the replaced person is not listed")
    func alreadyWorking() throws {
        var builder = DatasetBuilder(month: "2025-03")
        builder.post("gate")
        builder.post("yard", area: "grounds")
        builder.person("a", skills: ["gate", "yard"])
        builder.person("b", skills: ["gate", "yard"])
        builder.person("c", skills: ["yard"])
        builder.demandEveryDay("gate", 1)
        builder.demandEveryDay("yard", 1)
        let roster = [builder.assignment("a", day: 3, post: "gate"), builder.assignment("b", day: 3, post: "yard")]
        let suggestion = try SuggestWorkflow.suggest(builder.dataset, month: builder.month, roster: roster, date: builder.date(3), place: .replace("a"))
        #expect(suggestion.post.id == "gate")
        #expect(suggestion.replaced?.id == "a")
        #expect(suggestion.candidates.isEmpty)
        #expect(suggestion.excluded.map(\.staff.id) == ["b", "c"])
        #expect(suggestion.excluded[0].rules == [.oneShiftPerDay])
        #expect(suggestion.excluded[1].rules == [.skill])
    }

    @Test("bad places are refused with the option they concern")
    func badPlaces() throws {
        var builder = DatasetBuilder(month: "2025-03")
        builder.post("gate")
        builder.person("a", skills: ["gate"])
        let roster = [builder.assignment("a", day: 3, post: "gate")]
        let cases: [(LocalDate, SuggestWorkflow.Place, String)] = [
            (LocalDate(iso: "2025-04-01")!, .post("gate"), "date"), (builder.date(3), .post("nope"), "post"),
            (builder.date(3), .replace("zz"), "replace"), (builder.date(4), .replace("a"), "replace"),
        ]
        for (date, place, field) in cases {
            #expect { try SuggestWorkflow.suggest(builder.dataset, month: builder.month, roster: roster, date: date, place: place) } throws: {
                ($0 as? SuggestFailure)?.field == field
            }
        }
    }

    @Test("on random months the candidates are exactly the people the checker accepts, ranked by its objective", arguments: [1, 2, 3, 4] as [UInt64])
    func randomMonths(seed: UInt64) throws {
        let (dataset, month, roster) = try Self.solved(seed: seed, people: 9)
        let checker = RosterChecker(dataset: dataset, month: month)
        var random = SplitMix64(seed: seed)
        for _ in 0..<4 {
            let date = month.firstDay.adding(days: Int.random(in: 0..<month.dayCount, using: &random))
            let working = roster.filter { $0.date == date }
            let place: SuggestWorkflow.Place = working.isEmpty || Bool.random(using: &random)
                ? .post(dataset.posts.randomElement(using: &random)!.id) : .replace(working.randomElement(using: &random)!.staff)
            let suggestion = try SuggestWorkflow.suggest(dataset, month: month, roster: roster, date: date, place: place)
            var base = roster
            if case .replace(let id) = place { base.removeAll { $0.staff == id && $0.date == date } }
            for person in dataset.staff where person.id != suggestion.replaced?.id {
                let report = checker.check(base + [Assignment(date: date, post: suggestion.post.id, staff: person.id)])
                let candidate = suggestion.candidates.first { $0.staff.id == person.id }
                let exclusion = suggestion.excluded.first { $0.staff.id == person.id }
                #expect((candidate != nil) == report.isValid, "\(person.id) on \(date)")
                #expect((exclusion != nil) != report.isValid)
                if let candidate { #expect(candidate.objective.total == report.objective.total) }
                if let exclusion { #expect(Set(exclusion.rules) == Set(report.violations.map(\.rule))) }
            }
            let totals = suggestion.candidates.map(\.objective.total)
            #expect(totals == totals.sorted())
            #expect(suggestion.candidates.count + suggestion.excluded.count == dataset.staff.count - (suggestion.replaced == nil ? 0 : 1))
        }
    }
}
