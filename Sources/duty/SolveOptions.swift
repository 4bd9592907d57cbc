import ArgumentParser

/// `--out DIR --time-limit S --gap G`, shared by the commands that solve a month (`roster`, `replan`).
struct SolveOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output folder (default out/YYYY-MM).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Time limit of the whole command (default: rules.yaml's time_limit).", valueName: "seconds"))
    var timeLimit: Double?

    @Option(help: "Relative MIP gap at which to stop (default: rules.yaml's mip_gap).")
    var gap: Double?

    func validate() throws {
        try TimeLimitOption.validate(timeLimit)
        if let gap, !(gap >= 0 && gap <= 1) { throw ValidationError("--gap must be between 0 and 1") }
    }
}
