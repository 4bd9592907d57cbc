import DutyCore

extension RosterDocument {
    /// roster.html: a self-contained page (inline CSS, no scripts or links) with the month as a
    /// calendar, per-staff totals and the uncovered shifts highlighted.
    public func html() -> String {
        let posts = dataset.posts.sorted { $0.id < $1.id }
        let names = Dictionary(uniqueKeysWithValues: dataset.staff.map { ($0.id, $0.name) })
        let missing = Dictionary(uncovered.map { ("\($0.date)|\($0.post)", $0.missing) }) { $0 + $1 }
        var page = """
        <!DOCTYPE html>
        <html lang="zh"><head><meta charset="utf-8"><title>Duty roster \(month)</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top}
        .cal td{width:13%;height:6em}.cal .rest{background:#f3f6fb}.cal .date{font-weight:bold}
        .post{font-size:.85em}.area{color:#666}.gap{background:#fde2e1;color:#a40000;font-weight:bold}
        .num{text-align:right}.status{font-size:1.1em}
        </style></head><body>
        <h1>Duty roster \(month) 值班表</h1>
        <p class="status">Solver: <b>\(TextFormat.escaped(solver.status.rawValue))</b> — objective \(TextFormat.rounded(objective.total, places: 4)), bound \(TextFormat.rounded(solver.bound, places: 4)), gap \(TextFormat.rounded(solver.gap, places: 6))</p>
        <table><tr>\(ObjectiveTerm.allCases.map { "<th>\($0.rawValue)</th>" }.joined())<th>total</th></tr>
        <tr>\(ObjectiveTerm.allCases.map { "<td class=\"num\">\(TextFormat.rounded(objective[$0], places: 4))</td>" }.joined())<td class="num">\(TextFormat.rounded(objective.total, places: 4))</td></tr></table>
        <h2>Calendar</h2>
        <table class="cal"><tr>\(Weekday.allCases.map { "<th>\($0.rawValue)</th>" }.joined())</tr>
        """
        let lead = Weekday.allCases.firstIndex(of: month.firstDay.weekday)!
        var cells = Array(repeating: "<td></td>", count: lead)
        for date in month.days {
            var cell = "<td class=\"\(dataset.calendar.isRestDay(date) ? "rest" : "")\"><div class=\"date\">\(date.day)\(dataset.calendar.holidays.contains(date) ? " 假" : dataset.calendar.workdays.contains(date) ? " 班" : "")</div>"
            for post in posts {
                let people = assignments.filter { $0.date == date && $0.post == post.id }.map { TextFormat.escaped(names[$0.staff] ?? $0.staff.rawValue) }
                let gap = missing["\(date)|\(post.id)"]
                guard !people.isEmpty || gap != nil else { continue }
                cell += "<div class=\"post\"><span class=\"area\">\(TextFormat.escaped(post.name)):</span> \(people.joined(separator: ", "))"
                if let gap { cell += " <span class=\"gap\">⚠ \(gap) missing</span>" }
                cell += "</div>"
            }
            cells.append(cell + "</td>")
        }
        while cells.count % 7 != 0 { cells.append("<td></td>") }
        for week in stride(from: 0, to: cells.count, by: 7) { page += "<tr>" + cells[week..<week + 7].joined() + "</tr>\n" }
        page += "</table>\n<h2>Per-staff totals</h2>\n<table><tr><th>id</th><th>name</th><th>shifts</th><th>nights</th><th>weekends &amp; holidays</th></tr>\n"
        for total in totals {
            page += "<tr><td>\(TextFormat.escaped(total.staff.id.rawValue))</td><td>\(TextFormat.escaped(total.staff.name))</td><td class=\"num\">\(total.shifts)</td><td class=\"num\">\(total.nights)</td><td class=\"num\">\(total.weekends)</td></tr>\n"
        }
        page += "</table>\n<h2>Uncovered</h2>\n"
        if uncovered.isEmpty {
            page += "<p>Every demanded shift is covered.</p>\n"
        } else {
            page += "<table><tr><th>date</th><th>post</th><th>area</th><th>missing</th></tr>\n"
            for gap in uncovered {
                let post = dataset.posts.first { $0.id == gap.post }
                page += "<tr class=\"gap\"><td>\(gap.date)</td><td>\(TextFormat.escaped(post?.name ?? gap.post.rawValue))</td><td>\(TextFormat.escaped(post?.area ?? ""))</td><td class=\"num\">\(gap.missing)</td></tr>\n"
            }
            page += "</table>\n"
        }
        return page + "</body></html>\n"
    }
}
