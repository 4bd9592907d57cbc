import DutyCore
import Foundation

/// An appraisal with everything its outputs show: appraisal.csv, .json, .md and .html.
public struct AppraisalDocument: Sendable {
    public let appraisal: Appraisal

    public init(appraisal: Appraisal) { self.appraisal = appraisal }

    /// the reference's four category columns, then any other category of the rubric.
    var categoryColumns: [String] {
        let standard = ["attendance", "quality", "timeliness", "service"]
        return standard + appraisal.rubric.categories.map(\.name).filter { !standard.contains($0) }
    }

    /// The files of `duty appraise`; what a person reads is in `language`.
    public func files(in language: Language) throws(OutputError) -> [OutputFile] {
        let words = Phrases.of(language)
        return [OutputFile("appraisal.csv", text: csv()), OutputFile("appraisal.json", text: try json()), OutputFile("appraisal.md", text: markdown(words)),
                OutputFile("appraisal.html", text: html(words)), OutputFile("appraisal.xlsx", data: try spreadsheet(words))]
    }

    /// appraisal.csv: `staff,name,score,grade,<categories>,vetoed`, one row per person by id.
    public func csv() -> String {
        let rows = appraisal.people.sorted { $0.staff.id < $1.staff.id }.map { person in
            [person.staff.id.rawValue, person.staff.name, number(person.score), person.grade.name]
                + categoryColumns.map { number(person.subtotal($0)) } + [person.vetoed ? "true" : "false"]
        }
        return CSVText.make(header: ["staff", "name", "score", "grade"] + categoryColumns + ["vetoed"], rows: rows)
    }

    /// appraisal.json: per person the subtotals, score, grade, rank, veto and every record with its points.
    public func json() throws(OutputError) -> String {
        let people: [[String: Any]] = appraisal.people.map { person in
            [
                "staff": person.staff.id.rawValue, "name": person.staff.name, "score": person.score,
                "grade": person.grade.name, "label": person.grade.label, "rank": person.rank, "vetoed": person.vetoed,
                "score_grade": (person.scoreGrade ?? person.grade).name,
                "deductions": person.deductions,
                "subtotals": Dictionary(uniqueKeysWithValues: person.subtotals.map { ($0.category, $0.points) }),
                "records": person.lines.map { line in
                    ["source": line.source.rawValue, "reference": line.reference, "category": line.category,
                     "points": line.points, "veto": line.veto, "detail": line.detail] as [String: Any]
                },
            ]
        }
        let document: [String: Any] = ["period": appraisal.period, "base": appraisal.rubric.base, "people": people]
        return try JSONText.make(document, file: "appraisal.json")
    }

    /// The people who passed without a veto, in rank order, and the vetoed ones, shown apart.
    private var ranked: [PersonAppraisal] { appraisal.people.filter { !$0.vetoed } }
    private var vetoed: [PersonAppraisal] { appraisal.people.filter(\.vetoed) }

    /// A grade with the reason when the quota moved the person down: `良好（得分属「优秀」，超出该等级名额）`.
    private func gradeText(_ person: PersonAppraisal, _ words: Phrases) -> String {
        guard let from = person.movedByQuotaFrom else { return person.grade.label }
        return person.grade.label + words.quotaMove(from.label)
    }

    /// What vetoed a person: each veto record's reference and text.
    private func vetoText(_ person: PersonAppraisal, _ words: Phrases) -> String {
        person.vetoRecords.map { "\($0.reference): \($0.explanation.text(words.language))" }.joined(separator: words.language == .zh ? "；" : "; ")
    }

    private var failLabel: String { appraisal.rubric.grades.last?.label ?? "" }

    /// appraisal.md: the ranked table with band labels, the vetoed apart with their records,
    /// then each person's records.
    public func markdown(_ words: Phrases) -> String {
        var lines = ["# \(words.appraisalTitle(appraisal.period))", "", words.base(number(appraisal.rubric.base)), ""]
        lines.append("| \(words.rank) | \(words.staffID) | \(words.name) | \(words.score) | \(words.grade) | " + categoryColumns.map(words.category).joined(separator: " | ") + " |")
        lines.append("| ---: | --- | --- | ---: | --- | " + categoryColumns.map { _ in "---:" }.joined(separator: " | ") + " |")
        for person in ranked {
            lines.append("| \(person.rank) | \(person.staff.id) | \(person.staff.name) | \(number(person.score)) | \(gradeText(person, words)) | "
                         + categoryColumns.map { number(person.subtotal($0)) }.joined(separator: " | ") + " |")
        }
        if !vetoed.isEmpty {
            lines += ["", "## \(words.vetoHeading(failLabel))", ""]
            for person in vetoed {
                lines.append("- " + words.vetoedPerson(person.staff.name + words.bracketed(person.staff.id.rawValue), number(person.score), vetoText(person, words)))
            }
        }
        lines += ["", "## \(words.records)", ""]
        for person in appraisal.people where !person.lines.isEmpty {
            lines.append("### \(person.staff.name)\(words.bracketed(person.staff.id.rawValue))")
            for line in person.lines {
                lines.append("- \(words.recordSource(line.source)) \(line.reference) [\(words.category(line.category))] \(signed(line.points))\(line.veto ? " **\(words.veto)**" : ""): \(line.explanation.text(words.language))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// appraisal.html: self-contained ranked table with grade colours and each person's records.
    public func html(_ words: Phrases) -> String {
        let colours = ["#1b7f3b", "#2e6fb7", "#8a6d00", "#b00020"]
        let gradeIndex = Dictionary(uniqueKeysWithValues: appraisal.rubric.grades.enumerated().map { ($1.name, $0) })
        var page = """
        <!DOCTYPE html>
        <html lang="\(words.language.rawValue)"><head><meta charset="utf-8"><title>\(TextFormat.escaped(words.appraisalTitle(appraisal.period)))</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px}
        .num{text-align:right}.grade{color:#fff;font-weight:bold;border-radius:3px;padding:1px 6px}
        .minus{color:#b00020}.plus{color:#1b7f3b}.veto{background:#b00020;color:#fff;padding:0 4px}
        td{white-space:nowrap}
        @page{size:A4 portrait;margin:15mm}
        @media print{body{margin:0;font-size:9pt}h1{font-size:14pt}tr,li{break-inside:avoid}h3{break-after:avoid}}
        </style></head><body>
        <h1>\(TextFormat.escaped(words.appraisalTitle(appraisal.period)))</h1>
        <p>\(TextFormat.escaped(words.base(number(appraisal.rubric.base))))</p>
        <table><tr><th>\(words.rank)</th><th>\(words.staffID)</th><th>\(words.name)</th><th>\(words.score)</th><th>\(words.grade)</th>\(categoryColumns.map { "<th>\(TextFormat.escaped(words.category($0)))</th>" }.joined())</tr>

        """
        for person in ranked {
            let colour = colours[min(gradeIndex[person.grade.name] ?? 3, colours.count - 1)]
            let moved = person.movedByQuotaFrom.map { " <small>\(TextFormat.escaped(words.quotaMove($0.label)))</small>" } ?? ""
            page += "<tr><td class=\"num\">\(person.rank)</td><td>\(TextFormat.escaped(person.staff.id.rawValue))</td><td>\(TextFormat.escaped(person.staff.name))</td>"
                + "<td class=\"num\">\(number(person.score))</td><td><span class=\"grade\" style=\"background:\(colour)\">\(TextFormat.escaped(person.grade.label))</span>\(moved)</td>"
                + categoryColumns.map { "<td class=\"num\">\(number(person.subtotal($0)))</td>" }.joined() + "</tr>\n"
        }
        page += "</table>\n"
        if !vetoed.isEmpty {
            page += "<h2><span class=\"veto\">\(TextFormat.escaped(words.vetoHeading(failLabel)))</span></h2>\n<ul>\n"
            for person in vetoed {
                page += "<li>\(TextFormat.escaped(words.vetoedPerson(person.staff.name + words.bracketed(person.staff.id.rawValue), number(person.score), vetoText(person, words))))</li>\n"
            }
            page += "</ul>\n"
        }
        page += "<h2>\(words.records)</h2>\n"
        for person in appraisal.people where !person.lines.isEmpty {
            page += "<h3>\(TextFormat.escaped(person.staff.name))\(TextFormat.escaped(words.bracketed(person.staff.id.rawValue)))</h3>\n"
                + "<table><tr><th>\(words.source)</th><th>\(words.reference)</th><th>\(words.categoryColumn)</th><th>\(words.points)</th><th>\(words.detail)</th></tr>\n"
            for line in person.lines {
                page += "<tr><td>\(TextFormat.escaped(words.recordSource(line.source)))</td><td>\(TextFormat.escaped(line.reference))</td><td>\(TextFormat.escaped(words.category(line.category)))</td>"
                    + "<td class=\"num \(line.points < 0 ? "minus" : "plus")\">\(signed(line.points))\(line.veto ? " <span class=\"veto\">\(words.veto)</span>" : "")</td><td>\(TextFormat.escaped(line.explanation.text(words.language)))</td></tr>\n"
            }
            page += "</table>\n"
        }
        return page + "</body></html>\n"
    }

    /// appraisal.xlsx: the ranked list (the vetoed last, marked) as a printable sheet, and every
    /// record with its points as the second, so that each point can be traced in the spreadsheet.
    func spreadsheet(_ words: Phrases) throws(OutputError) -> Data {
        let header = [words.rank, words.staffID, words.name, words.score, words.grade] + categoryColumns.map(words.category) + [words.veto]
        var ranking: [[Workbook.Cell]] = [header.map { .text($0, .header) }]
        for person in ranked + vetoed {
            ranking.append([person.vetoed ? .empty : .number(Double(person.rank)), .text(person.staff.id.rawValue), .text(person.staff.name),
                            .number(person.score), .text(gradeText(person, words), person.vetoed ? .alert : .plain)]
                           + categoryColumns.map { .number(person.subtotal($0)) } + [person.vetoed ? .text(vetoText(person, words), .alert) : .empty])
        }
        var records: [[Workbook.Cell]] = [[words.staffID, words.name, words.source, words.reference, words.points, words.detail].map { .text($0, .header) }]
        for person in appraisal.people {
            for line in person.lines {
                records.append([.text(person.staff.id.rawValue), .text(person.staff.name), .text(words.recordSource(line.source)), .text(line.reference),
                                .number(line.points), .text(line.explanation.text(words.language) + (line.veto ? " (\(words.veto))" : ""), line.veto ? .alert : .wrapped)])
            }
        }
        return try XLSXWriter.data(Workbook(sheets: [
            Workbook.Sheet(name: words.appraisalSheet, rows: ranking,
                           columnWidths: [6, 10, 10, 8, 24] + categoryColumns.map { _ in 9 } + [30]),
            Workbook.Sheet(name: words.records, rows: records, columnWidths: [10, 10, 8, 16, 8, 50]),
        ]), file: "appraisal.xlsx")
    }

    private func number(_ value: Double) -> String { TextFormat.rounded(value, places: 4) }
    private func signed(_ value: Double) -> String { value > 0 ? "+\(number(value))" : number(value) }
}
