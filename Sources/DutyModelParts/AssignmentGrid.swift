import DutyCore
import GLPK

/// The assignment columns x[person, day, shift] of a roster model — the school's posts or
/// the general problem's shift types — holding only the assignments allowed at all. Both
/// ``RosterModel`` and ``ShiftModel`` are built on it, and so are the constraint families
/// they share (`Shared/`).
package struct AssignmentGrid {
    /// One allowed assignment of a person on a day: the shift (post) index and its column.
    package typealias Cell = (shift: Int, column: Column)

    private var cells: [[[Cell]]]

    package init(people: Int, days: Int) {
        cells = Array(repeating: Array(repeating: [], count: days), count: people)
    }

    package var people: Int { cells.count }
    package var days: Int { cells.first?.count ?? 0 }

    package mutating func add(_ column: Column, person: Int, day: Int, shift: Int) {
        cells[person][day].append((shift, column))
    }

    /// The allowed assignments of `person` on `day`.
    package subscript(person: Int, day: Int) -> [Cell] { cells[person][day] }

    /// The columns of `person` on `day`, of the shifts `included` accepts.
    package func columns(_ person: Int, _ day: Int, where included: (Int) -> Bool = { _ in true }) -> [Column] {
        cells[person][day].filter { included($0.shift) }.map(\.column)
    }

    /// The column of one assignment, `nil` if it is not allowed.
    package func column(_ person: Int, _ day: Int, _ shift: Int) -> Column? {
        cells[person][day].first { $0.shift == shift }?.column
    }

    /// Whether `person` may work at all on `day`.
    package func isWorkable(_ person: Int, _ day: Int) -> Bool { !cells[person][day].isEmpty }

    /// Whether `values` has `person` working on `day`.
    package func works(_ values: [Double], _ person: Int, _ day: Int) -> Bool {
        cells[person][day].contains { values[$0.column.index] > 0.5 }
    }

    /// Every assignment at 1 in `values`, person by person and day by day.
    package func chosen(in values: [Double]) -> [(person: Int, day: Int, shift: Int)] {
        var result: [(person: Int, day: Int, shift: Int)] = []
        for person in cells.indices {
            for day in cells[person].indices {
                for cell in cells[person][day] where values[cell.column.index] > 0.5 { result.append((person, day, cell.shift)) }
            }
        }
        return result
    }
}
