import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK

extension ShiftModel {
    /// `max-weekends`: a binary v[w,k] per weekend k with Σ_t x[w,d,t] ≤ v[w,k] for its Saturday
    /// and Sunday d, and Σ_k v[w,k] ≤ max weekends. Left out when the limit cannot bind.
    func addMaxWeekends() throws {
        for (w, worker) in instance.workers.enumerated() {
            try checkDeadline()
            let weekends = instance.weekends.enumerated().filter { $0.element.contains { grid.isWorkable(w, $0) } }
            guard weekends.count > worker.contract.maxWeekends else { continue }
            var indicators: [Column] = []
            for (k, days) in weekends {
                let worked = try problem.addColumn(named: "weekend_\(workerTokens[w])_\(k)", kind: .binary, bounds: .range(0, 1))
                indicators.append(worked)
                for d in days where grid.isWorkable(w, d) {
                    try problem.addRow(named: "weekend_worked_\(workerTokens[w])_\(d)",
                                       terms: grid.columns(w, d).map { ($0, 1) } + [(worked, -1)], bounds: .upper(0))
                }
                derivations.append { [grid] values in
                    values[worked.index] = days.contains { grid.works(values, w, $0) } ? 1 : 0
                    return true
                }
            }
            try problem.addRow(named: "\(ShiftRule.maxWeekends.modelName)_\(workerTokens[w])",
                               terms: indicators.map { ($0, 1) }, bounds: .upper(Double(worker.contract.maxWeekends)))
        }
    }
}
