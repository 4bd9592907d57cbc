import DutyCore
import DutyIO

/// The Curtois–Qu text format split into sections of data lines, each line kept
/// with its number so that every later message can point at it.
struct CurtoisFile {
    /// One comma-separated data line.
    struct Line {
        let number: Int
        let fields: [String]
    }

    static let sectionNames = ["SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF", "SECTION_DAYS_OFF",
                               "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER"]

    let path: String
    /// Data lines per section name, in file order.
    private(set) var sections: [String: [Line]] = [:]
    /// Line of each section's header.
    private(set) var headers: [String: Int] = [:]

    /// Splits `text`; logs data before any section, unknown and repeated section headers.
    init(path: String, text: String, log: IssueLog) {
        self.path = path
        var current: String?
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let line = String(raw.trimmingWhitespace)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("SECTION_") {
                if !Self.sectionNames.contains(line) {
                    log.add(file: path, line: number, .research("unknown section \"\(line)\"; expected one of \(Self.sectionNames.joined(separator: ", "))"))
                    current = nil
                } else if let first = headers[line] {
                    log.add(file: path, line: number, .research("section \(line) appears again (first at line \(first)); expected each section once"))
                    current = nil
                } else {
                    headers[line] = number
                    sections[line] = []
                    current = line
                }
                continue
            }
            guard let section = current else {
                if headers.isEmpty {
                    log.add(file: path, line: number, .research("data \"\(line)\" before any section; expected a SECTION_ header first"))
                }
                continue
            }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace) }
            sections[section, default: []].append(Line(number: number, fields: fields))
        }
    }

    /// The data lines of a section; logs a missing required section.
    func lines(_ section: String, required: Bool = false, log: IssueLog) -> [Line] {
        if let lines = sections[section] { return lines }
        if required { log.add(file: path, line: 0, .research("section \(section) is missing; expected it in every instance")) }
        return []
    }
}
