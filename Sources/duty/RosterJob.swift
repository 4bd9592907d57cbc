import DutyCheck
import DutyCore
import DutyIO
import DutyRoster
import Foundation
import Logging

/// The main job shared by `duty roster` and `duty demo`: read, check the pins,
/// solve, validate independently, write all outputs at once, print a summary.
struct RosterJob {
    let dataDirectory: String
    let month: Month
    let outDirectory: String
    var timeLimit: Double?
    var gap: Double?

    /// Runs the job and returns the written document.
    @discardableResult
    func run() throws -> RosterDocument {
        let logger = Logger(label: "duty.roster")
        let started = ContinuousClock.now
        let dataset = try DatasetReader.read(directory: dataDirectory, month: month)
        Terminal.warnings(dataset.warnings)
        try PinCheck(dataset: dataset, month: month).requireConsistent()

        // The limit is the budget of the whole command: reading above, solving, checking and writing.
        let options = RosterSolveOptions(
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
        let result: RosterResult
        do {
            result = try RosterSolver.solve(dataset: dataset, month: month, options: options, logger: logger)
        } catch let conflict as PinConflict {
            throw RuleFailure(description: "infeasible: \(conflict)")
        } catch let infeasible as RosterInfeasible {
            throw RuleFailure(description: "infeasible: \(infeasible)")
        }
        if Terminal.isInteractive, ContinuousClock.now - started >= .seconds(1) { Terminal.progress("\n") }

        let report = RosterChecker(dataset: dataset, month: month).check(result.assignments)
        guard report.isValid else {
            throw InternalFailure(description: "internal error: the solved roster breaks hard rules:\n" + report.violations.map(\.description).joined(separator: "\n"))
        }
        // The model's terms come from GLPK's floating-point solution, the checker's from the roster
        // itself: they agree to a relative 1e-6, and the checker's are the ones reported, so that
        // `duty check` on the written roster gives exactly the same numbers.
        for term in ObjectiveTerm.allCases {
            let model = result.objective[term], checked = report.objective[term]
            guard abs(model - checked) <= 1e-6 * max(1, abs(model), abs(checked)) else {
                throw InternalFailure(description: "internal error: \(term.rawValue) is \(model) in the model but \(checked) by the checker")
            }
        }
        let document = RosterDocument(
            dataset: dataset, month: month, assignments: result.assignments,
            uncovered: result.uncovered.map { RosterDocument.Uncovered(date: $0.date, post: $0.post, missing: $0.missing) },
            objective: report.objective,
            solver: .init(status: result.status.rawValue, seconds: result.seconds, gap: result.gap, bound: result.bound))
        try AtomicOutput.write(document.files(), to: outDirectory)
        print(summary(of: document, result: result))
        return document
    }

    private func summary(of document: RosterDocument, result: RosterResult) -> String {
        let objective = document.objective
        let demand = document.dataset.demand
        let demanded = month.days.reduce(0) { total, date in total + document.dataset.posts.reduce(0) { $0 + demand.count(on: date, post: $1.id) } }
        let covered = document.assignments.count
        let share = demanded == 0 ? 100 : 100 * Double(covered) / Double(demanded)
        var byArea: [String: Int] = [:]
        let area = Dictionary(uniqueKeysWithValues: document.dataset.posts.map { ($0.id, $0.area) })
        for gap in document.uncovered { byArea[area[gap.post] ?? "?", default: 0] += gap.missing }
        let terms = ObjectiveTerm.allCases.map { "\($0.rawValue) \(TextFormat.number(objective[$0]))" }.joined(separator: " + ")
        var lines = [
            "duty roster \(month): \(result.status.rawValue) in \(String(format: "%.2f", result.seconds)) s (gap \(TextFormat.number(result.gap)), bound \(TextFormat.number(result.bound)); model \(result.modelSize.columns) columns, \(result.modelSize.rows) rows)",
            "objective \(TextFormat.number(objective.total)) = \(terms)",
            "coverage \(covered)/\(demanded) person-shifts (\(String(format: "%.1f", share))%)",
        ]
        lines.append(byArea.isEmpty ? "uncovered: none" : "uncovered by area: " + byArea.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        lines.append("wrote \(outDirectory)/roster.csv, roster.json, roster.md, roster.html")
        return lines.joined(separator: "\n")
    }
}
