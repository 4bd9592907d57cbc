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
