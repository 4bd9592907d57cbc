import DutyCore

/// Reads a roster CSV (`date,post,staff`, any column order) for `duty check`.
///
/// Only the format is checked here; unknown ids and dates outside the month
/// are the checker's `unknown-staff-or-post` findings, not input errors.
public enum RosterCSVReader {
    public static func read(_ path: String) throws(InputError) -> [Assignment] {
        let table = try CSVTable.read(path)
        let log = IssueLog()
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["date", "post", "staff"]) else { throw InputError(log.issues) }
        var assignments: [Assignment] = []
        reader.forEachRow { row in
            let date = row.date("date")
            let post = row.required("post", expected: "a post id")
            let staff = row.required("staff", expected: "a staff id")
            guard let date, let post, let staff else { return }
            assignments.append(Assignment(date: date, post: Post.ID(post), staff: Staff.ID(staff), source: row.source))
        }
        try log.throwIfAny()
        return assignments
    }
}
