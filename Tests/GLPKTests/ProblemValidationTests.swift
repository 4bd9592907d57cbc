import Foundation
import Testing
@testable import GLPK

@Suite struct ProblemValidationTests {
    private func problemWithColumn() throws -> (Problem, Column) {
        let problem = try Problem(name: "checked")
        return (problem, try problem.addColumn(named: "x", kind: .continuous, bounds: .range(0, 1)))
    }

    @Test("names that GLPK or the file formats cannot take are rejected", arguments: ["", "has space", "9starts_with_digit", "名字", String(repeating: "a", count: 256)])
    func invalidNames(name: String) throws {
        let (problem, _) = try problemWithColumn()
        #expect(throws: GLPKError.self) { try problem.addColumn(named: name, kind: .binary, bounds: .range(0, 1)) }
        #expect(throws: GLPKError.self) { try problem.addRow(named: name, terms: [], bounds: .free) }
        #expect(problem.columnCount == 1 && problem.rowCount == 0)
    }

    @Test("duplicate column and row names are rejected")
    func duplicateNames() throws {
        let (problem, x) = try problemWithColumn()
        #expect(throws: GLPKError(.duplicateName, "column name \"x\" is already used by column 0; expected a unique name")) {
            try problem.addColumn(named: "x", kind: .continuous, bounds: .free)
        }
        try problem.addRow(named: "r", terms: [(x, 1)], bounds: .upper(1))
        #expect(throws: GLPKError.self) { try problem.addRow(named: "r", terms: [(x, 1)], bounds: .upper(1)) }
    }

    @Test("bounds with lower above upper, NaN or infinity are rejected", arguments: [
        Bounds.range(2, 1), .range(.nan, 1), .lower(.infinity), .upper(-.infinity), .fixed(.nan),
    ])
    func invalidBounds(bounds: Bounds) throws {
        let (problem, x) = try problemWithColumn()
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "y", kind: .continuous, bounds: bounds) }
        #expect(throws: GLPKError.self) { try problem.addRow(named: "r", terms: [(x, 1)], bounds: bounds) }
        #expect(throws: GLPKError.self) { try problem.setBounds(bounds, for: x) }
    }

    @Test("binary columns outside [0, 1] and integer columns with fractional bounds are rejected")
    func kindBounds() throws {
        let (problem, _) = try problemWithColumn()
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "b", kind: .binary, bounds: .range(0, 2)) }
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "i", kind: .integer, bounds: .range(0, 2.5)) }
    }

    @Test("coefficients that are NaN or infinite are rejected", arguments: [Double.nan, .infinity, -.infinity])
    func invalidCoefficients(value: Double) throws {
        let (problem, x) = try problemWithColumn()
        #expect(throws: GLPKError.self) { try problem.addRow(named: "r", terms: [(x, value)], bounds: .upper(1)) }
        #expect(throws: GLPKError.self) { try problem.setObjective(value, for: x) }
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "y", kind: .continuous, bounds: .free, objective: value) }
        #expect(throws: GLPKError.self) { try problem.setObjectiveConstant(value) }
    }

    @Test("indices out of range, and columns repeated in a row or rows in a column, are rejected")
    func invalidIndices() throws {
        let (problem, x) = try problemWithColumn()
        #expect(throws: GLPKError.self) { try problem.addRow(named: "r", terms: [(Column(index: 1), 1)], bounds: .upper(1)) }
        #expect(throws: GLPKError.self) { try problem.addRow(named: "r", terms: [(Column(index: -1), 1)], bounds: .upper(1)) }
        #expect(throws: GLPKError.self) { try problem.addRow(named: "r", terms: [(x, 1), (x, 2)], bounds: .upper(1)) }
        #expect(throws: GLPKError.self) { try problem.setObjective(1, for: Column(index: 5)) }
        #expect(problem.rowCount == 0)
        let row = try problem.addRow(named: "r", terms: [(x, 1)], bounds: .upper(1))
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "y", kind: .continuous, bounds: .free, terms: [(Row(index: 1), 1)]) }
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "y", kind: .continuous, bounds: .free, terms: [(row, 1), (row, 2)]) }
        #expect(throws: GLPKError.self) { try problem.addColumn(named: "y", kind: .continuous, bounds: .free, terms: [(row, .nan)]) }
        #expect(problem.columnCount == 1)
    }

    @Test("invalid solve options and warm starts are rejected", arguments: 0..<6)
    func invalidOptions(caseNumber: Int) throws {
        let (problem, _) = try problemWithColumn()
        var options = SolveOptions()
        switch caseNumber {
        case 0: options.timeLimit = -1
        case 1: options.timeLimit = .nan
        case 2: options.relativeGap = -0.1
        case 3: options.warmStart = [0, 0]
        case 4: options.nodeLimit = 0
        default: options.warmStart = [.nan]
        }
        #expect(throws: GLPKError.self) { try problem.solve(options) }
    }

    @Test("an empty problem solves to its constant")
    func emptyProblem() throws {
        let problem = try Problem(name: "empty")
        try problem.setObjectiveConstant(3)
        let solution = try problem.solve()
        #expect(solution.status == .optimal && solution.objective == 3)
    }

    @Test("a problem with columns and no rows solves")
    func noRows() throws {
        let (problem, x) = try problemWithColumn()
        try problem.setObjective(-1, for: x)
        let solution = try problem.solve()
        #expect(solution.status == .optimal && solution.objective == -1)
    }
}
