/// A file of the dataset folder as the store keeps it: one table with the file's columns.
///
/// The store keeps the office's rows as it gave them, field by field (trimmed, an empty field
/// as NULL), and turns them into domain values only by exporting the file and reading it with
/// the dataset's readers. So `--db` and `--data` give the same values by construction, and an
/// export reproduces every row.
struct StoredFile: Sendable {
    /// `leave.csv`.
    let file: String
    /// `leave`.
    let table: String
    /// The file's columns, in the order the reference lists them.
    let columns: [String]
    /// Master data is replaced by an import; records are added when not there yet.
    let isMaster: Bool
    /// Columns naming a staff member or a post, checked against the staff and posts tables.
    var staffColumn: String? = nil
    var postColumn: String? = nil

    /// Every file of a dataset folder that the store keeps as a table.
    static let all: [StoredFile] = [
        StoredFile(file: "posts.csv", table: "posts", columns: ["id", "name", "area", "start", "end", "night", "priority"], isMaster: true),
        StoredFile(file: "staff.csv", table: "staff", columns: ["id", "name", "skills", "max_shifts", "min_shifts", "max_nights"], isMaster: true),
        StoredFile(file: "demand.csv", table: "demand", columns: ["post", "day", "count"], isMaster: true, postColumn: "post"),
        StoredFile(file: "calendar.csv", table: "calendar", columns: ["date", "kind"], isMaster: true),
        StoredFile(file: "leave.csv", table: "leave", columns: ["staff", "from", "to", "reason"], isMaster: false, staffColumn: "staff"),
        StoredFile(file: "requests.csv", table: "requests", columns: ["staff", "date", "post", "kind", "weight"], isMaster: false,
                   staffColumn: "staff", postColumn: "post"),
        StoredFile(file: "history.csv", table: "history", columns: ["date", "staff", "post"], isMaster: false, staffColumn: "staff", postColumn: "post"),
        StoredFile(file: "pinned.csv", table: "pins", columns: ["date", "staff", "post"], isMaster: false, staffColumn: "staff", postColumn: "post"),
        StoredFile(file: "inspections.csv", table: "inspections", columns: ["id", "date", "staff", "item", "points", "inspector", "note"], isMaster: false,
                   staffColumn: "staff"),
        StoredFile(file: "attendance.csv", table: "attendance", columns: ["date", "staff", "post", "status", "note"], isMaster: false,
                   staffColumn: "staff", postColumn: "post"),
        StoredFile(file: "repairs.csv", table: "repairs", columns: ["id", "reported", "kind", "staff", "completed"], isMaster: false, staffColumn: "staff"),
    ]

    /// The files kept whole as text (settings): compared as parsed YAML, so kept as written.
    static let documents = ["rules.yaml", "rubric.yaml"]

    /// `"from"`: every column quoted, since some are SQL words.
    static func quoted(_ name: String) -> String { "\"\(name)\"" }
}
