import DutyCore

extension RosterDocument {
    /// roster.html: a self-contained page (inline CSS, no scripts or links) with the month as a
    /// calendar, per-staff totals and the uncovered shifts highlighted. Printed, it is A4: the
    /// calendar with its legend on one landscape page, the totals on the next, then one
    /// portrait page per person (个人值班表) to hand over; names never break across lines.
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
        .name{white-space:nowrap}.legend{font-size:.9em;color:#444}.changed{font-weight:bold;text-decoration:underline}
        .num{text-align:right}.status{font-size:1.1em}
        @page month{size:A4 landscape;margin:10mm}
        @page person{size:A4 portrait;margin:15mm}
        @media print{
          body{margin:0;font-size:8.5pt}
          .month{page:month}.person{page:person;break-before:page}
          .summary{page:month;break-before:page}
          .cal{width:100%;table-layout:fixed;margin:0}.cal td{height:auto;padding:2px 3px}.cal th{padding:2px}
          h1{font-size:14pt;margin:0 0 2mm}h2{font-size:11pt;margin:3mm 0 1mm}
          tr,td{break-inside:avoid}
        }
        </style></head><body>
        <section class="month">
        <h1>Duty roster \(month) 值班表</h1>
        <p class="legend">假 holiday · 班 make-up working day · ⚠ people missing on a post · shaded: weekend or holiday\(repair == nil ? "" : " · ✎ changed since the published roster")</p>
        <table class="cal"><tr>\(Weekday.allCases.map { "<th>\($0.rawValue)</th>" }.joined())</tr>
        """
        let lead = Weekday.allCases.firstIndex(of: month.firstDay.weekday)!
        var cells = Array(repeating: "<td></td>", count: lead)
        for date in month.days {
            var cell = "<td class=\"\(dataset.calendar.isRestDay(date) ? "rest" : "")\"><div class=\"date\">\(date.day)\(dataset.calendar.holidays.contains(date) ? " 假" : dataset.calendar.workdays.contains(date) ? " 班" : "")</div>"
            for post in posts {
                let people = assignments.filter { $0.date == date && $0.post == post.id }
                    .map { assignment in
                        let name = TextFormat.escaped(names[assignment.staff] ?? assignment.staff.rawValue)
                        return isChanged(assignment.staff, on: date) ? "<span class=\"name changed\">\(name) ✎</span>" : "<span class=\"name\">\(name)</span>"
                    }
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
        page += "</table>\n</section>\n<section class=\"summary\">\n"
        page += "<p class=\"status\">Solver: <b>\(TextFormat.escaped(solver.status.rawValue))</b> — objective \(TextFormat.rounded(objective.total, places: 4)), bound \(TextFormat.rounded(solver.bound, places: 4)), gap \(TextFormat.rounded(solver.gap, places: 6))</p>\n"
        page += "<table><tr>\(objective.reported.map { "<th>\($0.rawValue)</th>" }.joined())<th>total</th></tr>\n"
        page += "<tr>\(objective.reported.map { "<td class=\"num\">\(TextFormat.rounded(objective[$0], places: 4))</td>" }.joined())<td class=\"num\">\(TextFormat.rounded(objective.total, places: 4))</td></tr></table>\n"
        if let repair { page += changesTable(repair) }
        page += "<h2>Per-staff totals</h2>\n<table><tr><th>id</th><th>name</th><th>shifts</th><th>nights</th><th>weekends &amp; holidays</th></tr>\n"
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
        page += "</section>\n"
        for total in totals { page += personalPage(total, posts: posts) }
        return page + "</body></html>\n"
    }

    /// The changed person-days of a repair: the people to tell.
    private func changesTable(_ repair: Repair) -> String {
        let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
        let postNames = Dictionary(dataset.posts.map { ($0.id, $0.name) }) { first, _ in first }
        func place(_ post: Post.ID?) -> String { TextFormat.escaped(post.map { postNames[$0] ?? $0.rawValue } ?? "off") }
        var table = "<h2>Changes since the published roster</h2>\n<p>Re-planned from \(repair.from); earlier days are as published.</p>\n"
        guard !repair.changes.isEmpty else { return table + "<p>Nothing changed.</p>\n" }
        table += "<table><tr><th>date</th><th>id</th><th>name</th><th>before</th><th>after</th></tr>\n"
        for change in repair.changes {
            table += "<tr><td>\(change.date)</td><td>\(TextFormat.escaped(change.staff.rawValue))</td><td>\(TextFormat.escaped(names[change.staff] ?? ""))</td>"
                + "<td>\(place(change.before))</td><td>\(place(change.after))</td></tr>\n"
        }
        return table + "</table>\n"
    }

    /// One person's duties of the month (个人值班表), a page of its own when printed, to hand over.
    private func personalPage(_ total: StaffTotals, posts: [Post]) -> String {
        let own = assignments.filter { $0.staff == total.staff.id }
        let postByID = Dictionary(posts.map { ($0.id, $0) }) { first, _ in first }
        var page = "<section class=\"person\">\n<h2>\(TextFormat.escaped(total.staff.name)) (\(TextFormat.escaped(total.staff.id.rawValue))) 个人值班表 \(month)</h2>\n"
        page += "<p>\(total.shifts) shifts, \(total.nights) nights, \(total.weekends) on weekends or holidays.</p>\n"
        guard !own.isEmpty else { return page + "<p>No duties this month.</p>\n</section>\n" }
        page += "<table><tr><th>date</th><th>day</th><th>post</th><th>time</th></tr>\n"
        for assignment in own {
            let post = postByID[assignment.post]
            let time = post.map { "\(Self.clock($0.start))–\(Self.clock($0.end))" } ?? ""
            page += "<tr><td>\(assignment.date)</td><td>\(assignment.date.weekday.rawValue)\(dataset.calendar.holidays.contains(assignment.date) ? " 假" : dataset.calendar.workdays.contains(assignment.date) ? " 班" : "")</td>"
                + "<td>\(TextFormat.escaped(post?.name ?? assignment.post.rawValue))</td><td>\(time)</td></tr>\n"
        }
        return page + "</table>\n</section>\n"
    }

    /// `HH:MM` for minutes after midnight.
    private static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }
}
