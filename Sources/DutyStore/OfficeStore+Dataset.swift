import DutyCore
import DutyIO
import Foundation
import GRDB

extension OfficeStore {
    /// Loads a dataset folder into the store: master data (posts, staff, demand, calendar, rules,
    /// rubric) replaces what is there; records (leave, requests, pins, history, inspections,
    /// attendance, repairs) are added when no row with every column equal is there yet.
    ///
    /// Every file is checked first, as `duty roster` and `duty appraise` read it; then all of it
    /// is written in one transaction.
    /// - Returns: the warnings of the files, and how many rows each file added.
    /// - Throws: ``InputError`` with file and line, the store unchanged.
    @discardableResult
    public func importDataset(_ files: DatasetFiles) throws(InputError) -> (warnings: [InputWarning], added: [String: Int]) {
        let warnings = try DatasetCheck.check(files)
        var rows: [String: [(line: Int, values: [String?])]] = [:]
        for stored in StoredFile.all where files.contains(stored.file) {
            rows[stored.file] = try DatasetCheck.rows(of: stored.file, in: files, columns: stored.columns)
        }
        var documents: [String: String] = [:]
        for name in StoredFile.documents where files.contains(name) {
            guard let data = files.data(of: name) else { continue }
            documents[name] = String(decoding: data, as: UTF8.self)
        }
        do {
            let added = try pool.write { db -> [String: Int] in
                var added: [String: Int] = [:]
                for stored in StoredFile.all {
                    guard let fileRows = rows[stored.file] else { continue }
                    added[stored.file] = try stored.isMaster ? replace(stored, with: fileRows, in: db) : add(stored, fileRows, in: db)
                }
                for (name, text) in documents {
                    try db.execute(sql: "INSERT INTO documents (name, text) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET text = excluded.text",
                                   arguments: [name, text])
                }
                return added
            }
            return (warnings, added)
        } catch {
            throw InputError([InputIssue(file: path, line: 0, message: .importNotMade(Self.importFailure(error)))])
        }
    }

    private func replace(_ stored: StoredFile, with rows: [(line: Int, values: [String?])], in db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM \(stored.table)")
        let columns = stored.columns.map(StoredFile.quoted).joined(separator: ", ")
        let marks = Array(repeating: "?", count: stored.columns.count + 1).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(stored.table) (position, \(columns)) VALUES (\(marks))")
        for (position, row) in rows.enumerated() {
            let values: [DatabaseValueConvertible?] = [position] + row.values
            try statement.execute(arguments: StatementArguments(values))
        }
        return rows.count
    }

    /// Adds the rows not there yet (every column equal, NULL equal to NULL); returns how many.
    func add(_ stored: StoredFile, _ rows: [(line: Int, values: [String?])], in db: Database) throws -> Int {
        let columns = stored.columns.map(StoredFile.quoted).joined(separator: ", ")
        let marks = Array(repeating: "?", count: stored.columns.count + 2).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(stored.table) (position, record_key, \(columns)) VALUES (\(marks))")
        var next = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), -1) + 1 FROM \(stored.table)") ?? 0
        var added = 0
        for row in rows {
            // Typed apart: a bare array literal beside `+` would be taken for StatementArguments.
            let values: [DatabaseValueConvertible?] = [next, Self.recordKey(row.values)] + row.values
            try statement.execute(arguments: StatementArguments(values))
            if db.changesCount > 0 {
                added += 1
                next += 1
            }
        }
        return added
    }

    /// A record's fields as one text, unambiguous: each field's length (−1 for empty) before it.
    static func recordKey(_ values: [String?]) -> String {
        values.map { value in value.map { "\($0.utf8.count):\($0)" } ?? "-1:" }.joined()
    }

    /// A failed import in words: records that name staff or posts the new master data lacks.
    private static func importFailure(_ error: Error) -> String {
        if let database = error as? DatabaseError, database.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            return "records already in the store name staff or posts that the new staff.csv or posts.csv no longer lists; keep them in the new files"
        }
        return reason(error)
    }

    /// The store's dataset as the files of a dataset folder, byte for byte what `duty export`
    /// writes. For a month's roster, `historyBefore` keeps only the history dated before it (the
    /// store holds the history of many months) and `extraHistory` rows are added to history.csv
    /// (the previous month's published roster).
    public func datasetFiles(extraHistory: [Assignment] = [], historyBefore: LocalDate? = nil) throws(InputError) -> DatasetFiles {
        do {
            let files = try pool.read { db -> [String: Data] in
                var files: [String: Data] = [:]
                for stored in StoredFile.all {
                    let columns = stored.columns.map(StoredFile.quoted).joined(separator: ", ")
                    var rows = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(stored.table) ORDER BY position").map { row in
                        stored.columns.map { (row[$0] as String?) ?? "" }
                    }
                    if stored.file == "history.csv", let historyBefore {
                        rows = rows.filter { LocalDate(iso: $0[0]).map { $0 < historyBefore } ?? true }
                    }
                    if stored.file == "history.csv", !extraHistory.isEmpty {
                        let present = Set(rows.map { $0.joined(separator: "\u{1F}") })
                        rows += extraHistory.map { [$0.date.description, $0.staff.rawValue, $0.post.rawValue] }
                            .filter { !present.contains($0.joined(separator: "\u{1F}")) }
                    }
                    guard !rows.isEmpty else { continue }
                    files[stored.file] = Data(CSVText.make(header: stored.columns, rows: rows).utf8)
                }
                for row in try Row.fetchAll(db, sql: "SELECT name, text FROM documents") {
                    files[row["name"] as String] = Data((row["text"] as String).utf8)
                }
                return files
            }
            guard files["posts.csv"] != nil else {
                throw InputError([InputIssue(file: path, line: 0, message: .storeEmpty(path))])
            }
            return .contents(files, location: path)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError([InputIssue(file: path, line: 0, message: .storeUnreadable(Self.reason(error)))])
        }
    }

    /// Writes the store's dataset as a dataset folder.
    public func export(to directory: String) throws(InputError) -> [String] {
        let files = try datasetFiles()
        let names = (StoredFile.all.map(\.file) + StoredFile.documents).filter(files.contains)
        try AtomicOutput.write(names.compactMap { name in files.data(of: name).map { OutputFile(name, data: $0) } }, to: directory)
        return names
    }
}
