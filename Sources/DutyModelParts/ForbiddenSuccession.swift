import DutyCore
import GLPK

/// Shifts that may not be worked on the day after others: the general problem's
/// `forbidden-succession` and the school's `rest-after-night` (after a night post, no post
/// at all) are both this family.
package struct ForbiddenSuccession {
    /// Shifts (indices into the model's shift types or posts) whose next day is restricted.
    package let first: Set<Int>
    /// Shifts that may not follow any of `first`.
    package let next: Set<Int>

    package init(first: Set<Int>, next: Set<Int>) {
        self.first = first
        self.next = next
    }
}

extension AssignmentGrid {
    /// For every succession, person and day d with columns on both sides,
    ///
    ///     Σ_{a ∈ first} x[p,d,a] + Σ_{b ∈ next} x[p,d+1,b] ≤ 1,
    ///
    /// valid because a person works at most one shift a day, and stronger than one row per
    /// shift of `first`. Rows come person by person, day by day; `name` names the row of a
    /// succession, person and day d; `beforeEachPerson` may stop the build (a deadline).
    package func addRows(for successions: [ForbiddenSuccession], to problem: Problem, beforeEachPerson: () throws -> Void = {},
                 named name: (_ succession: Int, _ person: Int, _ day: Int) -> String) throws {
        for person in 0..<people {
            try beforeEachPerson()
            for day in 0..<max(0, days - 1) {
                for (index, succession) in successions.enumerated() {
                    let today = columns(person, day, where: succession.first.contains)
                    let tomorrow = columns(person, day + 1, where: succession.next.contains)
                    guard !today.isEmpty, !tomorrow.isEmpty else { continue }
                    try problem.addRow(named: name(index, person, day), terms: (today + tomorrow).map { ($0, 1) }, bounds: .upper(1))
                }
            }
        }
    }
}
