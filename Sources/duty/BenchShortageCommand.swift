import ArgumentParser
import DutyBench
import DutyCore
import DutyIO
import Foundation

/// `duty bench shortage`: coverage and shortfall as staff are removed, GLPK against the greedy baseline.
struct BenchShortageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortage",
        abstract: "Remove a growing share of the staff (seeded, nested), re-solve, and report what goes uncovered.")

    @OptionGroup var dataset: DatasetOptions

    @Option(help: "Shortage levels in percent of the staff, comma-separated.")
    var levels: String = "0,10,20,30,40"

    @Option(help: "Random draws of who is removed, per level.")
    var seeds: Int = 3

    @Option(help: ArgumentHelp("Output folder (default out/YYYY-MM/shortage).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Time limit of each solve.", valueName: "seconds"))
    var timeLimit: Double = 5

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard parsedLevels != nil else { throw ValidationError("--levels must be whole percentages from 0 to 100 separated by commas, such as 0,10,20") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
        try TimeLimitOption.validate(timeLimit)
    }

    private var parsedLevels: [Int]? {
        let values = levels.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && (0...100).contains($0!) }) else { return nil }
        return Array(Set(values.map { $0! })).sorted()
    }

    func run() throws {
        let data = try DatasetReader.read(dataset.files(), month: dataset.month)
        Terminal.warnings(data.warnings)
        let folder = out ?? "out/\(dataset.month)/shortage"
        try AtomicOutput.requireWritable(folder)
        var sweep = ShortageSweep(dataset: data, month: dataset.month)
        sweep.levels = parsedLevels!
        sweep.seeds = seeds
        sweep.timeLimit = timeLimit
        let rows = try sweep.run { done, total in Terminal.progress(Self.bar(done, total)) }
        Terminal.progress("\n")
        let report = ShortageReport(rows: rows, month: dataset.month, language: lang.resolved(data.rules))
        let files = report.files()
        try AtomicOutput.write(files, to: folder)
        print(report.markdown())
        print(Phrases.of(report.language).wrote(folder, files.map(\.name)))
    }

    /// `[########............]  8/15` — redrawn in place on a terminal, one line per step otherwise.
    static func bar(_ done: Int, _ total: Int) -> String {
        let width = 30, filled = total == 0 ? width : width * done / total
        let text = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total) solves"
        return Terminal.isInteractive ? "\r\(text)" : "\(text)\n"
    }
}


extension BenchShortageCommand: OfficeCommand {
    var languageSource: DatasetFiles? { try? dataset.files() }
}
