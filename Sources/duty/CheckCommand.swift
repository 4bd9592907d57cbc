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

    @Option(help: ArgumentHelp("Check only dates from this one on; the roster's earlier days are history (a repaired month).", valueName: "YYYY-MM-DD"))
    var from: LocalDate?

    @Option(help: ArgumentHelp("The published roster the repair started from: the changes from --from on are counted.", valueName: "published.csv"))
    var baseline: String?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if baseline != nil, from == nil { throw ValidationError("--baseline needs --from: changes are counted from that date on") }
        if let from, !dataset.month.contains(from) { throw ValidationError("--from \(from) is not in \(dataset.month)") }
    }

    func run() throws {
        let data = try DatasetReader.read(dataset.files(), month: dataset.month)
        Terminal.warnings(data.warnings)
        let assignments = try RosterCSVReader.read(roster)
        let published = try baseline.map { path throws(InputError) in try RosterCSVReader.read(path, for: data, month: dataset.month) }
        Terminal.warnings(published?.warnings ?? [])
        let report = RosterChecker(dataset: data, month: dataset.month, from: from, baseline: published?.assignments).check(assignments)
        for violation in report.violations {
            print("violation \(violation.rule.rawValue): date \(violation.date?.description ?? "-"), staff \(violation.staff?.rawValue ?? "-"), post \(violation.post?.rawValue ?? "-"): \(violation.breach.text(Terminal.language))")
        }
        let terms = report.objective.reported.map { "\($0.rawValue) \(TextFormat.number(report.objective[$0]))" }.joined(separator: ", ")
        print("objective \(TextFormat.number(report.objective.total)): \(terms)")
        print("uncovered: \(report.shortfalls.reduce(0) { $0 + $1.missing }) person-shifts on \(report.shortfalls.count) date-posts")
        if let from, published != nil { print("changes from \(from): \(report.changes.count) person-days") }
        let scope = from.map { " from \($0)" } ?? ""
        if report.isValid {
            print("check \(dataset.month)\(scope): \(assignments.count) assignments, no hard-rule violation")
        } else {
            throw RuleFailure(description: "check \(dataset.month)\(scope): \(report.violations.count) hard-rule violation(s)")
        }
    }
}

extension CheckCommand: OfficeCommand {
    var languageSource: DatasetFiles? { try? dataset.files() }
}
