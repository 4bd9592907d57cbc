import DutyCheck
import DutyCore
import DutyRoster
import DutyTesting
import Testing

/// One zero case and one penalised case per objective term, recomputed by the checker on
/// hand-made rosters, and the solver's report agreeing with it.
@Suite struct ObjectiveTermTests {
    private func base() -> DatasetBuilder {
        var b = DatasetBuilder(month: "2025-03")
        b.post("p", priority: 30); b.post("n", night: true, priority: 50)
        b.person("a", skills: ["p", "n"], maxShifts: 10); b.person("b", skills: ["p", "n"], maxShifts: 20)
        b.demand("p", .date(b.date(3)), 1); b.demand("n", .date(b.date(5)), 1)
        return b
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

    @Test("shortfall is priority × missing people")
    func shortfall() {
        let b = base()
        let report = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("a", day: 3, post: "p")])
        #expect(report.objective[.shortfall] == 50)
        #expect(report.shortfalls == [Shortfall(date: b.date(5), post: "n", missing: 1)])
    }

    @Test("requests add the weight of every request not honoured")
    func requests() {
        var b = base()
        b.request("a", day: 3, post: "p", .on, weight: 7)
        b.request("b", day: 5, .off, weight: 3)
        b.request("b", day: 3, post: "n", .off, weight: 100)
        let report = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("b", day: 3, post: "p"), b.assignment("b", day: 5, post: "n")])
        #expect(report.objective[.requests] == 10)
    }

    @Test("fairness is weight × spread of shifts / cap, with cap reduced by leave")
    func fairness() {
        var b = base()
        b.leave("b", from: 1, to: 21)  // cap_b = min(20, 10) = 10, cap_a = 10
        let report = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("a", day: 3, post: "p"), b.assignment("a", day: 5, post: "n")])
        #expect(abs(report.objective[.fairness] - 50 * 0.2) < 1e-12)
    }

    @Test("night fairness counts only people who may work nights")
    func nightFairness() {
        var b = base()
        b.person("c", skills: ["p"])
        b.person("d", skills: ["n"], maxNights: 0)
        let report = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("a", day: 5, post: "n")])
        #expect(report.objective[.nightFairness] == 5)
    }

    @Test("min_shifts is weight × shifts below the minimum")
    func minShifts() {
        var b = base()
        b.person("c", skills: ["p"], minShifts: 3)
        let report = RosterChecker(dataset: b.dataset, month: b.month).check([b.assignment("c", day: 3, post: "p")])
        #expect(report.objective[.minShifts] == 40)
    }

    @Test("an understaffed month leaves the lowest-priority posts uncovered first")
    func understaffed() throws {
        var b = DatasetBuilder(month: "2025-03")
        b.post("gate", priority: 100); b.post("grounds", area: "grounds", priority: 10)
        b.person("a", skills: ["gate", "grounds"]); b.person("b", skills: ["gate", "grounds"], maxShifts: 10)
        b.demandEveryDay("gate", 1); b.demandEveryDay("grounds", 1)
        b.dataset.rules.maxConsecutiveDays = 31
        let result = try RosterSolver.solve(dataset: b.dataset, month: b.month, options: .init(timeLimit: 20, relativeGap: 0))
        #expect(result.status == .optimal)
        #expect(result.uncovered.allSatisfy { $0.post == "grounds" })
        #expect(result.uncovered.reduce(0) { $0 + $1.missing } == 21)
        #expect(result.objective[.shortfall] == 210)
    }
}
