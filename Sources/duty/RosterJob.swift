import DutyCore
import DutyIO
import DutyWorkflow
import Foundation
import Logging

/// The main job shared by `duty roster`, `duty demo` and `duty replan`: read, solve and check
/// through the workflow library, write all outputs at once, print a summary.
struct RosterJob {
    /// A published roster to repair from a date on (`duty replan`).
    struct Repair {
        let rosterFile: String
        let from: LocalDate
    }
    /// The dataset's files: a folder, or the office's store.
    let files: DatasetFiles
    let month: Month
    let outDirectory: String
    var timeLimit: Double?
    var gap: Double?
    var repair: Repair?
    /// `--lang`, if given; otherwise rules.yaml's language.
    var language: Language?

    /// Runs the job and returns what it wrote.
    @discardableResult
    func run() throws -> SolvedRoster {
        let started = ContinuousClock.now
        let dataset = try DatasetReader.read(files, month: month)
        let words = Phrases.of(language ?? dataset.rules.language)
        let published = try repair.map { repair throws(InputError) in try readPublished(repair, dataset: dataset) }
        // Found before any solve: an output folder that cannot be written.
        try AtomicOutput.requireWritable(outDirectory)
        var warnings = dataset.warnings + MonthPlausibility.warnings(dataset, month: month)
        if let repair, let published {
            warnings += published.warnings + FrozenDayCheck.warnings(dataset, month: month, published: published.month, file: repair.rosterFile)
        }
        Terminal.warnings(warnings)
        // The limit is the budget of the whole command: reading above, solving, checking and writing.
        let options = RosterWorkflow.Options(
            budget: TimeBudget(seconds: timeLimit ?? dataset.rules.timeLimit, from: started),
            relativeGap: gap ?? dataset.rules.mipGap,
            progress: { progress in
                // For a program watching the solve (the office's server runs solves as child processes).
                if Terminal.reportsJSONProgress {
                    let fields = ["elapsed": progress.elapsed, "incumbent": progress.incumbent, "bound": progress.bound, "gap": progress.gap]
                    let line = fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value.map { String($0) } ?? "null")" }.joined(separator: ",")
                    Terminal.progress("{\(line)}\n")
                    return
                }
                guard progress.elapsed >= 1, Terminal.isInteractive || progress.newIncumbent else { return }
                let line = words.progress(progress.elapsed, progress.incumbent, progress.gap)
                Terminal.progress(Terminal.isInteractive ? "\r\(line)   " : "\(line)\n")
            })
        let solved = try RosterWorkflow.solve(dataset, month: month, published: published?.month, options: options, logger: Logger(label: "duty.roster"))
        if Terminal.isInteractive, ContinuousClock.now - started >= .seconds(1) { Terminal.progress("\n") }
        let files = try solved.document.files(in: words.language)
        try AtomicOutput.write(files, to: outDirectory)
        print(summary(of: solved, files: files.map(\.name), warnings: warnings.count, words))
        return solved
    }

    /// The published roster of a repair, every row checked against the dataset, and `--from` in the month.
    private func readPublished(_ repair: Repair, dataset: Dataset) throws(InputError) -> (month: PublishedMonth, warnings: [InputWarning]) {
        guard month.contains(repair.from) else {
            throw InputError([InputIssue(file: "--from", line: 0, message: .dateNotInMonth(repair.from, month))])
        }
        let (assignments, warnings) = try RosterCSVReader.read(repair.rosterFile, for: dataset, month: month)
        return (PublishedMonth(assignments: assignments, from: repair.from), warnings)
    }

    private func summary(of solved: SolvedRoster, files: [String], warnings: Int, _ words: Phrases) -> String {
        let document = solved.document, objective = document.objective, solver = solved.solver, coverage = solved.coverage
        let uncovered = coverage.missingByArea.filter { $0.missing > 0 }.map { (area: $0.area, missing: $0.missing) }
        let changes = document.repair.map { words.changesSummary($0.from, $0.changes.count, Set($0.changes.map(\.staff)).count) }
        return [
            words.solved(repair == nil ? "roster" : "replan", month, words.outcome(solver.status, solver.seconds, solver.gap), solver.seconds),
            words.objectiveLine(objective.total, objective.reported.map { (words.term($0), objective[$0]) }),
            words.coverage(coverage.covered, coverage.demanded),
            words.uncoveredByArea(uncovered),
            changes,
            warnings == 0 ? nil : words.warningsAbove(warnings),
            words.wrote(outDirectory, files),
        ].compactMap { $0 }.joined(separator: "\n")
    }
}
