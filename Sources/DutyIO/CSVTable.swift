import CSV
import Foundation

/// A CSV file with a header row, read through CSV.swift (RFC 4180 quoting),
/// with a UTF-8 byte-order mark tolerated and every row's line number kept.
struct CSVTable {
    /// The path as the user gave it, for messages.
    let file: String
    /// Column names, trimmed and lowercased, by position.
    let header: [String]
    let rows: [CSVRow]
    private let positions: [String: Int]

    init(file: String, header: [String], rows: [CSVRow]) {
        self.file = file
        self.header = header
        self.rows = rows
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    /// Reads `path`. Blank lines are skipped.
    /// - Throws: ``InputError`` when the file cannot be read, is not UTF-8, or has no header.
    static func read(_ path: String) throws(InputError) -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError([InputIssue(file: path, line: 0, message: "cannot read the file; expected a readable UTF-8 CSV file")])
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InputError([InputIssue(file: path, line: 0, message: "the file is not valid UTF-8; expected UTF-8 text")])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try parse(text, file: path)
    }

    /// Parses CSV text; `file` names it in messages.
    static func parse(_ text: String, file: String) throws(InputError) -> CSVTable {
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: false) } catch {
            throw InputError([InputIssue(file: file, line: 1, message: "unreadable CSV (\(error)); expected comma-separated UTF-8 text")])
        }
        var header: [String]? = nil
        var rows: [CSVRow] = []
        var line = 1
        while let fields = reader.next() {
            let rowLine = line
            line += 1
            for field in fields where field.utf8.contains(10) { line += field.utf8.filter { $0 == 10 }.count }
            if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            if header == nil {
                header = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            } else {
                rows.append(CSVRow(line: rowLine, fields: fields))
            }
        }
        guard let header else {
            throw InputError([InputIssue(file: file, line: 1, message: "the file is empty; expected a header row")])
        }
        return CSVTable(file: file, header: header, rows: rows)
    }

    /// The 0-based position of a column, if the header has it.
    func position(of column: String) -> Int? { positions[column] }
}

/// One data row of a ``CSVTable``.
struct CSVRow {
    let line: Int
    let fields: [String]
}
