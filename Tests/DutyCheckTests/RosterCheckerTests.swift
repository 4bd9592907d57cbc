import DutyCore
import DutyTesting
import Testing
@testable import DutyCheck

/// The independent checker alone, derived from the catalogues: it names each hard rule in a
/// roster that breaks it, and computes each objective term as zero where nothing deserves a
/// penalty and as the hand-worked value where something does.
@Suite struct RosterCheckerTests {
    @Test("the checker names each hard rule in a roster that breaks it", arguments: HardRule.allCases)
    func namesBrokenRule(rule: HardRule) {
        let scenario = RuleScenario.make(rule)
        let report = RosterChecker(dataset: scenario.builder.dataset, month: scenario.builder.month).check(scenario.broken)
        #expect(report.violations.contains { $0.rule == rule }, "found \(report.violations)")
        #expect(!report.isValid)
    }

    @Test("each term is zero on a roster that deserves no penalty", arguments: ObjectiveTerm.allCases)
    func zeroCase(term: ObjectiveTerm) {
        var b = DatasetBuilder(month: "2025-03")
        b.post("p"); b.person("a", skills: ["p"], maxShifts: 31, minShifts: 2)
        b.demand("p", .weekdays, 1); b.demand("p", .weekend, 1)
        b.request("a", day: 4, .on)
        let roster = (1...31).map { b.assignment("a", day: $0, post: "p") }
        b.dataset.rules.maxConsecutiveDays = 31
        let report = RosterChecker(dataset: b.dataset, month: b.month).check(roster)
        #expect(report.objective[term] == 0)
        #expect(report.isValid)
    }

    @Test("each term has its hand-worked value on a roster it penalises", arguments: ObjectiveTerm.allCases)
    func penalisedCase(term: ObjectiveTerm) {
        let penalised = PenalisedTermCase.make(term)
        let report = RosterChecker(dataset: penalised.builder.dataset, month: penalised.builder.month, baseline: penalised.baseline)
            .check(penalised.roster)
        #expect(abs(report.objective[term] - penalised.expected) < 1e-12, "\(term.rawValue): \(penalised.reason)")
        #expect(report.objective.total >= penalised.expected)
    }

    @Test("shortfall lists the uncovered date and post")
    func shortfallList() {
        let penalised = PenalisedTermCase.make(.shortfall)
        let b = penalised.builder
        let report = RosterChecker(dataset: b.dataset, month: b.month).check(penalised.roster)
        #expect(report.shortfalls == [Shortfall(date: b.date(5), post: "n", missing: 1)])
    }
}
