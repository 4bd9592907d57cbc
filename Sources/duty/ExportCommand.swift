import ArgumentParser
import DutyStore

/// `duty export`: the office's store as a dataset folder.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the office's store back as a dataset folder (every file with the rows it holds).")

    @Option(help: ArgumentHelp("The store.", valueName: "file"))
    var db: String

    @Option(help: ArgumentHelp("The dataset folder to write.", valueName: "dir"))
    var out: String

    func run() throws {
        let written = try OfficeStore(path: db, creating: false).export(to: out)
        print("duty export \(db) → \(out): " + written.joined(separator: ", "))
    }
}
