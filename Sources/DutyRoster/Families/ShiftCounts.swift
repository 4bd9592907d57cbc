import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `max-shifts`: n_s = Σ_{d,p} x[s,d,p] with n_s an integer in [0, min(max_shifts, workable days)].
    /// The row defines the count that fairness and min_shifts read; the rule is the column's bound.
    /// - Returns: n_s per person, in staff order, and how to derive them.
    func addShiftCounts() throws -> (columns: [Column], additions: FamilyAdditions) {
        var counts: [Column] = [], additions = FamilyAdditions()
        for s in 0..<instance.staffCount {
            let person = instance.staff[s]
            let token = instance.staffTokens[s]
            let all = (0..<instance.dayCount).flatMap { columns(s, $0) }
            let workable = (0..<instance.dayCount).filter { !columns(s, $0).isEmpty }.count
            let shifts = try problem.addColumn(named: "shifts_\(token)", kind: .integer, bounds: .range(0, Double(min(person.maxShifts, workable))))
            try problem.addRow(named: "\(HardRule.maxShifts.modelName)_\(token)", terms: all.map { ($0, 1) } + [(shifts, -1)], bounds: .fixed(0))
            counts.append(shifts)
            additions.derive { values in values[shifts.index] = all.reduce(0) { $0 + values[$1.index] } }
        }
        return (counts, additions)
    }
}
