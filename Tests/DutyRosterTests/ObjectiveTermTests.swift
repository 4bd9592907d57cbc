import DutyCheck
import DutyCore
import DutyRoster
import DutyTesting
import Testing

/// The solver's side of the objective terms (the checker's zero and penalised cases are in
/// DutyCheckTests): an understaffed month leaves the cheapest demand uncovered.
@Suite struct ObjectiveTermTests {
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
