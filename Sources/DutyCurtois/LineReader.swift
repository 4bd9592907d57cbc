import DutyCore
import DutyIO
import DutyShiftRostering

/// Reads typed fields of Curtois data lines, logging each problem with file,
/// line, field number and name instead of stopping at the first.
struct LineReader {
    let path: String
    let log: IssueLog
    /// The horizon once read; day indexes are checked against it.
    var days: Int?

    func fail(_ line: CurtoisFile.Line, _ position: Int, _ field: String, _ message: String) {
        log.add(file: path, line: line.number, column: position + 1, field: field, .research(message))
    }

    /// Whether the line has exactly the expected fields; logs it if not.
    func fieldCount(_ line: CurtoisFile.Line, _ columns: [String]) -> Bool {
        guard line.fields.count != columns.count else { return true }
        log.add(file: path, line: line.number, .research("\(line.fields.count) fields; expected \(columns.count): \(columns.joined(separator: ", "))"))
        return false
    }

    func integer(_ line: CurtoisFile.Line, _ position: Int, _ field: String, minimum: Int = 0, maximum: Int) -> Int? {
        let text = line.fields[position]
        guard let value = Int(text), (minimum...maximum).contains(value) else {
            fail(line, position, field, "\"\(text)\"; expected a whole number from \(minimum) to \(maximum)")
            return nil
        }
        return value
    }

    /// A 0-based day index inside the horizon.
    func day(_ line: CurtoisFile.Line, _ position: Int, _ field: String) -> Int? {
        guard let days else { return integer(line, position, field, maximum: 3_659) }
        return integer(line, position, field, maximum: days - 1)
    }

    func uniqueID(_ line: CurtoisFile.Line, _ position: Int, _ field: String, kind: String, seen: inout [String: Int]) -> String? {
        let id = line.fields[position]
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            fail(line, position, field, "\"\(id)\"; expected a \(kind) id of ASCII letters, digits, _ or -")
            return nil
        }
        if let first = seen[id] {
            fail(line, position, field, "\(kind) \"\(id)\" is defined again (first at line \(first)); expected unique ids")
            return nil
        }
        seen[id] = line.number
        return id
    }

    func knownWorker(_ line: CurtoisFile.Line, _ position: Int, _ workers: Set<ShiftProblem.Worker.ID>) -> ShiftProblem.Worker.ID? {
        let id = ShiftProblem.Worker.ID(line.fields[position])
        guard workers.contains(id) else {
            fail(line, position, "staff id", "unknown staff \"\(id)\"; expected an id from SECTION_STAFF")
            return nil
        }
        return id
    }

    func knownShift(_ line: CurtoisFile.Line, _ position: Int, _ shifts: Set<ShiftType.ID>) -> ShiftType.ID? {
        let id = ShiftType.ID(line.fields[position])
        guard shifts.contains(id) else {
            fail(line, position, "shift id", "unknown shift \"\(id)\"; expected an id from SECTION_SHIFTS")
            return nil
        }
        return id
    }
}
