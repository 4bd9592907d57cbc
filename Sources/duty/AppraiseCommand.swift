import ArgumentParser
import DutyCore
import DutyIO
import DutyStore
import DutyWorkflow
import Foundation

/// `duty appraise`: the monthly appraisal, or a term's from its months.
struct AppraiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appraise",
        abstract: "Score the monthly (or term) appraisal 考核 and write appraisal.csv, .json, .md and .html.")

    @Option(help: ArgumentHelp("The dataset folder (staff.csv, rubric.yaml, inspections.csv, attendance.csv, repairs.csv).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("The office's store, in place of --data; a month's roster defaults to its latest published version.", valueName: "file"))
    var db: String?

    @Option(help: ArgumentHelp("The month.", valueName: "YYYY-MM"))
    var month: Month?

    @Option(help: ArgumentHelp("The month's roster (default out/YYYY-MM/roster.csv).", valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp("First month of a term or year.", valueName: "YYYY-MM"))
    var from: Month?

    @Option(help: ArgumentHelp("Last month of a term or year.", valueName: "YYYY-MM"))
    var to: Month?

    @Option(help: ArgumentHelp("Folder with YYYY-MM/roster.csv for each month of a term.", valueName: "dir"))
    var rosters: String = "out"

    @Option(help: ArgumentHelp("Output folder (default out/YYYY-MM, or out/FROM_TO for a term).", valueName: "dir"))
    var out: String?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard (data == nil) != (db == nil) else { throw ValidationError("give exactly one of --data DIR and --db FILE") }
        switch (month, from, to) {
        case (_?, nil, nil): break
        case (nil, let first?, let last?):
            guard first <= last else { throw ValidationError("--from \(first) is after --to \(last)") }
            guard roster == nil else { throw ValidationError("--roster is for one month; a term reads --rosters DIR/YYYY-MM/roster.csv") }
        default: throw ValidationError("give either --month, or both --from and --to")
        }
    }

    func run() throws {
        let store = try db.map { path throws(InputError) in try OfficeStore(path: path, creating: false) }
        let dataset = try store?.datasetFiles() ?? .folder(data!)
        let input = try AppraisalReader.read(dataset)
        let words = Phrases.of(lang.resolved(try DatasetReader.rules(of: dataset)))
        Terminal.warnings(input.warnings)
        let appraisal: Appraisal
        let folder: String
        if let month {
            let assignments = try roster.map { try readRoster($0, of: month) } ?? defaultRoster(of: month, store: store, folder: "out")
            Terminal.warnings(AppraisalWorkflow.warnings(input, month: month, roster: assignments))
            appraisal = AppraisalWorkflow.month(input, month: month, roster: assignments)
            folder = out ?? "out/\(month)"
        } else {
            appraisal = try AppraisalWorkflow.term(input, from: from!, to: to!) { try defaultRoster(of: $0, store: store, folder: rosters) }
            folder = out ?? "out/\(from!)_\(to!)"
        }
        let files = try AppraisalDocument(appraisal: appraisal).files(in: words.language)
        try AtomicOutput.write(files, to: folder)
        print(summary(appraisal, folder: folder, files: files.map(\.name), words))
    }

    /// A month's roster when none is given: its latest published version in the store, else
    /// `folder/YYYY-MM/roster.csv`.
    private func defaultRoster(of month: Month, store: OfficeStore?, folder: String) throws -> [Assignment] {
        if let published = try store?.publishedRoster(of: month) { return published.assignments }
        return try readRoster("\(folder)/\(month)/roster.csv", of: month)
    }

    /// The month's roster; a missing one says how to make it.
    private func readRoster(_ path: String, of month: Month) throws -> [Assignment] {
        guard FileManager.default.fileExists(atPath: path) else {
            let source = db.map { "--db \($0)" } ?? "--data \(data!)"
            throw InputError([InputIssue(file: path, line: 0, message: .noRoster(month, command: "duty roster \(source) --month \(month)"))])
        }
        return try RosterCSVReader.read(path)
    }

    private func summary(_ appraisal: Appraisal, folder: String, files: [String], _ words: Phrases) -> String {
        var counts: [String: Int] = [:]
        for person in appraisal.people { counts[person.grade.name, default: 0] += 1 }
        let bands = appraisal.rubric.grades.map { (label: $0.label, count: counts[$0.name] ?? 0) }
        let vetoed = appraisal.people.filter(\.vetoed).map { $0.staff.name + words.bracketed($0.staff.id.rawValue) }
        var lines = [words.appraised(appraisal.period, appraisal.people.count, bands)]
        if let top = appraisal.people.first {
            lines.append(words.top(top.staff.name + words.bracketed(top.staff.id.rawValue) + " " + TextFormat.number(top.score)))
        }
        if !vetoed.isEmpty { lines.append(words.vetoedPeople(vetoed.joined(separator: words.separator))) }
        lines.append(words.wrote(folder, files))
        return lines.joined(separator: "\n")
    }
}

extension AppraiseCommand: OfficeCommand {
    var languageSource: DatasetFiles? {
        if let data { return .folder(data) }
        return try? db.flatMap { try OfficeStore(path: $0, creating: false).datasetFiles(for: month ?? from!) }
    }
}
