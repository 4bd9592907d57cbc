import ArgumentParser
import DutyCore
import DutyIO

/// `duty replan`: repair a published month from a date on with as few changes as possible.
struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Repair a published roster from a date on (new leave, demand, pins): earlier days stay as published, as few changes as possible; writes the roster files and changes.csv.")

    @OptionGroup var dataset: DatasetOptions

    @Option(help: ArgumentHelp("The published roster (date,post,staff).", valueName: "published.csv"))
    var roster: String

    @Option(help: ArgumentHelp("The first date to re-plan; earlier days are kept as published.", valueName: "YYYY-MM-DD"))
    var from: LocalDate

    @OptionGroup var solve: SolveOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        try RosterJob(files: dataset.files(), month: dataset.month, outDirectory: solve.out ?? "out/\(dataset.month)",
                      timeLimit: solve.timeLimit, gap: solve.gap, repair: .init(rosterFile: roster, from: from), language: lang.language).run()
    }
}

extension ReplanCommand: OfficeCommand {
    var languageSource: DatasetFiles? { try? dataset.files() }
}
