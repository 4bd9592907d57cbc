import DutyAppraisal
import DutyCore
import DutyIO

/// The appraisal (考核) from read records and rosters: the one path that `duty appraise` and the
/// office's server take, for a month or a term.
public enum AppraisalWorkflow {
    /// The appraisal of `month` from its records and its roster.
    public static func month(_ input: AppraisalReader.Input, month: Month, roster: [Assignment]) -> Appraisal {
        AppraisalEngine.appraise(staff: input.staff, month: month, records: input.records, rubric: input.rubric, roster: roster)
    }

    /// Attendance exceptions that look wrong against the roster: `absent` or `late` on a day
    /// the person was not rostered (each still counts, as recorded).
    public static func warnings(_ input: AppraisalReader.Input, month: Month, roster: [Assignment]) -> [InputWarning] {
        let rostered = Set(roster.map { "\($0.staff.rawValue)|\($0.date)" })
        return input.records.attendance.filter { month.contains($0.date) && $0.status != .extra && !rostered.contains("\($0.staff.rawValue)|\($0.date)") }
            .map { exception in
                InputWarning(file: exception.source?.file ?? "attendance.csv", line: exception.source?.line ?? 0, field: "date",
                             message: .exceptionOffRoster(staff: exception.staff.rawValue, status: exception.status.rawValue, date: exception.date))
            }
    }

    /// The appraisal of the term `first` … `last`: every month appraised from the roster that
    /// `roster` gives for it, then their scores averaged.
    /// - Throws: what `roster` throws (a month's roster missing or unreadable).
    public static func term(_ input: AppraisalReader.Input, from first: Month, to last: Month,
                            roster: (Month) throws -> [Assignment]) rethrows -> Appraisal {
        let rosters = try first.through(last).map { ($0, try roster($0)) }
        let months = AppraisalEngine.appraise(staff: input.staff, months: rosters, records: input.records, rubric: input.rubric)
        return AppraisalEngine.term(months, staff: input.staff, rubric: input.rubric, period: "\(first)..\(last)")
    }
}
