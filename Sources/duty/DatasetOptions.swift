import ArgumentParser
import DutyCore

/// `--data DIR --month YYYY-MM`, shared by every command that reads a dataset.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: "The dataset folder (posts.csv, staff.csv, demand.csv, …).")
    var data: String

    @Option(name: .long, help: "The month, as YYYY-MM.")
    var month: Month
}

extension Month: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
