import DutyCore
import DutyIO
import DutyShiftRostering
import Foundation

/// Reads an instance of the Curtois–Qu benchmark (schedulingbenchmarks.org text
/// format) into a ``ShiftProblem``, reporting every problem with file, line,
/// field and what was expected, like the dataset reader.
public enum CurtoisReader {
    /// Reads the file at `path`; the problem is named after the file without its extension.
    public static func read(path: String) throws(InputError) -> ShiftProblem {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError([InputIssue(file: path, line: 0, message: .research("cannot read the file; expected a Curtois instance (.txt)"))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError([InputIssue(file: path, line: 0, message: .research("the file is not UTF-8 text; expected a Curtois instance (.txt)"))])
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name, path: path)
    }

    /// Parses the text of an instance; `path` is used in messages only.
    public static func parse(_ text: String, name: String, path: String) throws(InputError) -> ShiftProblem {
        let log = IssueLog()
        let file = CurtoisFile(path: path, text: text, log: log)
        var reader = LineReader(path: path, log: log)
        let days = readHorizon(file, reader)
        let shifts = readShifts(file, reader)
        let shiftIDs = Set(shifts.map(\.id))
        reader.days = days
        var workers = readStaff(file, shifts: shiftIDs, reader)
        let daysOff = readDaysOff(file, workers: Set(workers.map(\.id)), reader)
        workers = workers.map { ShiftProblem.Worker(id: $0.id, contract: $0.contract, daysOff: daysOff[$0.id] ?? []) }
        let known = (workers: Set(workers.map(\.id)), shifts: shiftIDs)
        let requests = readRequests(file, "SECTION_SHIFT_ON_REQUESTS", .on, known, reader)
            + readRequests(file, "SECTION_SHIFT_OFF_REQUESTS", .off, known, reader)
        let cover = readCover(file, shifts: shiftIDs, reader)
        try log.throwIfAny()
        return ShiftProblem(name: name, days: days ?? 0, shiftTypes: shifts, workers: workers, requests: requests, cover: cover)
    }

    static func readHorizon(_ file: CurtoisFile, _ reader: LineReader) -> Int? {
        let lines = file.lines("SECTION_HORIZON", required: true, log: reader.log)
        if lines.count > 1 {
            reader.log.add(file: file.path, line: lines[1].number, .research("a second horizon line; expected exactly one number of days"))
        }
        guard let line = lines.first else {
            if file.sections["SECTION_HORIZON"] != nil {
                reader.log.add(file: file.path, line: file.headers["SECTION_HORIZON"] ?? 0, .research("the horizon section is empty; expected the number of days"))
            }
            return nil
        }
        guard reader.fieldCount(line, ["days"]) else { return nil }
        return reader.integer(line, 0, "days", minimum: 1, maximum: 3_660)
    }

    /// Most shift types an instance may define: the solver keeps a shift type index in a byte
    /// (the public instances have at most 32).
    static let maxShiftTypes = 100

    static func readShifts(_ file: CurtoisFile, _ reader: LineReader) -> [ShiftType] {
        let columns = ["shift id", "length in minutes", "shifts which cannot follow"]
        var seen: [String: Int] = [:]
        var parsed: [(line: CurtoisFile.Line, id: ShiftType.ID, minutes: Int, next: [String])] = []
        for line in file.lines("SECTION_SHIFTS", required: true, log: reader.log) where reader.fieldCount(line, columns) {
            let id = reader.uniqueID(line, 0, columns[0], kind: "shift", seen: &seen)
            if seen.count > maxShiftTypes {
                reader.fail(line, 0, columns[0], "shift type \(seen.count); expected at most \(maxShiftTypes) shift types")
            }
            let minutes = reader.integer(line, 1, columns[1], minimum: 1, maximum: 1_440)
            let next = line.fields[2].split(separator: "|", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
            if let id, let minutes { parsed.append((line, ShiftType.ID(id), minutes, next)) }
        }
        let known = Set(parsed.map(\.id.rawValue))
        var result: [ShiftType] = []
        for shift in parsed {
            for next in shift.next where !known.contains(next) {
                reader.fail(shift.line, 2, columns[2], "unknown shift \"\(next)\"; expected ids from SECTION_SHIFTS (\(known.sorted().joined(separator: ", ")))")
            }
            let forbidden = shift.next.filter { known.contains($0) }.map { ShiftType.ID($0) }
            result.append(ShiftType(id: shift.id, minutes: shift.minutes, forbiddenNext: Set(forbidden)))
        }
        return result
    }

    static func readStaff(_ file: CurtoisFile, shifts: Set<ShiftType.ID>, _ reader: LineReader) -> [ShiftProblem.Worker] {
        let columns = ["staff id", "max shifts", "max total minutes", "min total minutes", "max consecutive shifts",
                       "min consecutive shifts", "min consecutive days off", "max weekends"]
        var seen: [String: Int] = [:]
        var workers: [ShiftProblem.Worker] = []
        for line in file.lines("SECTION_STAFF", required: true, log: reader.log) where reader.fieldCount(line, columns) {
            let id = reader.uniqueID(line, 0, columns[0], kind: "staff", seen: &seen)
            let maxShifts = readMaxShifts(line, shifts: shifts, reader)
            let numbers = (2..<8).map { reader.integer(line, $0, columns[$0], maximum: 10_000_000) }
            guard let id, let maxShifts, case let values = numbers.compactMap({ $0 }), values.count == 6 else { continue }
            let contract = WorkContract(maxShifts: maxShifts, minMinutes: values[1], maxMinutes: values[0], maxConsecutiveShifts: values[2],
                                        minConsecutiveShifts: values[3], minConsecutiveDaysOff: values[4], maxWeekends: values[5])
            if contract.minMinutes > contract.maxMinutes {
                reader.fail(line, 3, columns[3], "\(contract.minMinutes) is above the max total minutes \(contract.maxMinutes); expected min ≤ max")
            }
            if contract.maxConsecutiveShifts < 1 {
                reader.fail(line, 4, columns[4], "0; expected at least 1")
            } else if contract.minConsecutiveShifts > contract.maxConsecutiveShifts {
                reader.fail(line, 5, columns[5], "\(contract.minConsecutiveShifts) is above the max consecutive shifts \(contract.maxConsecutiveShifts); expected min ≤ max")
            }
            workers.append(ShiftProblem.Worker(id: .init(id), contract: contract))
        }
        return workers
    }

    /// `E=14|L=0`: the most shifts of each type.
    static func readMaxShifts(_ line: CurtoisFile.Line, shifts: Set<ShiftType.ID>, _ reader: LineReader) -> [ShiftType.ID: Int]? {
        var result: [ShiftType.ID: Int] = [:]
        var valid = true
        for item in line.fields[1].split(separator: "|").map(String.init) {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let count = Int(parts[1]), (0...10_000).contains(count) else {
                reader.fail(line, 1, "max shifts", "\"\(item)\"; expected shift=count with a whole number 0…10000, as in E=14|L=0")
                valid = false
                continue
            }
            let shift = ShiftType.ID(parts[0])
            guard shifts.contains(shift) else {
                reader.fail(line, 1, "max shifts", "unknown shift \"\(parts[0])\"; expected ids from SECTION_SHIFTS")
                valid = false
                continue
            }
            if result[shift] != nil {
                reader.fail(line, 1, "max shifts", "shift \"\(parts[0])\" is listed twice; expected each shift once")
                valid = false
            }
            result[shift] = count
        }
        return valid ? result : nil
    }

    static func readDaysOff(_ file: CurtoisFile, workers: Set<ShiftProblem.Worker.ID>, _ reader: LineReader) -> [ShiftProblem.Worker.ID: Set<Int>] {
        var result: [ShiftProblem.Worker.ID: Set<Int>] = [:]
        for line in file.lines("SECTION_DAYS_OFF", log: reader.log) {
            guard let worker = reader.knownWorker(line, 0, workers) else { continue }
            for position in 1..<line.fields.count where !line.fields[position].isEmpty {
                if let day = reader.day(line, position, "day index") { result[worker, default: []].insert(day) }
            }
        }
        return result
    }

    static func readRequests(_ file: CurtoisFile, _ section: String, _ kind: ShiftProblem.Request.Kind,
                             _ known: (workers: Set<ShiftProblem.Worker.ID>, shifts: Set<ShiftType.ID>),
                             _ reader: LineReader) -> [ShiftProblem.Request] {
        let columns = ["staff id", "day", "shift id", "weight"]
        return file.lines(section, log: reader.log).compactMap { line in
            guard reader.fieldCount(line, columns) else { return nil }
            let worker = reader.knownWorker(line, 0, known.workers)
            let day = reader.day(line, 1, columns[1])
            let shift = reader.knownShift(line, 2, known.shifts)
            let weight = reader.integer(line, 3, columns[3], maximum: 1_000_000)
            guard let worker, let day, let shift, let weight else { return nil }
            return ShiftProblem.Request(kind, worker: worker, day: day, shift: shift, weight: weight)
        }
    }

    static func readCover(_ file: CurtoisFile, shifts: Set<ShiftType.ID>, _ reader: LineReader) -> [ShiftProblem.Cover] {
        let columns = ["day", "shift id", "requirement", "weight for under", "weight for over"]
        var seen: [String: Int] = [:]
        return file.lines("SECTION_COVER", log: reader.log).compactMap { line in
            guard reader.fieldCount(line, columns) else { return nil }
            let day = reader.day(line, 0, columns[0])
            let shift = reader.knownShift(line, 1, shifts)
            let values = (2..<5).map { reader.integer(line, $0, columns[$0], maximum: 1_000_000) }
            guard let day, let shift, let requirement = values[0], let under = values[1], let over = values[2] else { return nil }
            let key = "\(day),\(shift)"
            if let first = seen[key] {
                reader.fail(line, 0, columns[0], "day \(day) shift \(shift) is covered again (first at line \(first)); expected one cover line per day and shift")
                return nil
            }
            seen[key] = line.number
            return ShiftProblem.Cover(day: day, shift: shift, requirement: requirement, underWeight: under, overWeight: over)
        }
    }
}
