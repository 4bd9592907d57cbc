import DutyCheck
import DutyCore
import DutyRoster
import DutyTesting
import Testing

/// A solve stopped by its time limit still returns a valid roster with its status, bound and gap.
@Suite struct TimeLimitTests {
    @Test("a month too large to prove in half a second returns a checked roster with status time_limit")
    func stoppedByTimeLimit() throws {
        let (dataset, month) = SeededDatasets.make(seed: 4242, people: 120)
        let result = try RosterSolver.solve(dataset: dataset, month: month, options: .init(timeLimit: 0.5, relativeGap: 0))
        let report = RosterChecker(dataset: dataset, month: month).check(result.assignments)
        #expect(report.isValid)
        #expect(abs(report.objective.total - result.objective.total) < 1e-6)
        #expect(result.bound <= result.objective.total + 1e-9)
        #expect(result.status == .timeLimit, "status \(result.status), gap \(result.gap)")
        #expect(result.gap > 0)
        #expect(result.seconds < 5)
    }
}
