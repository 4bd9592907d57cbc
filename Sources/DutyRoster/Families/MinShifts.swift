import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// The `min_shifts` term: m_s ≥ min_shifts_s − n_s, m_s ≥ 0, cost weights.min_shifts × m_s.
    /// `shifts` are the counts n_s of ``addShiftCounts()``.
    func addMinShifts(shifts counts: [Column]) throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        let weight = instance.dataset.rules.weights.minShifts
        for s in 0..<instance.staffCount where instance.staff[s].minShifts > 0 {
            let minimum = Double(instance.staff[s].minShifts)
            let token = instance.staffTokens[s]
            let deficit = try problem.addColumn(named: "min_shifts_deficit_\(token)", kind: .continuous, bounds: .range(0, minimum), objective: weight)
            additions.cost(deficit, .minShifts)
            let shifts = counts[s]
            try problem.addRow(named: "min_shifts_\(token)", terms: [(shifts, 1), (deficit, 1)], bounds: .lower(minimum))
            additions.derive { values in values[deficit.index] = max(0, minimum - values[shifts.index]) }
        }
        return additions
    }
}
