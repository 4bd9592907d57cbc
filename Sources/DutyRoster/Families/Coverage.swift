import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `no-overstaffing` and the `shortfall` term: for every day d the model decides and post p with demand,
    ///
    ///     Σ_s x[s,d,p] + u[d,p] = demand[d,p],   u[d,p] ∈ [0, demand[d,p]],
    ///
    /// with cost priority_p × u[d,p]. Because u ≥ 0 nobody is assigned beyond demand,
    /// and because u absorbs what cannot be covered, an understaffed month is never infeasible.
    func addCoverage() throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        for d in instance.freeDays {
            for p in 0..<instance.postCount where instance.demand[d][p] > 0 {
                let demand = Double(instance.demand[d][p])
                let token = "\(instance.dayToken(d))_\(instance.postTokens[p])"
                let missing = try problem.addColumn(named: "short_\(token)", kind: .continuous, bounds: .range(0, demand),
                                                    objective: instance.posts[p].priority)
                additions.cost(missing, .shortfall)
                let assigned = (0..<instance.staffCount).compactMap { s in grid.column(s, d, p) }
                try problem.addRow(named: "\(HardRule.noOverstaffing.modelName)_\(token)",
                                   terms: assigned.map { ($0, 1) } + [(missing, 1)], bounds: .fixed(demand))
                additions.derive { values in
                    values[missing.index] = demand - assigned.reduce(0) { $0 + values[$1.index] }
                }
            }
        }
        return additions
    }
}
