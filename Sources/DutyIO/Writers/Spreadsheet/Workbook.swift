/// A workbook as DutyEngine writes it: a few sheets of text and numbers with a handful of
/// styles, column widths and print settings. It is all that roster.xlsx and appraisal.xlsx
/// need, and all that ``XLSXWriter`` knows how to write.
public struct Workbook: Sendable {
    public var sheets: [Sheet]
    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// One worksheet.
    public struct Sheet: Sendable {
        /// The tab's name (at most 31 characters, none of `[]:*?/\`; the writer checks).
        public var name: String
        public var rows: [[Cell]]
        /// Column widths in characters, from column A; later columns keep the default.
        public var columnWidths: [Double]
        /// Printed landscape rather than portrait, on A4, scaled to the page width.
        public var landscape: Bool
        /// Rows at the top that stay visible when scrolling and repeat on every printed page.
        public var headerRows: Int

        public init(name: String, rows: [[Cell]], columnWidths: [Double] = [], landscape: Bool = false, headerRows: Int = 1) {
            self.name = name
            self.rows = rows
            self.columnWidths = columnWidths
            self.landscape = landscape
            self.headerRows = headerRows
        }
    }

    /// One cell: text or a number, in a style.
    public enum Cell: Sendable, Equatable {
        case text(String, Style = .plain)
        case number(Double, Style = .plain)
        case empty
    }

    /// The styles of styles.xml, by their index there.
    public enum Style: Int, Sendable, CaseIterable {
        /// Thin borders.
        case plain = 0
        /// Bold on grey, thin borders: a table's header row.
        case header = 1
        /// Wrapped at the column's width, top-aligned: a calendar cell with several names.
        case wrapped = 2
        /// Bold dark red on pale red, wrapped: something missing (⚠).
        case alert = 3
        /// Bold, larger, no borders: a sheet's title line.
        case title = 4
        /// On pale blue, wrapped: a weekend or holiday row of the calendar.
        case restDay = 5
    }
}
