import DutyCheck
import DutyCore
import DutyIO
import DutyRoster
import Foundation
import Testing

/// A solve stopped by its time limit still returns a valid roster with its status, bound and gap.
@Suite struct TimeLimitTests {
    /// `benchmarks/generate.py 60 2 OUT 2025-11`: the hardest generated 60-person month (proven
    /// after about 15 s, benchmarks/README.md), so a one-second solve always stops at its limit.
    static let hardMonth = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/generated-60-seed2").path

    @Test("a month too hard to prove in a second returns a checked roster with status time_limit and an honest gap")
    func stoppedByTimeLimit() throws {
        let month = try #require(Month("2025-11"))
        let dataset = try DatasetReader.read(directory: Self.hardMonth, month: month)
        let result = try RosterSolver.solve(dataset: dataset, month: month, options: .init(timeLimit: 1, relativeGap: 0))
        let report = RosterChecker(dataset: dataset, month: month).check(result.assignments)
        #expect(report.isValid)
        #expect(abs(report.objective.total - result.objective.total) < 1e-6)
        #expect(result.bound <= result.objective.total + 1e-9)
        #expect(result.status == .timeLimit, "status \(result.status), gap \(result.gap)")
        #expect(result.gap > 0)
        #expect(result.seconds < 5)
    }
}
