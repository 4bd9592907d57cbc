import Testing
@testable import DutyIO

/// Large files are parsed and converted in concurrent pieces; nothing about the result may show it.
@Suite struct LargeCSVTests {
    /// About 6 MB: every 7th row has a quoted field spanning two lines; row k holds k.
    private func largeText(rows: Int) -> (text: String, lineOfRow: [Int]) {
        var text = "id,value,note\n"
        var lines: [Int] = []
        var line = 2
        for k in 0..<rows {
            lines.append(line)
            if k % 7 == 0 {
                text += "r\(k),\(k),\"two\nlines, \"\"quoted\"\"\"\n"
                line += 2
            } else {
                text += "r\(k),\(k),plain note for row \(k)\n"
                line += 1
            }
        }
        return (text, lines)
    }

    @Test("a large file parses into the same rows and line numbers as a small one would")
    func concurrentPieces() throws {
        let (text, lines) = largeText(rows: 200_000)
        #expect(text.utf8.count > 4_000_000)
        let table = try CSVTable.parse(text, file: "big.csv")
        #expect(table.header == ["id", "value", "note"])
        #expect(table.rows.count == 200_000)
        #expect(table.rows.map(\.line) == lines)
        #expect(table.rows.enumerated().allSatisfy { $0.element.fields[1] == String($0.offset) })
        #expect(table.rows[7].fields[2] == "two\nlines, \"quoted\"")
    }

    @Test("concurrent conversion keeps row order and reports errors in file order")
    func concurrentConversion() throws {
        var (text, lines) = largeText(rows: 150_000)
        text += "bad,notanumber,x\n"
        lines.append(lines.last! + 1)
        let table = try CSVTable.parse(text, file: "big.csv")
        let log = IssueLog()
        let values = RowReader(table: table, log: log).mapRows { row -> Int? in (row.integer("value") ?? nil).flatMap { $0 } }
        #expect(values == Array(0..<150_000))
        #expect(log.issues.map(\.line) == [lines.last!])
    }
}
