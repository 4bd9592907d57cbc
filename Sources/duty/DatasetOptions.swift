import ArgumentParser
import DutyCore

/// `--data DIR --month YYYY-MM`, shared by every command that reads a dataset.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dataset folder (posts.csv, staff.csv, demand.csv, …).", valueName: "dir"))
    var data: String

    @Option(name: .long, help: ArgumentHelp("The month.", valueName: "YYYY-MM"))
    var month: Month
}

extension Month: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
