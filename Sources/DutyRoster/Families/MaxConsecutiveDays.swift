import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `max-consecutive-days` with K = max_consecutive_days: every window of K + 1 consecutive days
    /// holds at most K working days, history included:
    ///
    ///     Σ_{d ∈ window ∩ month} Σ_p x[s,d,p] ≤ K − (days worked in window ∩ history).
    ///
    /// Windows that cannot be exceeded (too few workable days) get no row.
    func addMaxConsecutiveDays() throws {
        let limit = instance.dataset.rules.maxConsecutiveDays
        for s in 0..<instance.staffCount {
            for end in 0..<instance.dayCount {
                let start = end - limit
                let inMonth = max(0, start)...end
                let worked = inMonth.flatMap { columns(s, $0) }
                let workableDays = inMonth.filter { !columns(s, $0).isEmpty }.count
                let historyDays = instance.daysWorkedBefore(s, within: -start)
                let room = max(0, limit - historyDays)
                guard workableDays > room else { continue }
                try problem.addRow(named: "\(HardRule.maxConsecutiveDays.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(end))",
                                   terms: worked.map { ($0, 1) }, bounds: .upper(Double(room)))
            }
        }
    }
}
