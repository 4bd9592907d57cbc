import DutyCore
import Foundation

extension RosterDocument {
    /// roster.xlsx: the calendar as a printable sheet (a row per day, a column per post, A4
    /// landscape, header repeated on every page), the assignments one per row as the second
    /// sheet, for filtering and sorting, and the per-person totals as the third.
    func spreadsheet(_ words: Phrases) throws(OutputError) -> Data {
        try XLSXWriter.data(Workbook(sheets: [calendarSheet(words), assignmentSheet(words), totalsSheet(words)]), file: "roster.xlsx")
    }

    private func calendarSheet(_ words: Phrases) -> Workbook.Sheet {
        let posts = dataset.posts.sorted { $0.id < $1.id }
        let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
        let missing = Dictionary(uncovered.map { ("\($0.date)|\($0.post)", $0.missing) }) { $0 + $1 }
        var rows: [[Workbook.Cell]] = [[.text(words.date, .header), .text(words.day, .header)] + posts.map { .text($0.name, .header) }]
        for date in month.days {
            let rest = dataset.calendar.isRestDay(date)
            let mark = dataset.calendar.holidays.contains(date) ? " 假" : dataset.calendar.workdays.contains(date) ? " 班" : ""
            var row: [Workbook.Cell] = [.text(date.description, rest ? .restDay : .wrapped), .text(words.weekday(date.weekday) + mark, rest ? .restDay : .wrapped)]
            for post in posts {
                var people = assignments.filter { $0.date == date && $0.post == post.id }.map { assignment in
                    (names[assignment.staff] ?? assignment.staff.rawValue) + (isChanged(assignment.staff, on: date) ? " ✎" : "")
                }
                let gap = missing["\(date)|\(post.id)"]
                if let gap { people.append(words.missing(gap)) }
                row.append(.text(people.joined(separator: "\n"), gap != nil ? .alert : rest ? .restDay : .wrapped))
            }
            rows.append(row)
        }
        rows.append([])
        rows.append([.text(words.legend(repair != nil))])
        return Workbook.Sheet(name: words.calendar, rows: rows, columnWidths: [11, 7] + posts.map { _ in 14 }, landscape: true)
    }

    private func assignmentSheet(_ words: Phrases) -> Workbook.Sheet {
        let posts = Dictionary(dataset.posts.map { ($0.id, $0) }) { first, _ in first }
        let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
        var header = [words.date, words.day, words.post, words.area, words.time, words.staffID, words.name]
        if repair != nil { header.append(words.changed) }
        var rows: [[Workbook.Cell]] = [header.map { .text($0, .header) }]
        for assignment in assignments {
            let post = posts[assignment.post]
            var row: [Workbook.Cell] = [
                .text(assignment.date.description), .text(words.weekday(assignment.date.weekday)), .text(post?.name ?? assignment.post.rawValue),
                .text(post?.area ?? ""), .text(post.map { "\(TextFormat.clock($0.start))–\(TextFormat.clock($0.end))" } ?? ""),
                .text(assignment.staff.rawValue), .text(names[assignment.staff] ?? ""),
            ]
            if repair != nil { row.append(.text(isChanged(assignment.staff, on: assignment.date) ? "✎" : "")) }
            rows.append(row)
        }
        return Workbook.Sheet(name: words.assignments, rows: rows, columnWidths: [11, 6, 14, 10, 12, 10, 10, 6])
    }

    private func totalsSheet(_ words: Phrases) -> Workbook.Sheet {
        var rows: [[Workbook.Cell]] = [[words.staffID, words.name, words.shifts, words.nights, words.weekendShifts].map { .text($0, .header) }]
        for total in totals {
            rows.append([.text(total.staff.id.rawValue), .text(total.staff.name), .number(Double(total.shifts)), .number(Double(total.nights)),
                         .number(Double(total.weekends))])
        }
        return Workbook.Sheet(name: words.staffTotals, rows: rows, columnWidths: [10, 10, 8, 8, 12])
    }
}
