import ArgumentParser
import DutyCore
import DutyIO
import DutyStore

/// Where a command's dataset comes from — a dataset folder (`--data DIR`) or the office's
/// store (`--db FILE`) — and its month.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dataset folder (posts.csv, staff.csv, demand.csv, …).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The office's store, in place of --data (made by duty import).", valueName: "file"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The month.", valueName: "YYYY-MM"))
    var month: Month

    func validate() throws {
        guard (data == nil) != (db == nil) else { throw ValidationError("give exactly one of --data DIR and --db FILE") }
    }

    /// The dataset's files for the month: the folder's, or the store's with the previous
    /// month's last published roster added to the history.
    func files() throws(InputError) -> DatasetFiles {
        guard let db else { return .folder(data!) }
        return try OfficeStore(path: db, creating: false).datasetFiles(for: month)
    }

    /// How the dataset is named in messages: `--data DIR` or `--db FILE`.
    var source: [String] { db.map { ["--db", $0] } ?? ["--data", data!] }
}

extension Month: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
