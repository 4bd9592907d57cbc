import DutyCore
import Foundation
import ZIPFoundation

/// Writes a ``Workbook`` as an Office Open XML spreadsheet (.xlsx, ECMA-376 "transitional"),
/// the format Excel, WPS and LibreOffice all open.
///
/// An .xlsx file is a ZIP archive of XML parts: `[Content_Types].xml` names the parts' types,
/// `_rels/.rels` points at the workbook, `xl/workbook.xml` lists the sheets (with their print
/// titles), `xl/_rels/workbook.xml.rels` links them, `xl/styles.xml` holds the cell styles and
/// `xl/worksheets/sheetN.xml` the cells. Text is written as inline strings (no shared-string
/// table), which every one of those readers accepts. Entries carry a fixed date, so the same
/// workbook gives the same bytes.
public enum XLSXWriter {
    /// The bytes of `workbook` as an .xlsx file.
    /// - Throws: ``OutputError`` for a sheet name Excel would refuse (a bug: names are ours), or
    ///   when the archive cannot be built.
    public static func data(_ workbook: Workbook, file: String) throws(OutputError) -> Data {
        for sheet in workbook.sheets where sheet.name.isEmpty || sheet.name.count > 31 || sheet.name.contains(where: { "[]:*?/\\".contains($0) }) {
            throw OutputError(file: file, reason: "sheet name \"\(sheet.name)\" is not allowed by Excel")
        }
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes(sheets: workbook.sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(workbook.sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: workbook.sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in workbook.sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))) }
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw OutputError(file: file, reason: "the archive has no data") }
            return data
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(file: file, reason: "\(error)")
        }
    }

    /// 2000-01-01 00:00 UTC: the date of every entry, for reproducible bytes.
    private static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheets: Int) -> String {
        header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + (0..<sheets).map {
                #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined()
            + "</Types>"
    }

    private static let rootRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    /// The sheet list, and each sheet's header rows as its print titles (repeated on every page).
    private static func workbookXML(_ sheets: [Workbook.Sheet]) -> String {
        let list = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(escaped(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        let titles = sheets.enumerated().filter { $1.headerRows > 0 }.map { index, sheet in
            #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">'\#(escaped(sheet.name.replacingOccurrences(of: "'", with: "''")))'!$1:$\#(sheet.headerRows)</definedName>"#
        }.joined()
        return header + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)"><sheets>\#(list)</sheets>"#
            + (titles.isEmpty ? "" : "<definedNames>\(titles)</definedNames>") + "</workbook>"
    }

    private static func workbookRelationships(sheets: Int) -> String {
        let links = (0..<sheets).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        return header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + links + #"<Relationship Id="rId\#(sheets + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"# + "</Relationships>"
    }

    /// Fonts, fills and borders combined into the cell formats of ``Workbook/Style``, in its order.
    private static let styles: String = {
        let fonts = #"<fonts count="4"><font><sz val="11"/><name val="Noto Sans CJK SC"/></font>"#
            + #"<font><b/><sz val="11"/><name val="Noto Sans CJK SC"/></font>"#
            + #"<font><b/><sz val="11"/><color rgb="FFA40000"/><name val="Noto Sans CJK SC"/></font>"#
            + #"<font><b/><sz val="14"/><name val="Noto Sans CJK SC"/></font></fonts>"#
        func solid(_ rgb: String) -> String { #"<fill><patternFill patternType="solid"><fgColor rgb="\#(rgb)"/><bgColor indexed="64"/></patternFill></fill>"# }
        let fills = #"<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
            + solid("FFE8E8E8") + solid("FFFDE2E1") + solid("FFF3F6FB") + "</fills>"
        let thin = #"<left style="thin"><color rgb="FFBBBBBB"/></left><right style="thin"><color rgb="FFBBBBBB"/></right>"#
            + #"<top style="thin"><color rgb="FFBBBBBB"/></top><bottom style="thin"><color rgb="FFBBBBBB"/></bottom><diagonal/>"#
        let borders = #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>\#(thin)</border></borders>"#
        let wrap = #"<alignment vertical="top" wrapText="1"/>"#
        // Style order: plain, header, wrapped, alert, title, restDay.
        let formats = [
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment vertical="top"/></xf>"#,
            #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1">\#(wrap)</xf>"#,
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\#(wrap)</xf>"#,
            #"<xf numFmtId="0" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\#(wrap)</xf>"#,
            #"<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#,
            #"<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1">\#(wrap)</xf>"#,
        ]
        return header + #"<styleSheet xmlns="\#(mainNamespace)">"# + fonts + fills + borders
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="\#(formats.count)">"# + formats.joined() + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    }()

    /// One worksheet part: frozen header rows, column widths, the cells, A4 page setup.
    private static func worksheet(_ sheet: Workbook.Sheet) -> String {
        var xml = header + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        if sheet.headerRows > 0 {
            let first = "A\(sheet.headerRows + 1)"
            xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(sheet.headerRows)" topLeftCell="\#(first)" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.enumerated().map { index, width in
                #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += #"<row r="\#(r + 1)">"#
            for (c, cell) in row.enumerated() {
                let reference = columnName(c) + String(r + 1)
                switch cell {
                case let .text(text, style):
                    xml += #"<c r="\#(reference)" s="\#(style.rawValue)" t="inlineStr"><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
                case let .number(value, style):
                    xml += #"<c r="\#(reference)" s="\#(style.rawValue)"><v>\#(value.isFinite ? TextFormat.shortest(value) : "0")</v></c>"#
                case .empty:
                    break
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        xml += #"<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>"#
        // paperSize 9 is A4; fit every column on the page width, as many pages down as needed.
        xml += #"<pageSetup paperSize="9" orientation="\#(sheet.landscape ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>"#
        return xml + "</worksheet>"
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26.
    static func columnName(_ index: Int) -> String {
        var name = "", number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Text made safe inside XML: the five entities, and control characters XML 1.0 forbids dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
