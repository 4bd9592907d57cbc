import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK

extension ShiftModel {
    /// `max-consecutive-shifts`, `min-consecutive-shifts` and `min-consecutive-days-off` as one
    /// unit path per person through a network over the day boundaries 0…H:
    ///
    /// - node `free(t)`: day t−1 was off (or t = 0), a run of work may start at t;
    /// - node `rest(t)`: day t−1 ended a run of work, so day t is off;
    /// - `work(s,l)`: free(s) → rest(s+l) works days s…s+l−1, with 1 ≤ l ≤ max consecutive,
    ///   l ≥ min consecutive unless the run touches day 0 or day H−1 (the edge exemption),
    ///   and only over days the person can work;
    /// - `off(s)`: rest(s) → free(min(s+m, H)) with m = max(1, min consecutive days off): the
    ///   shortest rest, cut short only by the end of the horizon;
    /// - `idle(s)`: free(s) → free(s+1), one more day off.
    ///
    /// Flow conservation (one unit out of free(0)) plus the linking rows
    /// Σ_t x[w,d,t] = Σ_{work(s,l) ∋ d} y — which are also `one-shift-per-day` — make every
    /// path a roster with valid run lengths. The network matrix is totally unimodular, so the
    /// LP relaxation already respects the run rules, which the sliding-window rows do not.
    func addStints() throws {
        for (w, worker) in instance.workers.enumerated() {
            try checkDeadline()
            try addStintNetwork(w, worker.contract)
        }
    }

    private func addStintNetwork(_ w: Int, _ contract: WorkContract) throws {
        let days = instance.days, token = workerTokens[w]
        let rest = max(1, contract.minConsecutiveDaysOff)
        // Arcs into and out of each node: free(t) is node t, rest(t) is node days + 1 + t.
        var inflow = Array(repeating: [Column](), count: 2 * (days + 1))
        var outflow = inflow
        var covering = Array(repeating: [Column](), count: days)
        var workArcs: [[Int: Column]] = Array(repeating: [:], count: days)
        var offArcs: [Int: Column] = [:]
        var idleArcs: [Column] = []
        for s in 0..<days {
            var length = 0
            while length < contract.maxConsecutiveShifts, s + length < days, grid.isWorkable(w, s + length) {
                length += 1
                let touchesEdge = s == 0 || s + length == days
                guard length >= contract.minConsecutiveShifts || touchesEdge else { continue }
                let arc = try problem.addColumn(named: "work_\(token)_\(s)_\(length)", kind: .binary, bounds: .range(0, 1))
                outflow[s].append(arc)
                inflow[days + 1 + s + length].append(arc)
                for d in s..<(s + length) { covering[d].append(arc) }
                workArcs[s][length] = arc
            }
            if s > 0 {
                let arc = try problem.addColumn(named: "off_\(token)_\(s)", kind: .binary, bounds: .range(0, 1))
                outflow[days + 1 + s].append(arc)
                inflow[min(s + rest, days)].append(arc)
                offArcs[s] = arc
            }
            let idle = try problem.addColumn(named: "idle_\(token)_\(s)", kind: .binary, bounds: .range(0, 1))
            outflow[s].append(idle)
            inflow[s + 1].append(idle)
            idleArcs.append(idle)
        }
        for node in 0..<(2 * (days + 1)) where node != days && node != 2 * days + 1 && !(inflow[node].isEmpty && outflow[node].isEmpty) {
            let name = node <= days ? "free_\(token)_\(node)" : "rest_\(token)_\(node - days - 1)"
            try problem.addRow(named: "stints_\(name)", terms: inflow[node].map { ($0, 1) } + outflow[node].map { ($0, -1) },
                               bounds: .fixed(node == 0 ? -1 : 0))
        }
        for d in 0..<days where grid.isWorkable(w, d) {
            try problem.addRow(named: "\(ShiftRule.oneShiftPerDay.modelName)_\(token)_\(d)",
                               terms: grid.columns(w, d).map { ($0, 1) } + covering[d].map { ($0, -1) }, bounds: .fixed(0))
        }
        derivations.append { [grid] values in
            var t = 0
            while t < days {
                guard grid.works(values, w, t) else { values[idleArcs[t].index] = 1; t += 1; continue }
                var end = t
                while end + 1 < days, grid.works(values, w, end + 1) { end += 1 }
                guard let arc = workArcs[t][end - t + 1] else { return false }
                values[arc.index] = 1
                t = end + 1
                guard t < days, let off = offArcs[t] else { continue }
                values[off.index] = 1
                let free = min(t + rest, days)
                guard !(t..<free).contains(where: { grid.works(values, w, $0) }) else { return false }
                t = free
            }
            return true
        }
    }
}
