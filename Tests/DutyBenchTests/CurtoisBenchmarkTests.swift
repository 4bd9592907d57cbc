@testable import DutyBench
import DutyCheck
import DutyCore
import DutyCurtois
import DutyIO
import Foundation
import Testing

/// The two shipped benchmark instances solved to their published optima.
@Suite(.serialized) struct CurtoisBenchmarkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/curtois").standardizedFileURL.path

    @Test("Instance1 and Instance3 reach their optima (607 and 1001) with valid rosters",
          arguments: [("Instance1", 607), ("Instance3", 1001)])
    func optimum(_ name: String, _ optimum: Int) throws {
        let problem = try CurtoisReader.read(path: "\(Self.root)/\(name).txt")
        var run = CurtoisRun()
        run.timeLimit = 120
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("curtois-\(UUID().uuidString)").path
        let row = try run.run(problem, writingInto: out)
        #expect(row.violations.isEmpty)
        #expect(row.objective == optimum)
        #expect(row.bestKnown == optimum)
        #expect(row.status == .optimal)
        #expect(row.gap == 0)
        let bound = try #require(row.bound)
        #expect(bound <= Double(optimum))
        let roster = try ShiftRosterCSV.read("\(out)/\(name).roster.csv")
        #expect(ShiftRosterChecker.check(roster, against: problem).objective.total == optimum)
    }

    @Test("curtois.csv has the required columns and one row per instance")
    func report() {
        let row = CurtoisRow(instance: "Instance9", staff: 36, days: 28, shiftTypes: 4, objective: 450, status: .timeLimit, seconds: 60.25,
                             gap: 0.1, bound: 405, bestKnown: 439, violations: [])
        let missing = CurtoisRow(instance: "Instance24", staff: 150, days: 364, shiftTypes: 32, objective: nil, status: .noSolution, seconds: 60,
                                 gap: nil, bound: nil, bestKnown: nil, violations: [])
        let report = CurtoisReport(rows: [row, missing], timeLimit: 60)
        #expect(report.csv() == """
            instance,staff,days,shift_types,objective,status,seconds,gap,bound,best_known,ratio_to_best_known
            Instance9,36,28,4,450,time_limit,60.2500,0.1000,405,439,1.0251
            Instance24,150,364,32,,no_solution,60,,,,

            """)
        #expect(report.markdown().contains("| Instance9 | 36 | 28 | 4 | 450 | 439 | 1.025 | time_limit | 10.0 % | 405 | 60.2 |"))
    }
}
