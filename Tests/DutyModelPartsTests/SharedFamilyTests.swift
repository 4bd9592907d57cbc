@testable import DutyModelParts
import GLPK
import Testing

/// The grid both models are built on, and the forbidden-succession family they share,
/// checked on a hand-made grid rather than through either model.
@Suite struct SharedFamilyTests {
    /// One person, three days, shifts 0 (night) and 1 (day); no day shift on day 1.
    private func smallGrid() throws -> (Problem, AssignmentGrid) {
        let problem = try Problem(name: "grid")
        var grid = AssignmentGrid(people: 1, days: 3)
        for day in 0..<3 {
            for shift in 0..<2 where !(day == 1 && shift == 1) {
                let column = try problem.addColumn(named: "x_\(day)_\(shift)", kind: .binary, bounds: .range(0, 1))
                grid.add(column, person: 0, day: day, shift: shift)
            }
        }
        return (problem, grid)
    }

    @Test("the grid finds columns by person, day and shift, and reads rosters back")
    func grid() throws {
        let (problem, grid) = try smallGrid()
        #expect(grid.people == 1 && grid.days == 3)
        #expect(grid.column(0, 1, 1) == nil)
        #expect(grid.columns(0, 1).count == 1)
        #expect(grid.columns(0, 2) { $0 == 1 } == [try #require(problem.column(named: "x_2_1"))])
        var values = Array(repeating: 0.0, count: problem.columnCount)
        values[try #require(grid.column(0, 2, 0)).index] = 1
        #expect(grid.works(values, 0, 2) && !grid.works(values, 0, 0))
        #expect(grid.chosen(in: values).map { [$0.person, $0.day, $0.shift] } == [[0, 2, 0]])
    }

    @Test("a forbidden succession gets one row per day pair and forbids exactly its shifts")
    func forbiddenSuccession() throws {
        let (problem, grid) = try smallGrid()
        try grid.addRows(for: [ForbiddenSuccession(first: [0], next: [0, 1])], to: problem) { _, _, day in "rest_\(day)" }
        #expect(problem.rowCount == 2)
        func roster(_ assignments: [(day: Int, shift: Int)]) throws -> [Double] {
            var values = Array(repeating: 0.0, count: problem.columnCount)
            for (day, shift) in assignments { values[try #require(grid.column(0, day, shift)).index] = 1 }
            return values
        }
        #expect(problem.firstViolation(in: try roster([(0, 0), (1, 0)])) != nil)
        #expect(problem.firstViolation(in: try roster([(1, 0), (2, 1)])) != nil)
        #expect(problem.firstViolation(in: try roster([(0, 1), (1, 0)])) == nil)
        #expect(problem.firstViolation(in: try roster([(0, 0), (2, 0)])) == nil)
    }
}
