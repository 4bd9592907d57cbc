import ArgumentParser
import DutyCore
import DutyIO
import DutyRoster
import Foundation
import GLPK

/// `duty export-model`: write the exact MIP that `duty roster` solves.
struct ExportModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-model",
        abstract: "Write the month's MIP, exactly as `duty roster` solves it, as CPLEX LP or free MPS.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case lp, mps }

    @OptionGroup var dataset: DatasetOptions

    @Option(help: "lp or mps.")
    var format: Format

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out: String

    func run() throws {
        let data = try DatasetReader.read(directory: dataset.data, month: dataset.month)
        Terminal.warnings(data.warnings)
        try PinCheck(dataset: data, month: dataset.month).requireConsistent()
        let model: RosterModel
        do { model = try RosterModel(dataset: data, month: dataset.month) } catch let conflict as PinConflict {
            throw RuleFailure(description: "infeasible: \(conflict)")
        }
        try AtomicOutput.writeFile(at: out) { staging in
            try model.problem.write(to: staging, format: format == .lp ? .cplexLP : .freeMPS)
        }
        let size = model.size
        print("wrote \(out): \(size.columns) columns, \(size.rows) rows, \(size.nonzeros) nonzeros")
    }
}
