import ArgumentParser
import DutyCore
import DutyIO
import DutyWorkflow

/// `duty export-model`: write the exact MIP that `duty roster` solves.
struct ExportModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-model",
        abstract: "Write the month's MIP, exactly as `duty roster` solves it, as CPLEX LP or free MPS.")

    @OptionGroup var dataset: DatasetOptions

    @Option(help: "lp or mps.")
    var format: ModelExport.Format

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out: String

    func run() throws {
        let data = try DatasetReader.read(dataset.files(), month: dataset.month)
        Terminal.warnings(data.warnings)
        let size = try ModelExport.write(data, month: dataset.month, format: format, to: out)
        print("wrote \(out): \(size.columns) columns, \(size.rows) rows, \(size.nonzeros) nonzeros")
    }
}

extension ModelExport.Format: ExpressibleByArgument {}
