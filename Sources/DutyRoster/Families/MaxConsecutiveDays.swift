import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `max-consecutive-days` with K = max_consecutive_days: every window of K + 1 consecutive days
    /// holds at most K working days, the days the model does not decide (history, frozen days) included:
    ///
    ///     Σ_{d ∈ window, d free} Σ_p x[s,d,p] ≤ K − (days worked in the window before the first free day).
    ///
    /// Windows that cannot be exceeded (too few workable days) get no row.
    func addMaxConsecutiveDays() throws {
        let limit = instance.dataset.rules.maxConsecutiveDays
        for s in 0..<instance.staffCount {
            for end in instance.freeDays {
                let start = end - limit
                let decided = max(start, instance.firstFreeDay)...end
                let worked = decided.flatMap { columns(s, $0) }
                let workableDays = decided.filter { !columns(s, $0).isEmpty }.count
                let fixedDays = (start..<max(start, instance.firstFreeDay)).filter { instance.worksFixed(s, on: $0) }.count
                let room = max(0, limit - fixedDays)
                guard workableDays > room else { continue }
                try problem.addRow(named: "\(HardRule.maxConsecutiveDays.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(end))",
                                   terms: worked.map { ($0, 1) }, bounds: .upper(Double(room)))
            }
        }
    }
}
