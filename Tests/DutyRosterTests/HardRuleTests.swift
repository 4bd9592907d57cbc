import DutyCheck
import DutyCore
import DutyRoster
import DutyTesting
import Testing

/// One test per hard rule, derived from the catalogue: the rule binds on a small instance and
/// the solved roster obeys it (the checker's side is in DutyCheckTests).
@Suite struct HardRuleTests {
    @Test("the solver obeys each hard rule where it binds", arguments: HardRule.allCases)
    func solverObeys(rule: HardRule) throws {
        let scenario = RuleScenario.make(rule)
        let result = try RosterSolver.solve(dataset: scenario.builder.dataset, month: scenario.builder.month, options: .init(timeLimit: 20, relativeGap: 0))
        #expect(result.status == .optimal)
        let compact = result.assignments.map { "\($0.date.day):\($0.staff):\($0.post)" }
        #expect(scenario.binds(result.assignments), "roster: \(compact)")
        let report = RosterChecker(dataset: scenario.builder.dataset, month: scenario.builder.month).check(result.assignments)
        #expect(report.violations.isEmpty, "\(report.violations)")
    }

    @Test("rest after a night in history keeps the first day free")
    func restAcrossBoundary() throws {
        var b = DatasetBuilder(month: "2025-03")
        b.post("n", night: true); b.person("a", skills: ["n"]); b.demandEveryDay("n", 1)
        b.history("a", daysBefore: 1, post: "n")
        let result = try RosterSolver.solve(dataset: b.dataset, month: b.month, options: .init(timeLimit: 20, relativeGap: 0))
        #expect(!result.assignments.contains { $0.date.day == 1 })
        #expect(result.assignments.count == 15)
        let broken = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("a", day: 1, post: "n")])
        #expect(broken.violations.map(\.rule) == [.restAfterNight])
    }

    @Test("consecutive days count the history before the month")
    func consecutiveAcrossBoundary() throws {
        var b = DatasetBuilder(month: "2025-03")
        b.post("p"); b.person("a", skills: ["p"]); b.demandEveryDay("p", 1)
        b.dataset.rules.maxConsecutiveDays = 3
        for back in 1...3 { b.history("a", daysBefore: back, post: "p") }
        let result = try RosterSolver.solve(dataset: b.dataset, month: b.month, options: .init(timeLimit: 20, relativeGap: 0))
        #expect(!result.assignments.contains { $0.date.day == 1 })
        let broken = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("a", day: 1, post: "p")])
        #expect(broken.violations.map(\.rule) == [.maxConsecutiveDays])
        let fine = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("a", day: 2, post: "p")])
        #expect(fine.isValid)
    }

    @Test("a pin on a leave day cannot be honoured and says which pin")
    func pinOnLeave() throws {
        var b = DatasetBuilder(month: "2025-03")
        b.post("p"); b.person("a", skills: ["p"]); b.demandEveryDay("p", 1)
        b.leave("a", from: 3, to: 4)
        b.pin("a", day: 3, post: "p")
        #expect(throws: PinConflict.self) {
            try RosterSolver.solve(dataset: b.dataset, month: b.month, options: .init(timeLimit: 5, relativeGap: 0))
        }
        let pinsOnly = RosterChecker(dataset: b.dataset, month: b.month).check(b.dataset.pins)
        #expect(pinsOnly.violations.map(\.rule) == [.leave])
    }
}
