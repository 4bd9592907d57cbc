import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `max-shifts`: n_s = Σ_{d,p} x[s,d,p] + f_s with n_s an integer in [f_s, f_s + min(max(0, max_shifts − f_s), workable days)],
    /// where f_s counts the person's frozen shifts (0 unless a published month is repaired): frozen
    /// shifts count toward the limit, and one beyond it in the frozen days forbids any later shift.
    /// The row defines the count that fairness and min_shifts read; the rule is the column's bound.
    /// - Returns: n_s per person, in staff order, and how to derive them.
    func addShiftCounts() throws -> (columns: [Column], additions: FamilyAdditions) {
        var counts: [Column] = [], additions = FamilyAdditions()
        for s in 0..<instance.staffCount {
            let person = instance.staff[s]
            let token = instance.staffTokens[s]
            let all = (0..<instance.dayCount).flatMap { columns(s, $0) }
            let workable = (0..<instance.dayCount).filter { !columns(s, $0).isEmpty }.count
            let frozen = instance.frozenShifts[s]
            let most = frozen + min(max(0, person.maxShifts - frozen), workable)
            let shifts = try problem.addColumn(named: "shifts_\(token)", kind: .integer, bounds: .range(Double(frozen), Double(most)))
            try problem.addRow(named: "\(HardRule.maxShifts.modelName)_\(token)", terms: all.map { ($0, 1) } + [(shifts, -1)],
                               bounds: .fixed(-Double(frozen)))
            counts.append(shifts)
            additions.derive { values in values[shifts.index] = Double(frozen) + all.reduce(0) { $0 + values[$1.index] } }
        }
        return (counts, additions)
    }
}
