import ArgumentParser
import DutyCore

/// `duty roster`: solve a month's roster and write its outputs.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Solve the month's duty roster with GLPK and write roster.csv, .json, .md and .html.")

    @OptionGroup var dataset: DatasetOptions

    @Option(help: ArgumentHelp("Output folder (default out/YYYY-MM).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Solver time limit (default: rules.yaml's time_limit).", valueName: "seconds"))
    var timeLimit: Double?

    @Option(help: "Relative MIP gap at which to stop (default: rules.yaml's mip_gap).")
    var gap: Double?

    func validate() throws {
        try TimeLimitOption.validate(timeLimit)
        if let gap, !(gap >= 0 && gap <= 1) { throw ValidationError("--gap must be between 0 and 1") }
    }

    func run() throws {
        try RosterJob(dataDirectory: dataset.data, month: dataset.month, outDirectory: out ?? "out/\(dataset.month)",
                      timeLimit: timeLimit, gap: gap).run()
    }
}
