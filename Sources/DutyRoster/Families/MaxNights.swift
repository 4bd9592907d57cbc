import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `max-nights`: ν_s = Σ_{d, night p} x[s,d,p] + g_s with ν_s an integer in [g_s, g_s + max(0, max_nights − g_s)],
    /// for every person who may work a night post, where g_s counts frozen night shifts (as for
    /// ``addShiftCounts()``). ν_s is also what night fairness reads.
    /// - Returns: ν_s per person in staff order (`nil` for who may not work nights), and how to derive them.
    func addMaxNights() throws -> (columns: [Column?], additions: FamilyAdditions) {
        var counts: [Column?] = [], additions = FamilyAdditions()
        for s in 0..<instance.staffCount {
            let person = instance.staff[s]
            let mayWorkNights = person.skills.contains { id in instance.posts.contains { $0.id == id && $0.night } }
            guard mayWorkNights else { counts.append(nil); continue }
            let token = instance.staffTokens[s]
            let nights = (0..<instance.dayCount).flatMap { nightColumns(s, $0) }
            let frozen = instance.frozenNights[s]
            let limit = frozen + min(person.maxNights.map { max(0, $0 - frozen) } ?? nights.count, nights.count)
            let count = try problem.addColumn(named: "nights_\(token)", kind: .integer, bounds: .range(Double(frozen), Double(limit)))
            try problem.addRow(named: "\(HardRule.maxNights.modelName)_\(token)", terms: nights.map { ($0, 1) } + [(count, -1)],
                               bounds: .fixed(-Double(frozen)))
            counts.append(count)
            additions.derive { values in values[count.index] = Double(frozen) + nights.reduce(0) { $0 + values[$1.index] } }
        }
        return (counts, additions)
    }
}
