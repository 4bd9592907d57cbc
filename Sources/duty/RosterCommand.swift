import ArgumentParser
import DutyCore
import DutyIO

/// `duty roster`: solve a month's roster and write its outputs.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Solve the month's duty roster with GLPK and write roster.csv, .json, .md and .html.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var solve: SolveOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        try RosterJob(files: dataset.files(), month: dataset.month, outDirectory: solve.out ?? "out/\(dataset.month)",
                      timeLimit: solve.timeLimit, gap: solve.gap, language: lang.language).run()
    }
}

extension RosterCommand: OfficeCommand {
    var languageSource: DatasetFiles? { try? dataset.files() }
}
