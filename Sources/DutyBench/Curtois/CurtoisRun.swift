import DutyCheck
import DutyColumnGeneration
import DutyCore
import DutyCurtois
import DutyIO
import DutyRoster
import DutyShiftRostering
import Foundation
import GLPK
import Logging

/// One solved benchmark instance, as a row of curtois.csv.
public struct CurtoisRow: Sendable {
    public let instance: String
    public let staff: Int
    public let days: Int
    public let shiftTypes: Int
    /// The benchmark objective recomputed by the validator from the written roster; nil without a roster.
    public let objective: Int?
    public let status: CurtoisStatus
    public let seconds: Double
    public let gap: Double?
    public let bound: Double?
    public let bestKnown: Int?
    /// The validator's findings on the written roster (empty when valid).
    public let violations: [ShiftViolation]

    /// The objective over the best known value (1 is as good as the best known).
    public var ratioToBestKnown: Double? {
        guard let objective, let bestKnown, bestKnown > 0 else { return nil }
        return Double(objective) / Double(bestKnown)
    }
}

/// `duty bench curtois`: solves instances, writes each roster, reads it back and has the
/// independent validator score it, so every reported objective is the written roster's.
public struct CurtoisRun {
    public var timeLimit: Double = 60
    /// Seed of the solver's random choices (annealing, neighbourhood parts).
    public var seed: UInt64 = 1
    public var logger: Logger?
    /// A folder for each instance's assignment model as free MPS, `<name>.mps`, written before
    /// its solve (and outside its time): the model GLPK is given, for other solvers to run on.
    public var modelFolder: String?
    public init() {}

    /// Solves `instance`, writes `<name>.roster.csv` into `folder` and returns its row.
    public func run(_ instance: ShiftProblem, writingInto folder: String) throws -> CurtoisRow {
        let bestKnown = CurtoisBestKnown.values[instance.name]
        func row(_ status: CurtoisStatus, objective: Int? = nil, seconds: Double, gap: Double? = nil, bound: Double? = nil,
                 violations: [ShiftViolation] = []) -> CurtoisRow {
            CurtoisRow(instance: instance.name, staff: instance.workers.count, days: instance.days, shiftTypes: instance.shiftTypes.count,
                       objective: objective, status: status, seconds: seconds, gap: gap, bound: bound, bestKnown: bestKnown, violations: violations)
        }
        if let modelFolder {
            // GLPK writes to a scratch file; the atomic writer then makes the folder and the file.
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("duty-\(UUID().uuidString).mps")
            defer { try? FileManager.default.removeItem(at: scratch) }
            try ShiftModel(instance).problem.write(to: scratch.path, format: .freeMPS)
            try AtomicOutput.write([OutputFile("\(instance.name).mps", data: Data(contentsOf: scratch))], to: modelFolder)
        }
        let clock = ContinuousClock(), began = clock.now
        let result: ShiftSolveResult
        do {
            result = try ShiftSolver.solve(instance, options: ShiftSolveOptions(timeLimit: timeLimit, seed: seed), logger: logger)
        } catch let failure as ShiftInfeasible {
            let seconds = (clock.now - began).inSeconds
            return row(failure.proven ? .infeasible : .noSolution, seconds: seconds)
        }
        let path = URL(fileURLWithPath: folder).appendingPathComponent("\(instance.name).roster.csv").path
        try AtomicOutput.write([OutputFile("\(instance.name).roster.csv", text: ShiftRosterCSV.text(result.roster))], to: folder)
        let written = try ShiftRosterCSV.read(path)
        let report = ShiftRosterChecker.check(written, against: instance)
        return row(report.isValid ? CurtoisStatus(result.status) : .invalid, objective: report.objective.total, seconds: result.seconds,
                   gap: result.gap, bound: result.bound, violations: report.violations)
    }
}
