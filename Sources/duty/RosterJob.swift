import DutyCore
import DutyIO
import DutyWorkflow
import Foundation
import Logging

/// The main job shared by `duty roster` and `duty demo`: read, solve and check through the
/// workflow library, write all outputs at once, print a summary.
struct RosterJob {
    let dataDirectory: String
    let month: Month
    let outDirectory: String
    var timeLimit: Double?
    var gap: Double?

    /// Runs the job and returns what it wrote.
    @discardableResult
    func run() throws -> SolvedRoster {
        let started = ContinuousClock.now
        let dataset = try DatasetReader.read(directory: dataDirectory, month: month)
        // Found before any solve: an output folder that cannot be written.
        try AtomicOutput.requireWritable(outDirectory)
        let warnings = dataset.warnings + MonthPlausibility.warnings(dataset, month: month)
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
        let solved = try RosterWorkflow.solve(dataset, month: month, options: options, logger: Logger(label: "duty.roster"))
        if Terminal.isInteractive, ContinuousClock.now - started >= .seconds(1) { Terminal.progress("\n") }
        try AtomicOutput.write(solved.document.files(), to: outDirectory)
        print(summary(of: solved, warnings: warnings.count))
        return solved
    }

    private func summary(of solved: SolvedRoster, warnings: Int) -> String {
        let document = solved.document, objective = document.objective, solver = document.solver, coverage = solved.coverage
        let share = coverage.demanded == 0 ? 100 : 100 * Double(coverage.covered) / Double(coverage.demanded)
        let terms = ObjectiveTerm.allCases.map { "\($0.rawValue) \(TextFormat.number(objective[$0]))" }.joined(separator: " + ")
        let uncovered = coverage.missingByArea.filter { $0.missing > 0 }
        return [
            "duty roster \(month): \(solver.status.rawValue) in \(String(format: "%.2f", solver.seconds)) s (gap \(String(format: "%.2f%%", solver.gap * 100)), bound \(TextFormat.number(solver.bound)); model \(solved.modelSize.columns) columns, \(solved.modelSize.rows) rows)",
            "objective \(TextFormat.number(objective.total)) = \(terms)",
            "coverage \(coverage.covered)/\(coverage.demanded) person-shifts (\(String(format: "%.1f", share))%)",
            uncovered.isEmpty ? "uncovered: none" : "uncovered by area: " + uncovered.map { "\($0.area) \($0.missing)" }.joined(separator: ", "),
            warnings == 0 ? nil : "warnings: \(warnings), listed above",
            "wrote \(outDirectory)/roster.csv, roster.json, roster.md, roster.html",
        ].compactMap { $0 }.joined(separator: "\n")
    }
}
