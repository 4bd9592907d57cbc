import ArgumentParser
import DutyCore
import DutyIO
import DutyStore

/// `duty import`: a dataset folder into the office's store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a dataset folder into the office's SQLite store (made when missing): master data replaced, new records added; nothing changes on bad input.")

    @Option(help: ArgumentHelp("The dataset folder.", valueName: "dir"))
    var data: String

    @Option(help: ArgumentHelp("The store.", valueName: "file"))
    var db: String

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let store = try OfficeStore(path: db)
        let (warnings, added) = try store.importDataset(.folder(data))
        Terminal.warnings(warnings)
        let counts = DatasetCheck.csvFiles.compactMap { file in added[file].map { "\(file) \($0)" } }
        print("duty import \(data) → \(db): rows added " + counts.joined(separator: ", "))
    }
}

extension ImportCommand: OfficeCommand {
    var languageSource: DatasetFiles? { .folder(data) }
}
