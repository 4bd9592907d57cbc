import DutyCore

/// Reads a roster CSV (`date,post,staff`, any column order).
public enum RosterCSVReader {
    /// A roster for `duty check`: only the format is checked here; unknown ids and dates outside
    /// the month are the checker's `unknown-staff-or-post` findings, not input errors.
    public static func read(_ path: String) throws(InputError) -> [Assignment] {
        try read(path, log: IssueLog()) { _, _ in true }
    }

    /// A roster that the month is built on (`duty replan`'s published roster, `duty suggest`'s
    /// roster): every row must name a staff member and a post of the dataset and a date of
    /// `month`, or it is an input error on its line. A row repeated exactly is read once, with a warning.
    /// - Returns: the assignments and the warnings.
    public static func read(_ path: String, for dataset: Dataset, month: Month) throws(InputError) -> (assignments: [Assignment], warnings: [InputWarning]) {
        let staff = Set(dataset.staff.map(\.id)), posts = Set(dataset.posts.map(\.id))
        let log = IssueLog()
        var seen: [Assignment: Int] = [:]
        let assignments = try read(path, log: log) { assignment, row in
            if !staff.contains(assignment.staff) { row.fail("staff", .unknownStaff(assignment.staff.rawValue)) }
            if !posts.contains(assignment.post) { row.fail("post", .unknownPost(assignment.post.rawValue, emptyAllowed: false)) }
            if !month.contains(assignment.date) { row.fail("date", .dateNotInMonth(assignment.date, month)) }
            guard staff.contains(assignment.staff), posts.contains(assignment.post), month.contains(assignment.date) else { return false }
            if let first = seen[assignment] {
                log.warn(file: row.source.file, line: row.row.line, .repeatedAssignment(firstLine: first, date: assignment.date, staff: assignment.staff.rawValue, post: assignment.post.rawValue))
                return false
            }
            seen[assignment] = row.row.line
            return true
        }
        return (assignments, log.warnings)
    }

    /// The rows of a roster CSV that `keep` accepts; throws everything logged.
    private static func read(_ path: String, log: IssueLog, keep: (Assignment, Fields) -> Bool) throws(InputError) -> [Assignment] {
        let table = try CSVTable.read(path)
        for warning in table.warnings { log.warn(warning) }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["date", "post", "staff"]) else { throw InputError(log.issues) }
        var assignments: [Assignment] = []
        reader.forEachRow { row in
            let date = row.date("date")
            let post = row.required("post", expected: .postID)
            let staff = row.required("staff", expected: .staffID)
            guard let date, let post, let staff else { return }
            let assignment = Assignment(date: date, post: Post.ID(post), staff: Staff.ID(staff), source: row.source)
            if keep(assignment, row) { assignments.append(assignment) }
        }
        try log.throwIfAny()
        return assignments
    }
}
