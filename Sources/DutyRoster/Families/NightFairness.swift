import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// The `night_fairness` term: weights.night_fairness × (NU − NL) with NU ≥ ν_s ≥ NL for every
    /// person with cap_s > 0 who may work a night post and whose max_nights is not 0. NU and NL
    /// are integers, as the largest and smallest of integer counts are.
    /// `nights` are the counts ν_s of ``addMaxNights()``; NU and NL are returned to be branched on first.
    func addNightFairness(nights nightCounts: [Column?]) throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        let members = (0..<instance.staffCount).filter { instance.countsForNightFairness[$0] && nightCounts[$0] != nil }
        guard !members.isEmpty else { return additions }
        let weight = instance.dataset.rules.weights.nightFairness
        let counts = members.compactMap { nightCounts[$0] }
        let most = try counts.map { try problem.upperBound(of: $0) }.max()!
        let upper = try problem.addColumn(named: "night_fairness_upper", kind: .integer, bounds: .range(0, Double(most)), objective: weight)
        let lower = try problem.addColumn(named: "night_fairness_lower", kind: .integer, bounds: .range(0, Double(most)), objective: -weight)
        additions.cost(upper, .nightFairness)
        additions.cost(lower, .nightFairness)
        additions.branchFirst = [upper, lower]
        for (s, count) in zip(members, counts) {
            let token = instance.staffTokens[s]
            try problem.addRow(named: "night_fairness_max_\(token)", terms: [(upper, 1), (count, -1)], bounds: .lower(0))
            try problem.addRow(named: "night_fairness_min_\(token)", terms: [(lower, 1), (count, -1)], bounds: .upper(0))
        }
        try problem.addRow(named: "night_fairness_order", terms: [(upper, 1), (lower, -1)], bounds: .lower(0))
        additions.derive { values in
            let nights = counts.map { values[$0.index] }
            values[upper.index] = nights.max() ?? 0
            values[lower.index] = nights.min() ?? 0
        }
        return additions
    }
}
