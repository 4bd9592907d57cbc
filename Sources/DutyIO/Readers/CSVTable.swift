import CSV
import DutyCore
import Foundation

/// A CSV file with a header row, read through CSV.swift (RFC 4180 quoting),
/// with a UTF-8 byte-order mark tolerated and every row's line number kept.
package struct CSVTable {
    /// The path as the user gave it, for messages.
    package let file: String
    /// Column names, trimmed and lowercased, by position.
    package let header: [String]
    package let rows: [CSVRow]
    /// What was read but deserves a look: quoted fields spanning lines, a non-UTF-8 encoding.
    package let warnings: [InputWarning]
    private let positions: [String: Int]

    package init(file: String, header: [String], rows: [CSVRow], warnings: [InputWarning] = []) {
        self.file = file
        self.header = header
        self.rows = rows
        self.warnings = warnings
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    /// Reads `path`. Blank lines are skipped.
    /// - Throws: ``InputError`` when the file cannot be read, is not UTF-8, or has no header.
    package static func read(_ path: String) throws(InputError) -> CSVTable {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError([InputIssue(file: path, line: 0, message: .noSuchCSV)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError([InputIssue(file: path, line: 0, message: .unreadableCSV)])
        }
        return try read(data, file: path)
    }

    /// Reads the bytes of a CSV file (UTF-8 with or without BOM, or GB18030); `file` names it in messages.
    package static func read(_ data: Data, file: String) throws(InputError) -> CSVTable {
        let decoded = try TextDecoding.text(of: data, file: file)
        let table = try parse(decoded.text, file: file)
        guard let warning = decoded.warning else { return table }
        return CSVTable(file: table.file, header: table.header, rows: table.rows, warnings: [warning] + table.warnings)
    }

    /// Parses CSV text; `file` names it in messages.
    ///
    /// Large files are cut at record boundaries (never inside a quoted field) into one
    /// piece per processor, parsed concurrently and joined in order, line numbers kept.
    /// Quoting is checked first (``CSVQuoting``): an unclosed quote is an error on the line where
    /// it opened, and a header that names a column twice is an error on line 1.
    package static func parse(_ text: String, file: String) throws(InputError) -> CSVTable {
        let multiline: [CSVQuoting.MultilineField]
        switch CSVQuoting.scan(text) {
        case .success(let fields): multiline = fields
        case .failure(let problem): throw InputError([InputIssue(file: file, line: problem.line, message: problem.message)])
        }
        let pieces = CSVTable.pieces(of: text)
        var all = pieces.concurrentMap { rows(of: $0.text, firstLine: $0.firstLine) }.flatMap { $0 }
        guard !all.isEmpty else {
            throw InputError([InputIssue(file: file, line: 1, message: .emptyCSV)])
        }
        let header = all.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var repeated: [InputIssue] = []
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let first = header[..<index].firstIndex(of: name) {
                repeated.append(InputIssue(file: file, line: 1, column: index + 1, field: name,
                                           message: .repeatedColumn(name, firstColumn: first + 1)))
            }
        }
        if !repeated.isEmpty { throw InputError(repeated) }
        let warnings = multiline.map {
            InputWarning(file: file, line: $0.firstLine,
                         message: .multilineField(firstLine: $0.firstLine, lastLine: $0.lastLine))
        }
        return CSVTable(file: file, header: header, rows: all, warnings: warnings)
    }

    /// The non-blank records of a piece of CSV text starting on line `firstLine`.
    private static func rows(of text: Substring, firstLine: Int) -> [CSVRow] {
        // CSV.swift reads from a string; creating its reader cannot fail for one.
        let reader = try! CSVReader(string: String(text), hasHeaderRow: false)
        var rows: [CSVRow] = []
        var line = firstLine
        while let fields = reader.next() {
            let rowLine = line
            line += 1
            for field in fields where field.utf8.contains(10) { line += field.utf8.filter { $0 == 10 }.count }
            if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            rows.append(CSVRow(line: rowLine, fields: fields))
        }
        return rows
    }

    /// The text cut after newlines that lie outside quotes, into about one piece per processor
    /// for texts over 4 MB, each with the line it starts on.
    private static func pieces(of text: String) -> [(text: Substring, firstLine: Int)] {
        let utf8 = text.utf8
        let count = ProcessInfo.processInfo.activeProcessorCount
        guard utf8.count > 4_000_000, count > 1 else { return [(text[...], 1)] }
        var cuts: [String.Index] = []
        var insideQuotes = false, line = 1, lines: [Int] = [1]
        let target = utf8.count / count
        var offset = 0, next = target
        for index in utf8.indices {
            let byte = utf8[index]
            offset += 1
            if byte == UInt8(ascii: "\"") { insideQuotes.toggle() }
            guard byte == 10 else { continue }
            line += 1
            if !insideQuotes, offset >= next, cuts.count < count - 1 {
                cuts.append(utf8.index(after: index))
                lines.append(line)
                next += target
            }
        }
        let bounds = [text.startIndex] + cuts + [text.endIndex]
        return (0..<(bounds.count - 1)).map { (text[bounds[$0]..<bounds[$0 + 1]], lines[$0]) }
    }

    /// The 0-based position of a column, if the header has it.
    package func position(of column: String) -> Int? { positions[column] }
}
