import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import DutyIO

/// The .xlsx writer: the parts a spreadsheet needs, each well-formed XML, text escaped, A4.
@Suite struct XLSXWriterTests {
    static let awkward = "王 <b>&\"'\u{1}\n第二行"

    static func workbook() -> Workbook {
        Workbook(sheets: [
            Workbook.Sheet(name: "值班日历", rows: [[.text("日期", .header), .text("岗位", .header)], [.text(awkward, .alert), .number(14)], [], [.empty, .number(0.5)]],
                           columnWidths: [11, 14], landscape: true),
            Workbook.Sheet(name: "Sheet 'two'", rows: [[.text("x")]], headerRows: 0),
        ])
    }

    /// The archive's parts by path.
    static func parts(of data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test("every part a spreadsheet needs is there and is well-formed XML")
    func parts() throws {
        let parts = try Self.parts(of: XLSXWriter.data(Self.workbook(), file: "test.xlsx"))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        for (path, xml) in parts {
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
        }
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<t xml:space="preserve">王 &lt;b&gt;&amp;&quot;&apos;"#) && !sheet.contains("\u{1}"))
        #expect(sheet.contains(#"<c r="B2" s="0"><v>14</v></c>"#) && sheet.contains(#"<c r="B4" s="0"><v>0.5</v></c>"#))
        #expect(sheet.contains(#"paperSize="9" orientation="landscape""#) && sheet.contains(#"state="frozen""#))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"'值班日历'!$1:$1"#) && !workbook.contains("'Sheet ''two'''!"))
    }

    @Test("the same workbook gives the same bytes")
    func reproducible() throws {
        #expect(try XLSXWriter.data(Self.workbook(), file: "a") == (try XLSXWriter.data(Self.workbook(), file: "b")))
    }

    @Test("a sheet name Excel refuses is an output error, not a broken file")
    func badSheetName() {
        for name in ["", "a/b", String(repeating: "x", count: 32)] {
            #expect(throws: OutputError.self) { try XLSXWriter.data(Workbook(sheets: [Workbook.Sheet(name: name, rows: [])]), file: "x.xlsx") }
        }
    }

    @Test("columns are named A … Z, AA …", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(XLSXWriter.columnName(index) == name)
    }
}
