import DutyCore
import DutyIO
import Foundation
import GRDB

extension OfficeStore {
    /// The record files the office adds to one row at a time (the server's record routes).
    public static let recordFiles = ["inspections.csv", "attendance.csv", "repairs.csv", "leave.csv", "requests.csv"]

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
        }        // The record is checked as the last row of its file, with the store's other files.
        let files = try datasetFiles()
        let existing = files.data(of: file).map { String(decoding: $0, as: UTF8.self) } ?? CSVText.make(header: stored.columns, rows: [])
        let line = existing.split(separator: "\n", omittingEmptySubsequences: false).count
        // The row as CSV: what the file's text would have after its header line.
        let row = CSVText.make(header: stored.columns, rows: [values.map { $0 ?? "" }]).drop { $0 != "\n" }.dropFirst().dropLast()
        var contents: [String: Data] = [:]
        for name in DatasetCheck.csvFiles + DatasetCheck.yamlFiles { if let data = files.data(of: name) { contents[name] = data } }
        contents[file] = Data((existing + row + "\n").utf8)
        do {
            _ = try DatasetCheck.check(.contents(contents, location: path))
        } catch {
            let own = error.issues.filter { $0.line == line || $0.line == 0 && $0.file.hasSuffix(file) }
            throw InputError(own.isEmpty ? error.issues : own)
        }
        return try writing { db in try add(stored, [(line, values)], in: db) > 0 }
    }
}
