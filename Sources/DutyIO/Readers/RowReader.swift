import DutyCore
import Foundation

/// Reads typed fields from the rows of one CSV table, logging every problem
/// with file, line, column and field instead of stopping at the first.
package struct RowReader {
    package let table: CSVTable
    package let log: IssueLog

    package init(table: CSVTable, log: IssueLog) {
        self.table = table
        self.log = log
    }

    /// Checks that the header has every required column; logs the missing ones.
    /// - Returns: whether all are present.
    package func requireColumns(_ columns: [String]) -> Bool {
        let missing = columns.filter { table.position(of: $0) == nil }
        for column in missing {
            log.add(file: table.file, line: 1, field: column,
                    FullWidth.annotated(.missingColumn(column, header: table.header, expected: columns), fields: table.header))
        }
        return missing.isEmpty
    }

    /// Calls `body` with a field reader for each row, in file order.
    package func forEachRow(_ body: (Fields) -> Void) {
        for row in table.rows { body(Fields(row: row, table: table, log: log)) }
    }

    /// The rows converted by `transform` (nil drops a row), in file order. Large tables are
    /// converted in concurrent slices, each logging into its own log; the logs are then
    /// appended to this reader's log in file order, so messages keep their order.
    package func mapRows<T>(_ transform: @Sendable (Fields) -> T?) -> [T] {
        let rows = table.rows
        let slices = rows.count > 100_000 ? ProcessInfo.processInfo.activeProcessorCount : 1
        let size = (rows.count + slices - 1) / max(slices, 1)
        let table = table
        var results: [(values: [T], issues: [InputIssue])?] = Array(0..<slices).concurrentMap { slice in
            let log = IssueLog()
            let range = min(slice * size, rows.count)..<min((slice + 1) * size, rows.count)
            return (rows[range].compactMap { transform(Fields(row: $0, table: table, log: log)) }, log.issues)
        }
        var values: [T] = []
        values.reserveCapacity(results.reduce(0) { $0 + ($1?.values.count ?? 0) })
        for index in results.indices {
            for issue in results[index]?.issues ?? [] { log.add(issue) }
            values += results[index]?.values ?? []
            results[index] = nil  // free each slice as soon as it is copied: large files stay within memory
        }
        return values
    }
}
