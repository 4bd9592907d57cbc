import DutyCore
import Foundation

/// Checks every file of a dataset as the readers do, for no month in particular: what
/// `duty import` runs before anything reaches the store, so that bad input is refused with its
/// file and line and the store stays as it was.
public enum DatasetCheck {
    /// The files a dataset may hold, in the order they are checked and exported.
    public static let csvFiles = ["posts.csv", "staff.csv", "demand.csv", "calendar.csv", "leave.csv", "requests.csv", "history.csv", "pinned.csv",
                                  "inspections.csv", "attendance.csv", "repairs.csv"]
    public static let yamlFiles = ["rules.yaml", "rubric.yaml"]

    /// Every problem of every file present, all at once.
    /// - Returns: the warnings of the accepted files.
    /// - Throws: ``InputError`` listing the problems.
    public static func check(_ files: DatasetFiles) throws(InputError) -> [InputWarning] {
        let log = IssueLog()
        let folder = Folder(files: files, log: log)
        guard folder.exists else {
            throw InputError([InputIssue(file: files.location, line: 0, message: .noDatasetFolder)])
        }
        let posts = Set(DatasetReader.readPosts(folder.table("posts.csv", required: true), log: log).map(\.id))
        let staff = Set(DatasetReader.readStaff(folder.table("staff.csv", required: true), posts: posts, log: log).map(\.id))
        _ = DatasetReader.readDemand(folder.table("demand.csv", required: true), posts: posts, log: log)
        _ = DatasetReader.readCalendar(folder.table("calendar.csv", required: false), log: log)
        _ = DatasetReader.readLeave(folder.table("leave.csv", required: false), staff: staff, log: log)
        let rules = RulesFile.read(folder)
        _ = DatasetReader.readRequests(folder.table("requests.csv", required: false), staff: staff, posts: posts, defaultWeight: rules.weights.request, log: log)
        for file in ["history.csv", "pinned.csv"] {
            _ = DatasetReader.readAssignments(folder.table(file, required: false), staff: staff, posts: posts, log: log) { _, _ in true }
        }
        // The appraisal's files are optional here: a store may hold the roster's data alone.
        let rubric = files.contains("rubric.yaml") ? RubricFile.read(folder) : nil
        if files.contains("inspections.csv") {
            _ = AppraisalReader.readInspections(folder.table("inspections.csv", required: true), staff: staff, rubric: rubric, log: log)
        }
        _ = AppraisalReader.readAttendance(folder.table("attendance.csv", required: false), staff: staff, posts: posts, log: log)
        _ = AppraisalReader.readRepairs(folder.table("repairs.csv", required: false), staff: staff, log: log)
        try log.throwIfAny()
        return log.warnings
    }

    /// The rows of a CSV file of `files` as text by column, for the columns asked (a column the
    /// file lacks, or an empty field, is `nil`), in file order, each with its line.
    package static func rows(of file: String, in files: DatasetFiles, columns: [String]) throws(InputError) -> [(line: Int, values: [String?])] {
        guard let data = files.data(of: file) else { return [] }
        let table = try CSVTable.read(data, file: files.path(of: file))
        let positions = columns.map { table.position(of: $0) }
        return table.rows.map { row in
            (row.line, positions.map { position in
                guard let position, position < row.fields.count else { return nil }
                let value = row.fields[position].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            })
        }
    }
}
