import DutyCore

extension RosterDocument {
    /// roster.md: the month day by day with people per post, per-staff totals, and the uncovered list.
    public func markdown() -> String {
        let posts = dataset.posts.sorted { $0.id < $1.id }
        let names = Dictionary(uniqueKeysWithValues: dataset.staff.map { ($0.id, $0.name) })
        let missing = Dictionary(uncovered.map { ("\($0.date)|\($0.post)", $0.missing) }) { $0 + $1 }
        var lines = ["# Duty roster \(month) 值班表", ""]
        lines.append("Solver: **\(solver.status.rawValue)**, objective \(TextFormat.rounded(objective.total, places: 4)) (bound \(TextFormat.rounded(solver.bound, places: 4)), gap \(TextFormat.rounded(solver.gap, places: 6))).")
        lines.append("")
        lines.append("| term | value |")
        lines.append("| --- | ---: |")
        for term in objective.reported { lines.append("| \(term.rawValue) | \(TextFormat.rounded(objective[term], places: 4)) |") }
        lines.append("| total | \(TextFormat.rounded(objective.total, places: 4)) |")
        lines += ["", "## Calendar", ""]
        lines.append("| date | day | " + posts.map { "\($0.name) (\($0.id))" }.joined(separator: " | ") + " |")
        lines.append("| --- | --- | " + posts.map { _ in "---" }.joined(separator: " | ") + " |")
        for date in month.days {
            let kind = dataset.calendar.holidays.contains(date) ? " 假" : dataset.calendar.workdays.contains(date) ? " 班" : ""
            let cells = posts.map { post -> String in
                var people = assignments.filter { $0.date == date && $0.post == post.id }.map { assignment in
                    let name = names[assignment.staff] ?? assignment.staff.rawValue
                    return isChanged(assignment.staff, on: date) ? "**\(name) ✎**" : name
                }
                if let gap = missing["\(date)|\(post.id)"] { people.append("**⚠ \(gap) missing**") }
                return people.isEmpty ? "—" : people.joined(separator: ", ")
            }
            lines.append("| \(date) | \(date.weekday.rawValue)\(kind) | " + cells.joined(separator: " | ") + " |")
        }
        if let repair {
            lines += ["", "## Changes since the published roster", "",
                      "Re-planned from \(repair.from); earlier days are as published. ✎ in the calendar marks a changed day.", ""]
            if repair.changes.isEmpty { lines.append("Nothing changed.") }
            let postNames = Dictionary(dataset.posts.map { ($0.id, $0.name) }) { first, _ in first }
            func place(_ post: Post.ID?) -> String { post.map { postNames[$0] ?? $0.rawValue } ?? "off" }
            for change in repair.changes {
                lines.append("- \(change.date) \(names[change.staff] ?? change.staff.rawValue) (\(change.staff)): \(place(change.before)) → \(place(change.after))")
            }
        }
        lines += ["", "## Per-staff totals", "", "| id | name | shifts | nights | weekends & holidays |", "| --- | --- | ---: | ---: | ---: |"]
        for total in totals { lines.append("| \(total.staff.id) | \(total.staff.name) | \(total.shifts) | \(total.nights) | \(total.weekends) |") }
        lines += ["", "## Uncovered", ""]
        if uncovered.isEmpty { lines.append("Every demanded shift is covered.") }
        for gap in uncovered {
            let post = dataset.posts.first { $0.id == gap.post }
            lines.append("- \(gap.date) \(post?.name ?? gap.post.rawValue) (\(post?.area ?? "?")): \(gap.missing) missing")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
