import DutyCore
import DutyIO
import Foundation
import GRDB

extension OfficeStore {
    /// The record files the office adds to one row at a time (the server's record routes).
    public static let recordFiles = ["inspections.csv", "attendance.csv", "repairs.csv", "leave.csv", "requests.csv"]

    /// The master-data files, which an import replaces whole (the others only add rows).
    public static let masterFiles = StoredFile.all.filter(\.isMaster).map(\.file)

    /// Adds one record to `file` (fields by the file's column names, absent ones blank), checked
    /// as the file's reader checks it, together with the rest of the store's dataset.
    /// - Returns: whether it was added (`false`: an equal row is already there).
    /// - Throws: ``InputError`` whose issues name the field that is wrong.
    @discardableResult
    public func addRecord(to file: String, fields: [String: String]) throws(InputError) -> Bool {
        guard let stored = StoredFile.all.first(where: { $0.file == file && !$0.isMaster }) else {
            throw issue(.notRecordFile(file))
        }
        let unknown = Set(fields.keys).subtracting(stored.columns)
        if let extra = unknown.sorted().first {
            throw InputError([InputIssue(file: file, line: 0, field: extra, message: .unknownRecordField(expected: stored.columns))])
        }
        let values = stored.columns.map { fields[$0].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } }
        // A record already there is not added again (nor refused as a repeat).
        let key = Self.recordKey(values)
        if try reading({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM \(stored.table) WHERE record_key = ?", arguments: [key]) }) == true {
            return false
        }
        // The record is checked as the last row of its file, with the store's other files.
        let files = try datasetFiles()
        var lines = Self.lines(of: file, in: files, columns: stored.columns)
        lines.append(Self.csvLine(values, columns: stored.columns))
        try check(file, lines: lines, line: lines.count, in: files)
        return try writing { db in try add(stored, [(lines.count, values)], in: db) > 0 }
    }

    /// Marks an open repair ticket completed at `completed` (`YYYY-MM-DDTHH:MM`), checked as
    /// repairs.csv is (a time before the report is refused, naming the field).
    /// - Returns: whether a ticket was completed (`false`: no open ticket has that id).
    @discardableResult
    public func completeRepair(_ id: String, at completed: String) throws(InputError) -> Bool {
        let stored = StoredFile.all.first { $0.file == "repairs.csv" }!
        let columns = stored.columns.map(StoredFile.quoted).joined(separator: ", ")
        let rows = try reading { db in try Row.fetchAll(db, sql: "SELECT position, \(columns) FROM repairs ORDER BY position") }
        guard let index = rows.firstIndex(where: { $0["id"] as String? == id && $0["completed"] as String? == nil }) else { return false }
        var values = stored.columns.map { rows[index][$0] as String? }
        values[stored.columns.firstIndex(of: "completed")!] = completed.trimmingCharacters(in: .whitespaces)
        let files = try datasetFiles()
        var lines = Self.lines(of: "repairs.csv", in: files, columns: stored.columns)
        // The store's rows are the file's lines after its header, in the same order.
        lines[index + 1] = Self.csvLine(values, columns: stored.columns)
        try check("repairs.csv", lines: lines, line: index + 2, in: files)
        let position: Int = rows[index]["position"]
        return try writing { db in
            try db.execute(sql: "UPDATE repairs SET completed = ?, record_key = ? WHERE position = ?",
                           arguments: [values[stored.columns.firstIndex(of: "completed")!], Self.recordKey(values), position])
            return db.changesCount > 0
        }
    }

    /// The lines of a record file as the store exports it, its header first.
    private static func lines(of file: String, in files: DatasetFiles, columns: [String]) -> [String] {
        let text = files.data(of: file).map { String(decoding: $0, as: UTF8.self) } ?? CSVText.make(header: columns, rows: [])
        return text.split(separator: "\n").map(String.init)
    }

    /// One row as a line of its CSV file.
    private static func csvLine(_ values: [String?], columns: [String]) -> String {
        String(CSVText.make(header: columns, rows: [values.map { $0 ?? "" }]).drop { $0 != "\n" }.dropFirst().dropLast())
    }

    /// Checks the dataset with `file` made of `lines`, keeping the problems of line `line`.
    private func check(_ file: String, lines: [String], line: Int, in files: DatasetFiles) throws(InputError) {
        var contents: [String: Data] = [:]
        for name in DatasetCheck.csvFiles + DatasetCheck.yamlFiles { if let data = files.data(of: name) { contents[name] = data } }
        contents[file] = Data((lines.joined(separator: "\n") + "\n").utf8)
        do {
            _ = try DatasetCheck.check(.contents(contents, location: path))
        } catch {
            let own = error.issues.filter { $0.line == line || $0.line == 0 && $0.file.hasSuffix(file) }
            throw InputError(own.isEmpty ? error.issues : own)
        }
    }
}
