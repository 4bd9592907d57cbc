import DutyCore

extension RosterDocument {
    /// roster.html: a self-contained page (inline CSS, no scripts or links) with the month as a
    /// calendar, per-person totals and the uncovered shifts highlighted. Printed, it is A4: the
    /// calendar with its legend on one landscape page, the totals on the next, then one
    /// portrait page per person (个人值班表) to hand over; names never break across lines.
    /// `links` makes the calendar's dates, names and gaps links (the office's pages lead them to
    /// the day's editor and its candidates).
    public func html(_ words: Phrases, links: CalendarLinks? = nil) -> String {
        let posts = dataset.posts.sorted { $0.id < $1.id }
        let names = Dictionary(uniqueKeysWithValues: dataset.staff.map { ($0.id, $0.name) })
        let missing = Dictionary(uncovered.map { ("\($0.date)|\($0.post)", $0.missing) }) { $0 + $1 }
        var page = """
        <!DOCTYPE html>
        <html lang="\(words.language.rawValue)"><head><meta charset="utf-8"><title>\(TextFormat.escaped(words.rosterTitle(month)))</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top}
        .cal td{width:13%;height:6em}.cal .rest{background:#f3f6fb}.cal .date{font-weight:bold}
        .post{font-size:.85em}.area{color:#666}.gap{background:#fde2e1;color:#a40000;font-weight:bold;white-space:nowrap}
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
        <h1>\(TextFormat.escaped(words.rosterTitle(month)))</h1>
        <p class="legend">\(TextFormat.escaped(words.legend(repair != nil)))</p>
        <table class="cal"><tr>\(Weekday.allCases.map { "<th>\(words.weekday($0))</th>" }.joined())</tr>

        """
        let lead = Weekday.allCases.firstIndex(of: month.firstDay.weekday)!
        var cells = Array(repeating: "<td></td>", count: lead)
        for date in month.days {
            var cell = "<td class=\"\(dataset.calendar.isRestDay(date) ? "rest" : "")\"><div class=\"date\">\(links.map { "<a href=\"\($0.day(date))\">\(date.day)</a>" } ?? "\(date.day)")\(dataset.calendar.holidays.contains(date) ? " 假" : dataset.calendar.workdays.contains(date) ? " 班" : "")</div>"
            for post in posts {
                let people = assignments.filter { $0.date == date && $0.post == post.id }
                    .map { assignment in
                        var name = TextFormat.escaped(names[assignment.staff] ?? assignment.staff.rawValue)
                        if let links { name = "<a href=\"\(links.person(date, assignment.staff))\">\(name)</a>" }
                        return isChanged(assignment.staff, on: date) ? "<span class=\"name changed\">\(name) ✎</span>" : "<span class=\"name\">\(name)</span>"
                    }
                let gap = missing["\(date)|\(post.id)"]
                guard !people.isEmpty || gap != nil else { continue }
                cell += "<div class=\"post\"><span class=\"area\">\(TextFormat.escaped(post.name)):</span> \(people.joined(separator: words.separator))"
                if let gap {
                    let text = words.missing(gap)
                    cell += " <span class=\"gap\">\(links.map { "<a href=\"\($0.gap(date, post.id))\">\(text)</a>" } ?? text)</span>"
                }
                cell += "</div>"
            }
            cells.append(cell + "</td>")
        }
        while cells.count % 7 != 0 { cells.append("<td></td>") }
        for week in stride(from: 0, to: cells.count, by: 7) { page += "<tr>" + cells[week..<week + 7].joined() + "</tr>\n" }
        page += "</table>\n</section>\n<section class=\"summary\">\n"
        page += "<p class=\"status\"><b>\(TextFormat.escaped(solver.map { words.outcome($0.status, $0.seconds, $0.gap) } ?? words.checkedNotSolved))</b> · \(words.penalty) \(TextFormat.rounded(objective.total, places: 2))</p>\n"
        page += "<table><tr>\(objective.reported.map { "<th>\(TextFormat.escaped(words.term($0)))</th>" }.joined())<th>\(words.total)</th></tr>\n"
        page += "<tr>\(objective.reported.map { "<td class=\"num\">\(TextFormat.rounded(objective[$0], places: 2))</td>" }.joined())<td class=\"num\">\(TextFormat.rounded(objective.total, places: 2))</td></tr></table>\n"
        if let repair { page += changesTable(repair, words) }
        page += "<h2>\(words.staffTotals)</h2>\n<table><tr><th>\(words.staffID)</th><th>\(words.name)</th><th>\(words.shifts)</th><th>\(words.nights)</th><th>\(TextFormat.escaped(words.weekendShifts))</th></tr>\n"
        for total in totals {
            page += "<tr><td>\(TextFormat.escaped(total.staff.id.rawValue))</td><td>\(TextFormat.escaped(total.staff.name))</td><td class=\"num\">\(total.shifts)</td><td class=\"num\">\(total.nights)</td><td class=\"num\">\(total.weekends)</td></tr>\n"
        }
        page += "</table>\n<h2>\(words.uncovered)</h2>\n"
        if uncovered.isEmpty {
            page += "<p>\(words.allCovered)</p>\n"
        } else {
            page += "<table><tr><th>\(words.date)</th><th>\(words.post)</th><th>\(words.area)</th><th>\(words.missingCount)</th></tr>\n"
            for gap in uncovered {
                let post = dataset.posts.first { $0.id == gap.post }
                page += "<tr class=\"gap\"><td>\(gap.date)</td><td>\(TextFormat.escaped(post?.name ?? gap.post.rawValue))</td><td>\(TextFormat.escaped(post?.area ?? ""))</td><td class=\"num\">\(gap.missing)</td></tr>\n"
            }
            page += "</table>\n"
        }
        page += "</section>\n"
        for total in totals { page += personalPage(total, posts: posts, words) }
        return page + "</body></html>\n"
    }

    /// The changed person-days of a repair: the people to tell.
    private func changesTable(_ repair: Repair, _ words: Phrases) -> String {
        let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
        let postNames = Dictionary(dataset.posts.map { ($0.id, $0.name) }) { first, _ in first }
        func place(_ post: Post.ID?) -> String { TextFormat.escaped(post.map { postNames[$0] ?? $0.rawValue } ?? words.off) }
        var table = "<h2>\(words.changesTitle)</h2>\n<p>\(TextFormat.escaped(words.changesIntro(repair.from)))</p>\n"
        guard !repair.changes.isEmpty else { return table + "<p>\(words.nothingChanged)</p>\n" }
        table += "<table><tr><th>\(words.date)</th><th>\(words.staffID)</th><th>\(words.name)</th><th>\(words.before)</th><th>\(words.after)</th></tr>\n"
        for change in repair.changes {
            table += "<tr><td>\(change.date)</td><td>\(TextFormat.escaped(change.staff.rawValue))</td><td>\(TextFormat.escaped(names[change.staff] ?? ""))</td>"
                + "<td>\(place(change.before))</td><td>\(place(change.after))</td></tr>\n"
        }
        return table + "</table>\n"
    }

    /// One person's duties of the month (个人值班表), a page of its own when printed, to hand over.
    private func personalPage(_ total: StaffTotals, posts: [Post], _ words: Phrases) -> String {
        let own = assignments.filter { $0.staff == total.staff.id }
        let postByID = Dictionary(posts.map { ($0.id, $0) }) { first, _ in first }
        var page = "<section class=\"person\">\n<h2>\(TextFormat.escaped(total.staff.name))\(TextFormat.escaped(words.bracketed(total.staff.id.rawValue))) \(words.personalTitle) \(words.month(month))</h2>\n"
        page += "<p>\(words.personalSummary(total.shifts, total.nights, total.weekends))</p>\n"
        guard !own.isEmpty else { return page + "<p>\(words.noDuties)</p>\n</section>\n" }
        page += "<table><tr><th>\(words.date)</th><th>\(words.day)</th><th>\(words.post)</th><th>\(words.time)</th></tr>\n"
        for assignment in own {
            let post = postByID[assignment.post]
            let time = post.map { "\(TextFormat.clock($0.start))–\(TextFormat.clock($0.end))" } ?? ""
            let changed = isChanged(assignment.staff, on: assignment.date) ? " ✎" : ""
            page += "<tr><td>\(assignment.date)</td><td>\(words.weekday(assignment.date.weekday))\(dataset.calendar.holidays.contains(assignment.date) ? " 假" : dataset.calendar.workdays.contains(assignment.date) ? " 班" : "")</td>"
                + "<td>\(TextFormat.escaped(post?.name ?? assignment.post.rawValue))\(changed)</td><td>\(time)</td></tr>\n"
        }
        return page + "</table>\n</section>\n"
    }

}
