import DutyCore
import GLPK

extension RosterModel {
    /// The `fairness` term: weights.fairness × (U − L) with, for every person with cap_s > 0,
    ///
    ///     cap_s · U ≥ n_s,   cap_s · L ≤ n_s,   0 ≤ L ≤ U ≤ 1,
    ///
    /// so that at the optimum U and L are the largest and smallest workload ratio n_s / cap_s.
    func addFairness() throws {
        let counted = (0..<instance.staffCount).filter { instance.caps[$0] > 0 }
        try addSpread(named: "fairness", term: .fairness, weight: instance.dataset.rules.weights.fairness,
                      members: counted.map { (s: $0, count: shiftColumns[$0], scale: Double(instance.caps[$0])) }, upperLimit: 1)
    }

    /// The `night_fairness` term: weights.night_fairness × (NU − NL) with NU ≥ ν_s ≥ NL for every
    /// person with cap_s > 0 who may work a night post and whose max_nights is not 0.
    func addNightFairness() throws {
        let counted = (0..<instance.staffCount).filter { instance.countsForNightFairness[$0] && nightColumns[$0] != nil }
        let most = counted.map { instance.staff[$0].maxNights ?? instance.dayCount }.max() ?? 0
        try addSpread(named: "night_fairness", term: .nightFairness, weight: instance.dataset.rules.weights.nightFairness,
                      members: counted.map { (s: $0, count: nightColumns[$0]!, scale: 1) }, upperLimit: Double(min(most, instance.dayCount)))
    }

    /// Columns `<name>_upper` ≥ count_s / scale_s ≥ `<name>_lower` for every member, costing
    /// weight × (upper − lower): the spread of the members' values.
    private func addSpread(named name: String, term: ObjectiveTerm, weight: Double,
                           members: [(s: Int, count: Column, scale: Double)], upperLimit: Double) throws {
        guard !members.isEmpty else { return }
        let upper = try problem.addColumn(named: "\(name)_upper", kind: .continuous, bounds: .range(0, upperLimit), objective: weight)
        let lower = try problem.addColumn(named: "\(name)_lower", kind: .continuous, bounds: .range(0, upperLimit), objective: -weight)
        cost(upper, term)
        cost(lower, term)
        for member in members {
            let token = instance.staffTokens[member.s]
            try problem.addRow(named: "\(name)_max_\(token)", terms: [(upper, member.scale), (member.count, -1)], bounds: .lower(0))
            try problem.addRow(named: "\(name)_min_\(token)", terms: [(lower, member.scale), (member.count, -1)], bounds: .upper(0))
        }
        try problem.addRow(named: "\(name)_order", terms: [(upper, 1), (lower, -1)], bounds: .lower(0))
        derivations.append { values in
            let levels = members.map { values[$0.count.index] / $0.scale }
            values[upper.index] = levels.max()!
            values[lower.index] = levels.min()!
        }
    }
}
