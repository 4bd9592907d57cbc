import DutyCore
import Foundation

/// Reads the appraisal files of a dataset folder: staff.csv (with posts.csv), rubric.yaml,
/// inspections.csv, attendance.csv and repairs.csv, with the same checks and messages as the roster's reader.
public enum AppraisalReader {
    /// Everything the appraisal needs, checked; all problems reported at once.
    public struct Input: Sendable {
        public let staff: [Staff]
        public let rubric: Rubric
        public let records: AppraisalRecords
        /// What was accepted but reported (see ``InputWarning``).
        public let warnings: [InputWarning]
    }

    public static func read(directory: String) throws(InputError) -> Input {
        try read(.folder(directory))
    }

    public static func read(_ files: DatasetFiles) throws(InputError) -> Input {
        let log = IssueLog()
        let folder = Folder(files: files, log: log)
        guard folder.exists else {
            throw InputError([InputIssue(file: files.location, line: 0, message: .noDatasetFolder)])
        }
        let posts = Set(DatasetReader.readPosts(folder.table("posts.csv", required: true), log: log).map(\.id))
        let staff = DatasetReader.readStaff(folder.table("staff.csv", required: true), posts: posts, log: log)
        let staffIDs = Set(staff.map(\.id))
        var rubric: Rubric? = nil
        if files.contains("rubric.yaml") {
            rubric = RubricFile.read(folder)
        } else {
            log.add(file: folder.path(of: "rubric.yaml"), line: 0, .missingFile("rubric.yaml"))
        }
        let inspections = readInspections(folder.table("inspections.csv", required: true), staff: staffIDs, rubric: rubric, log: log)
        let attendance = readAttendance(folder.table("attendance.csv", required: false), staff: staffIDs, posts: posts, log: log)
        let repairs = readRepairs(folder.table("repairs.csv", required: false), staff: staffIDs, log: log)
        try log.throwIfAny()
        return Input(staff: staff, rubric: rubric!, records: AppraisalRecords(inspections: inspections, attendance: attendance, repairs: repairs),
                     warnings: log.warnings)
    }

    static func readInspections(_ table: CSVTable?, staff: Set<Staff.ID>, rubric: Rubric?, log: IssueLog) -> [Inspection] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["id", "date", "staff", "item"]) else { return [] }
        let unrepeated = uniqueRows(reader, kind: .inspection)
        // Inspection files are the largest input (a year of a big office is a million rows): converted concurrently.
        return reader.mapRows { row -> Inspection? in
            let date = row.date("date")
            let person = DatasetReader.knownStaff(row, staff)
            let code = row.required("item", expected: .itemCode)
            let item = code.flatMap { rubric?.items[$0] }
            if let code, let rubric, item == nil {
                row.fail("item", .unknownItem(code, known: rubric.items.keys.sorted()))
            }
            let givenPoints = !row.text("points").isEmpty
            let points = givenPoints ? row.number("points", minimum: -InputLimits.magnitude) : nil
            if let item, let given = points, let standard = item.points, standard != 0, given != 0, (given < 0) != (standard < 0) {
                row.fail("points", .oppositeSign(given: given, item: item.code, standard: standard))
            }
            if let item, !givenPoints, item.points == nil, !item.veto {
                row.fail("points", .noDefaultPoints(item: item.code))
            }
            guard unrepeated.contains(row.row.line), let date, let person, let code, item != nil else { return nil }
            return Inspection(id: row.text("id"), date: date, staff: person, item: code, points: points, inspector: row.text("inspector"),
                              note: row.text("note"))
        }
    }

    /// The lines of the rows whose id is required and not a repeat (repeats are logged).
    /// The ids are forgotten on return, so that a large file's index does not outlive the check.
    private static func uniqueRows(_ reader: RowReader, kind: InputMessage.IDKind) -> IndexSet {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(reader.table.rows.count)
        var lines = IndexSet()
        reader.forEachRow { row in
            if row.uniqueID("id", kind: kind, seen: &seen) != nil { lines.insert(row.row.line) }
        }
        return lines
    }

    static func readAttendance(_ table: CSVTable?, staff: Set<Staff.ID>, posts: Set<Post.ID>, log: IssueLog) -> [AttendanceException] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["date", "staff", "status"]) else { return [] }
        var result: [AttendanceException] = []
        reader.forEachRow { row in
            let date = row.date("date")
            let person = DatasetReader.knownStaff(row, staff)
            let post: Post.ID? = row.text("post").isEmpty ? nil : Post.ID(row.text("post"))
            if let post, !posts.contains(post) { row.fail("post", .unknownPost(post.rawValue, emptyAllowed: true)) }
            let status = AttendanceException.Status(rawValue: row.text("status").lowercased())
            if status == nil { row.fail("status", .notAttendanceStatus(row.text("status"))) }
            guard let date, let person, let status, post.map(posts.contains) ?? true else { return }
            result.append(AttendanceException(date: date, staff: person, post: post, status: status, note: row.text("note"), source: row.source))
        }
        return result
    }

    static func readRepairs(_ table: CSVTable?, staff: Set<Staff.ID>, log: IssueLog) -> [RepairTicket] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["id", "reported", "kind", "staff", "completed"]) else { return [] }
        var result: [RepairTicket] = []
        var seen: [String: Int] = [:]
        reader.forEachRow { row in
            let id = row.uniqueID("id", kind: .repair, seen: &seen)
            let reported = LocalDateTime(iso: row.text("reported"))
            if reported == nil { row.fail("reported", .notTimestamp(row.text("reported"), emptyWhileOpen: false)) }
            let kind = RepairTicket.Kind(rawValue: row.text("kind").lowercased())
            if kind == nil { row.fail("kind", .notRepairKind(row.text("kind"))) }
            let person = DatasetReader.knownStaff(row, staff)
            var completed: LocalDateTime? = nil
            if !row.text("completed").isEmpty {
                completed = LocalDateTime(iso: row.text("completed"))
                if completed == nil { row.fail("completed", .notTimestamp(row.text("completed"), emptyWhileOpen: true)) }
            }
            if let reported, let completed, completed < reported {
                row.fail("completed", .completedBeforeReported(completed: completed, reported: reported))
                return
            }
            guard let id, let reported, let kind, let person, completed != nil || row.text("completed").isEmpty else { return }
            result.append(RepairTicket(id: id, reported: reported, kind: kind, staff: person, completed: completed, source: row.source))
        }
        return result
    }

}
