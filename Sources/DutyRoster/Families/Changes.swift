import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// The `changes` term of a repaired month: weights.change × c[s,d] for every person s and
    /// day d the model decides, where c[s,d] = 1 when the person's post that day differs from
    /// the published roster's. With p the published post,
    ///
    ///     c[s,d] + x[s,d,p] ≥ 1                  (moved off p, to another post or off),
    ///     c[s,d] − Σ_q x[s,d,q] ≥ 0               (published off, now working),
    ///
    /// c[s,d] ∈ [0, 1]: a person works at most one post a day, so the least c is exactly the
    /// change. A published post that is no longer a column (new leave, say) is a change for
    /// certain: c is fixed at 1. Nothing is added outside a repair.
    func addChanges() throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        guard instance.published != nil else { return additions }
        let weight = instance.dataset.rules.weights.change
        for s in 0..<instance.staffCount {
            for d in instance.freeDays {
                let name = "change_\(instance.staffTokens[s])_\(instance.dayToken(d))"
                let all = columns(s, d)
                if let p = instance.publishedPost[s][d] {
                    guard let kept = grid.column(s, d, p) else {
                        let change = try problem.addColumn(named: name, kind: .continuous, bounds: .fixed(1), objective: weight)
                        additions.cost(change, .changes)
                        additions.derive { $0[change.index] = 1 }
                        continue
                    }
                    let change = try problem.addColumn(named: name, kind: .continuous, bounds: .range(0, 1), objective: weight)
                    additions.cost(change, .changes)
                    try problem.addRow(named: "\(name)_kept", terms: [(change, 1), (kept, 1)], bounds: .lower(1))
                    additions.derive { $0[change.index] = 1 - $0[kept.index] }
                } else if !all.isEmpty {
                    let change = try problem.addColumn(named: name, kind: .continuous, bounds: .range(0, 1), objective: weight)
                    additions.cost(change, .changes)
                    try problem.addRow(named: "\(name)_added", terms: [(change, 1)] + all.map { ($0, -1) }, bounds: .lower(0))
                    additions.derive { values in values[change.index] = all.reduce(0) { $0 + values[$1.index] } }
                }
            }
        }
        return additions
    }
}
