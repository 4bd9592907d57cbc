import DutyCore
import DutyIO
import DutyRoster
import GLPK

/// `duty export-model`: the exact MIP that the roster solve hands to GLPK, in a file format
/// other solvers read.
public enum ModelExport {
    public enum Format: String, CaseIterable, Sendable {
        /// CPLEX LP.
        case lp
        /// Free MPS.
        case mps
    }

    /// Builds the model of `month` and writes it to `path` whole or not at all.
    /// - Returns: the model's size.
    /// - Throws: ``RosterFailure`` for contradictory pins; `InputError` when `path` cannot be written.
    public static func write(_ dataset: Dataset, month: Month, format: Format, to path: String) throws -> ModelSize {
        try PinCheck.requireConsistent(dataset, month: month)
        let model: RosterModel
        do { model = try RosterModel(dataset: dataset, month: month) } catch let conflict as PinConflict {
            throw RosterFailure.infeasible("\(conflict)")
        }
        try AtomicOutput.writeFile(at: path) { staging in
            try model.problem.write(to: staging, format: format == .lp ? .cplexLP : .freeMPS)
        }
        return model.size
    }
}
