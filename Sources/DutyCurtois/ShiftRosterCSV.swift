import DutyCore
import DutyIO
import DutyShiftRostering

/// A general roster as CSV, `day,staff,shift` with the day as its 0-based index: the
/// file `duty bench curtois` writes and reads back for the validator.
public enum ShiftRosterCSV {
    public static func text(_ roster: [ShiftAssignment]) -> String {
        CSVText.make(header: ["day", "staff", "shift"], rows: roster.sorted().map { [String($0.day), $0.worker.rawValue, $0.shift.rawValue] })
    }

    /// Reads a roster written by ``text(_:)`` (any column order). Unknown ids and days outside
    /// the horizon are the validator's `unknown-worker-or-shift` findings, not input errors.
    public static func read(_ path: String) throws(InputError) -> [ShiftAssignment] {
        let table = try CSVTable.read(path)
        let log = IssueLog()
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["day", "staff", "shift"]) else { throw InputError(log.issues) }
        var roster: [ShiftAssignment] = []
        reader.forEachRow { row in
            let day = row.integer("day", maximum: 100_000)
            let staff = row.required("staff", expected: .staffID)
            let shift = row.required("shift", expected: .shiftID)
            guard let day = day ?? nil, let staff, let shift else { return }
            roster.append(ShiftAssignment(day: day, worker: .init(staff), shift: .init(shift)))
        }
        try log.throwIfAny()
        return roster
    }
}
