import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK

extension ShiftModel {
    /// x[w,d,t] ∈ {0, 1} for each shift type t in w's contract and each day d that is not one
    /// of w's days off (and that the model admits). `day-off` and a zero per-type maximum are
    /// enforced by absence.
    func addAssignmentColumns() throws {
        for (w, worker) in instance.workers.enumerated() {
            try checkDeadline()
            for d in 0..<instance.days where !worker.daysOff.contains(d) {
                for (t, shift) in instance.shiftTypes.enumerated()
                    where worker.contract.allows(shift.id) && admits(ShiftAssignment(day: d, worker: worker.id, shift: shift.id)) {
                    let column = try problem.addColumn(named: "x_\(workerTokens[w])_\(d)_\(shiftTokens[t])", kind: .binary, bounds: .range(0, 1))
                    grid.add(column, person: w, day: d, shift: t)
                }
            }
        }
    }

    /// `max-shifts-per-type`: Σ_d x[w,d,t] ≤ max_t, where more than max_t days are possible.
    func addMaxShiftsPerType() throws {
        for (w, worker) in instance.workers.enumerated() {
            try checkDeadline()
            for (t, shift) in instance.shiftTypes.enumerated() {
                let limit = worker.contract.maxShifts[shift.id] ?? 0
                let terms = (0..<instance.days).compactMap { d in grid.column(w, d, t).map { ($0, 1.0) } }
                guard terms.count > limit else { continue }
                try problem.addRow(named: "\(ShiftRule.maxShiftsPerType.modelName)_\(workerTokens[w])_\(shiftTokens[t])",
                                   terms: terms, bounds: .upper(Double(limit)))
            }
        }
    }

    /// `min-total-minutes` and `max-total-minutes`: min ≤ Σ length_t · x[w,d,t] ≤ max, and the
    /// number of working days they imply, ⌈min / longest⌉ ≤ Σ x[w,d,t] ≤ ⌊max / shortest⌋ over the
    /// types w may work — the rounding GLPK's cuts would otherwise have to find (with equal
    /// lengths it is the exact count of days).
    func addTotalMinutes() throws {
        for (w, worker) in instance.workers.enumerated() {
            try checkDeadline()
            let all = (0..<instance.days).flatMap { grid[w, $0] }
            let lengths = all.map { Double(instance.shiftTypes[$0.shift].minutes) }
            let contract = worker.contract
            let token = workerTokens[w]
            if contract.minMinutes > 0 {
                try problem.addRow(named: "\(ShiftRule.minTotalMinutes.modelName)_\(token)",
                                   terms: zip(all, lengths).map { ($0.column, $1) }, bounds: .lower(Double(contract.minMinutes)))
            }
            if lengths.reduce(0, +) > Double(contract.maxMinutes) {
                try problem.addRow(named: "\(ShiftRule.maxTotalMinutes.modelName)_\(token)",
                                   terms: zip(all, lengths).map { ($0.column, $1) }, bounds: .upper(Double(contract.maxMinutes)))
            }
            guard let longest = lengths.max(), let shortest = lengths.min() else { continue }
            let fewest = (Double(contract.minMinutes) / longest).rounded(.up)
            let most = min((Double(contract.maxMinutes) / shortest).rounded(.down), Double(instance.days))
            // fewest > most: the minutes rows above already make the model infeasible.
            guard fewest <= most else { continue }
            try problem.addRow(named: "working_days_\(token)", terms: all.map { ($0.column, 1) }, bounds: .range(fewest, most))
        }
    }

    /// `forbidden-succession` (`Shared/ForbiddenSuccession.swift`): the shifts with the
    /// same set F of forbidden successors form one succession from all of them to F, one row
    /// per person and day rather than one per shift.
    func addForbiddenSuccessions() throws {
        let groups = Dictionary(grouping: instance.shiftTypes.indices.filter { !instance.shiftTypes[$0].forbiddenNext.isEmpty }) {
            instance.shiftTypes[$0].forbiddenNext
        }.sorted { $0.value[0] < $1.value[0] }
        let successions = groups.map { forbidden, first in
            ForbiddenSuccession(first: Set(first), next: Set(instance.shiftTypes.indices.filter { forbidden.contains(instance.shiftTypes[$0].id) }))
        }
        try grid.addRows(for: successions, to: problem, beforeEachPerson: checkDeadline) { k, w, d in
            "\(ShiftRule.forbiddenSuccession.modelName)_\(workerTokens[w])_\(d)_\(shiftTokens[groups[k].value[0]])"
        }
    }
}
