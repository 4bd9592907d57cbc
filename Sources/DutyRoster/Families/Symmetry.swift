import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// Symmetry breaking among interchangeable people: two people with the same skills, limits,
    /// leave, requests, history and pins can swap their whole months without changing anything,
    /// so within each such class the shift counts are ordered by id:
    ///
    ///     n_s ≥ n_{s'}   for consecutive members s < s' of a class.
    ///
    /// This removes mirrored branches from the search; ``canonical(_:)`` orders any roster the same way.
    /// `shifts` are the counts n_s of ``addShiftCounts()``.
    func addSymmetryBreaking(shifts: [Column]) throws {
        for members in instance.interchangeable {
            for (first, second) in zip(members, members.dropFirst()) {
                try problem.addRow(named: "symmetry_\(instance.staffTokens[first])_\(instance.staffTokens[second])",
                                   terms: [(shifts[first], 1), (shifts[second], -1)], bounds: .lower(0))
            }
        }
    }

    /// The same roster with the months of interchangeable people swapped so that, within each
    /// class, shift counts descend by id — the order ``addSymmetryBreaking()`` requires.
    func canonical(_ roster: [Assignment]) -> [Assignment] {
        var byStaff: [Staff.ID: [Assignment]] = [:]
        for assignment in roster { byStaff[assignment.staff, default: []].append(assignment) }
        var result = roster
        for members in instance.interchangeable {
            let ids = members.map { instance.staff[$0].id }
            let months = ids.map { byStaff[$0] ?? [] }.sorted { $0.count > $1.count }
            result.removeAll { ids.contains($0.staff) }
            for (id, month) in zip(ids, months) {
                result += month.map { Assignment(date: $0.date, post: $0.post, staff: id) }
            }
        }
        return result.sorted()
    }
}
