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
    let dataDirectory: String
    let month: Month
    let outDirectory: String
    var timeLimit: Double?
    var gap: Double?
    var repair: Repair?

    /// Runs the job and returns what it wrote.
    @discardableResult
    func run() throws -> SolvedRoster {
        let started = ContinuousClock.now
        let dataset = try DatasetReader.read(directory: dataDirectory, month: month)
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
                guard progress.elapsed >= 1, Terminal.isInteractive || progress.newIncumbent else { return }
                let incumbent = progress.incumbent.map { String(format: "%.4g", $0) } ?? "—"
                let bound = progress.bound.map { String(format: "%.4g", $0) } ?? "—"
                let gap = progress.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "—"
                let line = String(format: "solving: %.1f s  best %@  bound %@  gap %@", progress.elapsed, incumbent, bound, gap)
                Terminal.progress(Terminal.isInteractive ? "\r\(line)   " : "\(line)\n")
            })
        let solved = try RosterWorkflow.solve(dataset, month: month, published: published?.month, options: options, logger: Logger(label: "duty.roster"))
        if Terminal.isInteractive, ContinuousClock.now - started >= .seconds(1) { Terminal.progress("\n") }
        let files = try solved.document.files()
        try AtomicOutput.write(files, to: outDirectory)
        print(summary(of: solved, files: files.map(\.name), warnings: warnings.count))
        return solved
    }

    /// The published roster of a repair, every row checked against the dataset, and `--from` in the month.
    private func readPublished(_ repair: Repair, dataset: Dataset) throws(InputError) -> (month: PublishedMonth, warnings: [InputWarning]) {
        guard month.contains(repair.from) else {
            throw InputError([InputIssue(file: "--from", line: 0, message: "\(repair.from) is not in \(month); expected a date of the month being repaired")])
        }
        let (assignments, warnings) = try RosterCSVReader.read(repair.rosterFile, for: dataset, month: month)
        return (PublishedMonth(assignments: assignments, from: repair.from), warnings)
    }

    private func summary(of solved: SolvedRoster, files: [String], warnings: Int) -> String {
        let document = solved.document, objective = document.objective, solver = document.solver, coverage = solved.coverage
        let share = coverage.demanded == 0 ? 100 : 100 * Double(coverage.covered) / Double(coverage.demanded)
        let terms = objective.reported.map { "\($0.rawValue) \(TextFormat.number(objective[$0]))" }.joined(separator: " + ")
        let uncovered = coverage.missingByArea.filter { $0.missing > 0 }
        let changes = solved.document.repair.map { repair in
            let people = Set(repair.changes.map(\.staff)).count
            return "changes from \(repair.from): \(repair.changes.count) person-days of \(people) people (listed in changes.csv)"
        }
        return [
            "duty \(repair == nil ? "roster" : "replan") \(month): \(solver.status.rawValue) in \(String(format: "%.2f", solver.seconds)) s (gap \(String(format: "%.2f%%", solver.gap * 100)), bound \(TextFormat.number(solver.bound)); model \(solved.modelSize.columns) columns, \(solved.modelSize.rows) rows)",
            "objective \(TextFormat.number(objective.total)) = \(terms)",
            "coverage \(coverage.covered)/\(coverage.demanded) person-shifts (\(String(format: "%.1f", share))%)",
            uncovered.isEmpty ? "uncovered: none" : "uncovered by area: " + uncovered.map { "\($0.area) \($0.missing)" }.joined(separator: ", "),
            changes,
            warnings == 0 ? nil : "warnings: \(warnings), listed above",
            "wrote \(outDirectory)/" + files.joined(separator: ", "),
        ].compactMap { $0 }.joined(separator: "\n")
    }
}
