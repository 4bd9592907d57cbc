import DutyCore

extension RosterDocument {
    /// roster.md: how the solve ended in words, the objective by what each term means, the
    /// month day by day with people per post, per-person totals, the uncovered list and, for a
    /// repaired month, the changes.
    public func markdown(_ words: Phrases) -> String {
        let posts = dataset.posts.sorted { $0.id < $1.id }
        let names = Dictionary(uniqueKeysWithValues: dataset.staff.map { ($0.id, $0.name) })
        let missing = Dictionary(uncovered.map { ("\($0.date)|\($0.post)", $0.missing) }) { $0 + $1 }
        var lines = ["# \(words.rosterTitle(month))", ""]
        lines.append("**\(solver.map { words.outcome($0.status, $0.seconds, $0.gap) } ?? words.checkedNotSolved)** · \(words.penalty) \(TextFormat.rounded(objective.total, places: 2))")
        lines.append("")
        lines.append("| \(words.penalty) | |")
        lines.append("| --- | ---: |")
        for term in objective.reported { lines.append("| \(words.term(term)) | \(TextFormat.rounded(objective[term], places: 2)) |") }
        lines.append("| \(words.total) | \(TextFormat.rounded(objective.total, places: 2)) |")
        lines += ["", "## \(words.calendar)", "", words.legend(repair != nil), ""]
        lines.append("| \(words.date) | \(words.day) | " + posts.map(\.name).joined(separator: " | ") + " |")
        lines.append("| --- | --- | " + posts.map { _ in "---" }.joined(separator: " | ") + " |")
        for date in month.days {
            let kind = dataset.calendar.holidays.contains(date) ? " 假" : dataset.calendar.workdays.contains(date) ? " 班" : ""
            let cells = posts.map { post -> String in
                var people = assignments.filter { $0.date == date && $0.post == post.id }.map { assignment in
                    let name = names[assignment.staff] ?? assignment.staff.rawValue
                    return isChanged(assignment.staff, on: date) ? "**\(name) ✎**" : name
                }
                if let gap = missing["\(date)|\(post.id)"] { people.append("**\(words.missing(gap))**") }
                return people.isEmpty ? "—" : people.joined(separator: words.separator)
            }
            lines.append("| \(date) | \(words.weekday(date.weekday))\(kind) | " + cells.joined(separator: " | ") + " |")
        }
        if let repair {
            lines += ["", "## \(words.changesTitle)", "", words.changesIntro(repair.from), ""]
            if repair.changes.isEmpty { lines.append(words.nothingChanged) }
            let postNames = Dictionary(dataset.posts.map { ($0.id, $0.name) }) { first, _ in first }
            func place(_ post: Post.ID?) -> String { post.map { postNames[$0] ?? $0.rawValue } ?? words.off }
            for change in repair.changes {
                lines.append("- \(change.date) \(names[change.staff] ?? change.staff.rawValue)\(words.bracketed(change.staff.rawValue)): \(place(change.before)) → \(place(change.after))")
            }
        }
        lines += ["", "## \(words.staffTotals)", "", "| \(words.staffID) | \(words.name) | \(words.shifts) | \(words.nights) | \(words.weekendShifts) |",
                  "| --- | --- | ---: | ---: | ---: |"]
        for total in totals { lines.append("| \(total.staff.id) | \(total.staff.name) | \(total.shifts) | \(total.nights) | \(total.weekends) |") }
        lines += ["", "## \(words.uncovered)", ""]
        if uncovered.isEmpty { lines.append(words.allCovered) }
        for gap in uncovered {
            let post = dataset.posts.first { $0.id == gap.post }
            lines.append("- \(gap.date) \(post?.name ?? gap.post.rawValue)\(words.bracketed(post?.area ?? "?")): \(words.missing(gap.missing))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
