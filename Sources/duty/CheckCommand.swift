import ArgumentParser
import DutyCheck
import DutyCore
import DutyIO

/// `duty check`: validate any roster CSV and recompute its objective.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a roster CSV: list every hard-rule violation and recompute the objective (exit 1 on a violation).")

    @OptionGroup var dataset: DatasetOptions

    @Option(help: ArgumentHelp("The roster to check (date,post,staff).", valueName: "file.csv"))
    var roster: String

    func run() throws {
        let data = try DatasetReader.read(directory: dataset.data, month: dataset.month)
        Terminal.warnings(data.warnings)
        let assignments = try RosterCSVReader.read(roster)
        let report = RosterChecker(dataset: data, month: dataset.month).check(assignments)
        for violation in report.violations {
            print("violation \(violation.rule.rawValue): date \(violation.date?.description ?? "-"), staff \(violation.staff?.rawValue ?? "-"), post \(violation.post?.rawValue ?? "-"): \(violation.detail)")
        }
        let terms = ObjectiveTerm.allCases.map { "\($0.rawValue) \(TextFormat.number(report.objective[$0]))" }.joined(separator: ", ")
        print("objective \(TextFormat.number(report.objective.total)): \(terms)")
        print("uncovered: \(report.shortfalls.reduce(0) { $0 + $1.missing }) person-shifts on \(report.shortfalls.count) date-posts")
        if report.isValid {
            print("check \(dataset.month): \(assignments.count) assignments, no hard-rule violation")
        } else {
            throw RuleFailure(description: "check \(dataset.month): \(report.violations.count) hard-rule violation(s)")
        }
    }
}
