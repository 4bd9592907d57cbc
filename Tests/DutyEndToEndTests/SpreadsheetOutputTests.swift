import Foundation
import Testing

/// roster.xlsx and appraisal.xlsx read back by openpyxl, the library behind most Python tools
/// that read Excel files: the same people, posts and scores as the CSV outputs, A4 set up.
@Suite(.enabled(if: Openpyxl.isInstalled, "needs Python's openpyxl (make test installs it)"))
struct SpreadsheetOutputTests {
    static let reader = #"""
    import csv, sys, openpyxl
    out = sys.argv[1]
    book = openpyxl.load_workbook(out + "/roster.xlsx")
    assert book.sheetnames == ["值班日历", "排班明细", "个人统计"], book.sheetnames
    calendar, listing, totals = book.worksheets
    assert calendar.page_setup.paperSize == 9 and calendar.page_setup.orientation == "landscape"
    assert calendar.print_title_rows == "$1:$1" and calendar.freeze_panes == "A2"
    rows = list(csv.DictReader(open(out + "/roster.csv", encoding="utf-8")))
    staff = {r["id"]: r["name"] for r in csv.DictReader(open(sys.argv[2] + "/staff.csv", encoding="utf-8"))}
    posts = {r["id"]: r["name"] for r in csv.DictReader(open(sys.argv[2] + "/posts.csv", encoding="utf-8"))}
    header = [c.value for c in calendar[1]]
    by_day = {calendar.cell(row=r, column=1).value: r for r in range(2, calendar.max_row + 1)}
    for row in rows:
        cell = calendar.cell(row=by_day[row["date"]], column=header.index(posts[row["post"]]) + 1).value
        assert staff[row["staff"]] in cell.split("\n"), (row, cell)
    listed = [(r[0], r[5]) for r in listing.iter_rows(min_row=2, values_only=True)]
    assert sorted(listed) == sorted((r["date"], r["staff"]) for r in rows), "assignments sheet"
    assert sum(r[2] for r in totals.iter_rows(min_row=2, values_only=True)) == len(rows)
    appraisal = openpyxl.load_workbook(out + "/appraisal.xlsx")
    ranking = appraisal.worksheets[0]
    scores = {r[1]: r[3] for r in ranking.iter_rows(min_row=2, values_only=True)}
    expected = {r["staff"]: float(r["score"]) for r in csv.DictReader(open(out + "/appraisal.csv", encoding="utf-8"))}
    assert scores == expected, (scores, expected)
    print("ok", len(rows))
    """#

    @Test("roster.xlsx has every assignment in its calendar and list; appraisal.xlsx has every score")
    func readBack() throws {
        let out = DutyProcess.temporaryPath("xlsx")
        let roster = try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out])
        #expect(roster.status == 0, "\(roster.stderr)")
        let appraise = try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--month", "2025-10", "--roster", out + "/roster.csv", "--out", out])
        #expect(appraise.status == 0, "\(appraise.stderr)")
        let check = try DutyProcess.run(["python3", "-c", Self.reader, out, DutyProcess.example], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok "))
    }
}

/// Whether Python can import openpyxl here.
enum Openpyxl {
    static let isInstalled: Bool = (try? DutyProcess.run(["python3", "-c", "import openpyxl"], executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0
}

/// roster.xlsx and appraisal.xlsx opened by LibreOffice, the office suite of many school PCs:
/// converted headless to CSV (every sheet) and PDF. LibreOffice is large, so `make test` does
/// not install it; `make office-check` does, and runs this suite.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "needs LibreOffice (make office-check installs it)"))
struct LibreOfficeTests {
    @Test("LibreOffice reads every assignment from roster.xlsx and prints both workbooks on A4")
    func openInLibreOffice() throws {
        let out = DutyProcess.temporaryPath("libreoffice")
        #expect(try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out]).status == 0)
        #expect(try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--month", "2025-10", "--roster", out + "/roster.csv", "--out", out]).status == 0)
        let soffice = URL(fileURLWithPath: "/usr/bin/soffice")
        // Filter options: comma, double quote, UTF-8, from line 1, …, every sheet to its own file (-1).
        let csv = try DutyProcess.run(["-env:UserInstallation=file://\(out)/profile", "--headless", "--convert-to",
                                       "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                       "--outdir", out + "/csv", out + "/roster.xlsx"], executable: soffice)
        #expect(csv.status == 0, "\(csv.stderr)")
        let listing = try String(contentsOfFile: out + "/csv/roster-排班明细.csv", encoding: .utf8)
        let rows = try String(contentsOfFile: out + "/roster.csv", encoding: .utf8).split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[0])|\(fields[2])"
        }
        let listed = listing.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[0])|\(fields[5])"
        }
        #expect(listed.sorted() == rows.sorted())
        let pdf = try DutyProcess.run(["-env:UserInstallation=file://\(out)/profile", "--headless", "--convert-to", "pdf",
                                       "--outdir", out + "/pdf", out + "/roster.xlsx", out + "/appraisal.xlsx"], executable: soffice)
        #expect(pdf.status == 0, "\(pdf.stderr)")
        for (name, landscape) in [("roster", true), ("appraisal", false)] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/pdf/\(name).pdf"))
            let text = String(decoding: data, as: UTF8.self)
            // A4 is 595.3 × 841.9 points; LibreOffice writes each page's MediaBox.
            let box = landscape ? "841.8" : "595.3"
            #expect(text.contains("/MediaBox[0 0 \(box)"), "\(name).pdf is not A4 \(landscape ? "landscape" : "portrait")")
        }
    }
}
