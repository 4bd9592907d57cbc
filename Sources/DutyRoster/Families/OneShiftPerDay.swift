import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `one-shift-per-day`: Σ_p x[s,d,p] ≤ 1 for every person and day with two or more possible posts.
    func addOneShiftPerDay() throws {
        for s in 0..<instance.staffCount {
            for d in 0..<instance.dayCount where grid[s, d].count > 1 {
                try problem.addRow(named: "\(HardRule.oneShiftPerDay.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(d))",
                                   terms: columns(s, d).map { ($0, 1) }, bounds: .upper(1))
            }
        }
    }
}
