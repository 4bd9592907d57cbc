import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// The `fairness` term: weights.fairness × (U − L), where U and L are the largest and
    /// smallest workload ratio n_s / cap_s over people with cap_s > 0.
    ///
    /// The plain rows cap_s·U ≥ n_s ≥ cap_s·L leave a weak LP bound: fractional rosters can
    /// equalise every ratio. But a ratio only takes the values k / cap_s, so U and L are chosen
    /// among those levels v_0 < v_1 < … with monotone binaries
    ///
    ///     a_j = 1 ⇔ U ≥ v_j,   U = v_0 + Σ_j (v_j − v_{j−1}) a_j,   a_j ≥ a_{j+1},
    ///     b_j = 1 ⇔ L ≤ v_{j−1}, L = v_top − Σ_j (v_j − v_{j−1}) b_j, b_j ≤ b_{j+1},
    ///
    /// and each person's count is bounded by the integer steps of those levels:
    ///
    ///     n_s ≤ ⌊cap_s·v_0⌋ + Σ_j (⌊cap_s·v_j⌋ − ⌊cap_s·v_{j−1}⌋) a_j          (n_s ≤ ⌊cap_s·U⌋)
    ///     n_s ≥ ⌈cap_s·v_top⌉ − Σ_j (⌈cap_s·v_j⌉ − ⌈cap_s·v_{j−1}⌉) b_j      (n_s ≥ ⌈cap_s·L⌉)
    ///
    /// Branching on a few level binaries then fixes every count's bounds at once, which is what
    /// lets GLPK prove the spread optimal. Levels are exact fractions, so the floors are exact.
    /// `shifts` are the counts n_s of ``addShiftCounts()``; the level binaries are returned to be branched on first.
    func addFairness(shifts: [Column]) throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        let members = (0..<instance.staffCount).filter { instance.caps[$0] > 0 }
        guard !members.isEmpty else { return additions }
        let weight = instance.dataset.rules.weights.fairness
        let caps = members.map { instance.caps[$0] }
        let most = try members.map { try problem.upperBound(of: shifts[$0]) }
        let counts = members.map { shifts[$0] }
        let tokens = members.map { instance.staffTokens[$0] }

        // Candidate levels: every ratio someone can reach; L cannot exceed the smallest reachable top.
        let upperLevels = Fraction.distinct(zip(caps, most).flatMap { cap, top in (0...top).map { Fraction($0, cap) } })
        let lowest = zip(caps, most).map { Fraction($1, $0) }.min()!
        let lowerLevels = upperLevels.filter { $0 <= lowest }

        let upper = try problem.addColumn(named: "fairness_upper", kind: .continuous, bounds: .range(0, 1), objective: weight)
        let lower = try problem.addColumn(named: "fairness_lower", kind: .continuous, bounds: .range(0, 1), objective: -weight)
        additions.cost(upper, .fairness)
        additions.cost(lower, .fairness)
        let above = try levelColumns(named: "fairness_upper_ge", levels: upperLevels, column: upper, descending: true)
        let below = try levelColumns(named: "fairness_lower_le", levels: lowerLevels, column: lower, descending: false)
        additions.branchFirst = above + below
        for (i, count) in counts.enumerated() {
            let cap = caps[i]
            let steps = (1..<upperLevels.count).map { upperLevels[$0].floor(times: cap) - upperLevels[$0 - 1].floor(times: cap) }
            try problem.addRow(named: "fairness_max_\(tokens[i])",
                               terms: [(count, 1)] + zip(above, steps).filter { $1 != 0 }.map { ($0, -Double($1)) },
                               bounds: .upper(Double(upperLevels[0].floor(times: cap))))
            let lowSteps = (1..<lowerLevels.count).map { lowerLevels[$0].ceil(times: cap) - lowerLevels[$0 - 1].ceil(times: cap) }
            try problem.addRow(named: "fairness_min_\(tokens[i])",
                               terms: [(count, 1)] + zip(below, lowSteps).filter { $1 != 0 }.map { ($0, Double($1)) },
                               bounds: .lower(Double(lowerLevels.last!.ceil(times: cap))))
        }
        try problem.addRow(named: "fairness_order", terms: [(upper, 1), (lower, -1)], bounds: .lower(0))
        additions.derive { values in
            let ratios = zip(counts, caps).map { Fraction(Int(values[$0.index].rounded()), $1) }
            let top = ratios.max()!, bottom = ratios.min()!
            values[upper.index] = top.value
            values[lower.index] = bottom.value
            for (j, column) in above.enumerated() { values[column.index] = upperLevels[j + 1] <= top ? 1 : 0 }
            for (j, column) in below.enumerated() { values[column.index] = bottom <= lowerLevels[j] ? 1 : 0 }
        }
        return additions
    }

    /// Monotone binaries for a spread endpoint over `levels` (see ``addFairness()``), and the row
    /// that ties the endpoint's column to them. `descending`: a_j = 1 ⇔ column ≥ levels[j];
    /// otherwise b_j = 1 ⇔ column ≤ levels[j − 1].
    private func levelColumns(named name: String, levels: [Fraction], column: Column, descending: Bool) throws -> [Column] {
        let binaries = try (1..<levels.count).map { j in
            try problem.addColumn(named: "\(name)_\(j)", kind: .binary, bounds: .range(0, 1))
        }
        for j in binaries.indices.dropFirst() {
            // a_{j+1} ≤ a_j, or b_j ≤ b_{j+1}.
            let (smaller, larger) = descending ? (binaries[j], binaries[j - 1]) : (binaries[j - 1], binaries[j])
            try problem.addRow(named: "\(name)_order_\(j)", terms: [(smaller, 1), (larger, -1)], bounds: .upper(0))
        }
        let steps = (1..<levels.count).map { levels[$0].value - levels[$0 - 1].value }
        let sign = descending ? -1.0 : 1.0
        try problem.addRow(named: "\(name)_level", terms: [(column, 1)] + zip(binaries, steps).map { ($0, sign * $1) },
                           bounds: .fixed(descending ? levels[0].value : levels.last!.value))
        return binaries
    }
}
