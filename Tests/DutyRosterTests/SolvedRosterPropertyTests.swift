import DutyCheck
import DutyCore
import DutyRoster
import DutyTesting
import Testing

/// Properties over many small random months: every solved roster passes the
/// independent checker and its reported objective is the checker's.
@Suite struct SolvedRosterPropertyTests {
    @Test("solved rosters have no hard violation and their objective recomputes", arguments: 0..<40)
    func solvedRosterConforms(seed: Int) throws {
        let (dataset, month) = SeededDatasets.make(seed: UInt64(seed), people: 3 + seed % 6)
        let result = try RosterSolver.solve(dataset: dataset, month: month, options: .init(timeLimit: 20, relativeGap: 0))
        let report = RosterChecker(dataset: dataset, month: month).check(result.assignments)
        #expect(report.violations.isEmpty, "seed \(seed): \(report.violations)")
        for term in ObjectiveTerm.allCases {
            #expect(abs(report.objective[term] - result.objective[term]) < 1e-6, "seed \(seed): \(term) \(result.objective[term]) vs \(report.objective[term])")
        }
        #expect(result.bound <= result.objective.total + 1e-6, "seed \(seed)")
    }

    @Test("the greedy roster passes the checker", arguments: 0..<40)
    func greedyConforms(seed: Int) {
        let (dataset, month) = SeededDatasets.make(seed: UInt64(seed) + 1000, people: 4 + seed % 8)
        let roster = GreedyRoster(dataset: dataset, month: month).build()
        let report = RosterChecker(dataset: dataset, month: month).check(roster)
        #expect(report.violations.isEmpty, "seed \(seed + 1000): \(report.violations)")
    }

    @Test("two solves of the same month give the same roster and objective")
    func deterministic() throws {
        let (dataset, month) = SeededDatasets.make(seed: 99, people: 8)
        let first = try RosterSolver.solve(dataset: dataset, month: month, options: .init(timeLimit: 20, relativeGap: 0))
        let second = try RosterSolver.solve(dataset: dataset, month: month, options: .init(timeLimit: 20, relativeGap: 0))
        #expect(first.assignments == second.assignments)
        #expect(first.objective == second.objective)
    }
}
