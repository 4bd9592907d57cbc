import DutyCore
import GLPK

extension RosterModel {
    /// `one-shift-per-day`: Σ_p x[s,d,p] ≤ 1 for every person and day with two or more possible posts.
    func addOneShiftPerDay() throws {
        for s in 0..<instance.staffCount {
            for d in 0..<instance.dayCount where grid[s, d].count > 1 {
                try problem.addRow(named: "\(HardRule.oneShiftPerDay.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(d))",
                                   terms: columns(s, d).map { ($0, 1) }, bounds: .upper(1))
            }
        }
    }

    /// `max-nights`: ν_s = Σ_{d, night p} x[s,d,p] with ν_s an integer in [0, max_nights],
    /// for every person who may work a night post. ν_s is also what night fairness reads.
    func addMaxNights() throws {
        for s in 0..<instance.staffCount {
            let person = instance.staff[s]
            let mayWorkNights = person.skills.contains { id in instance.posts.contains { $0.id == id && $0.night } }
            guard mayWorkNights else { nightColumns.append(nil); continue }
            let token = instance.staffTokens[s]
            let nights = (0..<instance.dayCount).flatMap { nightColumns(s, $0) }
            let limit = min(person.maxNights ?? nights.count, nights.count)
            let count = try problem.addColumn(named: "nights_\(token)", kind: .integer, bounds: .range(0, Double(limit)))
            try problem.addRow(named: "\(HardRule.maxNights.modelName)_\(token)", terms: nights.map { ($0, 1) } + [(count, -1)], bounds: .fixed(0))
            nightColumns.append(count)
            derivations.append { values in values[count.index] = nights.reduce(0) { $0 + values[$1.index] } }
        }
    }

    /// `rest-after-night` as a forbidden succession (`SharedFamilies/ForbiddenSuccession.swift`)
    /// from the night posts to every post: Σ_{night p} x[s,d,p] + Σ_p x[s,d+1,p] ≤ 1. The day
    /// after a night in history has no columns at all.
    func addRestAfterNight() throws {
        guard instance.dataset.rules.restAfterNight else { return }
        let posts = instance.posts.indices
        let succession = ForbiddenSuccession(first: Set(posts.filter { instance.posts[$0].night }), next: Set(posts))
        try grid.addRows(for: [succession], to: problem) { _, s, d in
            "\(HardRule.restAfterNight.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(d + 1))"
        }
    }

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

    /// `pinned`: x[s,d,p] = 1 for every pin of the month. A pin without a column (on leave, say)
    /// is contradictory input, reported before the model is built.
    func addPinned() throws {
        let staffIndex = instance.staffIndex
        let postIndex = instance.postIndex
        for pin in Set(instance.dataset.pins).sorted() where instance.month.contains(pin.date) {
            guard let s = staffIndex[pin.staff], let p = postIndex[pin.post] else { continue }
            let d = pin.date.day - 1
            guard let column = grid.column(s, d, p) else {
                throw PinConflict(pin: pin, reason: "the person cannot work that post that day (leave, skill, zero demand or rest after a night in history)")
            }
            try problem.addRow(named: "\(HardRule.pinned.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(d))_\(instance.postTokens[p])",
                               terms: [(column, 1)], bounds: .fixed(1))
        }
    }
}

/// A pinned assignment that no roster can contain.
public struct PinConflict: Error, CustomStringConvertible {
    public let pin: Assignment
    public let reason: String
    public var description: String {
        "\(pin.source.map { "\($0): " } ?? "")pinned \(pin.staff) on \(pin.post) on \(pin.date) is impossible: \(reason)"
    }
}
