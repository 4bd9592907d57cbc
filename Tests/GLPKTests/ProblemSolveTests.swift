import Foundation
import Testing
@testable import GLPK

@Suite struct ProblemSolveTests {
    @Test("a small LP reaches its known optimum")
    func smallLP() throws {
        // max 3x + 2y  s.t. x + y ≤ 4, x + 3y ≤ 6, x ≤ 3  → x = 3, y = 1, objective 11.
        let problem = try Problem(name: "small_lp")
        problem.maximize = true
        let x = try problem.addColumn(named: "x", kind: .continuous, bounds: .range(0, 3), objective: 3)
        let y = try problem.addColumn(named: "y", kind: .continuous, bounds: .lower(0), objective: 2)
        try problem.addRow(named: "sum", terms: [(x, 1), (y, 1)], bounds: .upper(4))
        try problem.addRow(named: "weighted", terms: [(x, 1), (y, 3)], bounds: .upper(6))
        let solution = try problem.solve()
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective! - 11) < 1e-9)
        #expect(abs(solution[x] - 3) < 1e-9 && abs(solution[y] - 1) < 1e-9)
        #expect(solution.gap == 0)
    }

    @Test("an LP reports each row's dual value, and a column added to its rows afterwards lowers it by its reduced cost")
    func dualsAndAddedColumn() throws {
        // min x + 2y  s.t. x + y ≥ 3 (demand), x ≤ 2 (cap) → x = 2, y = 1, objective 4; a unit more
        // demand costs 2 (y), a unit more cap saves 1: duals 2 and −1.
        let problem = try Problem(name: "duals")
        let x = try problem.addColumn(named: "x", kind: .continuous, bounds: .lower(0), objective: 1)
        let y = try problem.addColumn(named: "y", kind: .continuous, bounds: .lower(0), objective: 2)
        let demand = try problem.addRow(named: "demand", terms: [(x, 1), (y, 1)], bounds: .lower(3))
        let cap = try problem.addRow(named: "cap", terms: [(x, 1)], bounds: .upper(2))
        var options = SolveOptions()
        options.presolve = false
        let first = try problem.solve(options)
        #expect(abs(first.objective! - 4) < 1e-9)
        #expect(first.rowDuals.count == 2)
        #expect(abs(first.rowDuals[demand.index] - 2) < 1e-9 && abs(first.rowDuals[cap.index] + 1) < 1e-9)
        // z covers demand at 1.5: reduced cost 1.5 − 2 = −0.5, so the objective falls by 0.5 per unit of y it replaces.
        let z = try problem.addColumn(named: "z", kind: .continuous, bounds: .lower(0), objective: 1.5, terms: [(demand, 1)])
        let second = try problem.solve(options)
        #expect(abs(second.objective! - 3.5) < 1e-9)
        #expect(abs(second[z] - 1) < 1e-9 && abs(second[y]) < 1e-9)
        #expect(abs(second.rowDuals[demand.index] - 1.5) < 1e-9)
    }

    @Test("after a bound is tightened, the dual simplex re-solves from the last basis to the primal's optimum")
    func dualSimplexAfterTightening() throws {
        // min x + 2y  s.t. x + y ≥ 3, x ≤ 2 → 4; with x ≤ 1 as well → x = 1, y = 2, objective 5.
        let problem = try Problem(name: "tightened")
        let x = try problem.addColumn(named: "x", kind: .continuous, bounds: .lower(0), objective: 1)
        let y = try problem.addColumn(named: "y", kind: .continuous, bounds: .lower(0), objective: 2)
        try problem.addRow(named: "demand", terms: [(x, 1), (y, 1)], bounds: .lower(3))
        try problem.addRow(named: "cap", terms: [(x, 1)], bounds: .upper(2))
        var options = SolveOptions()
        options.presolve = false
        #expect(abs(try problem.solve(options).objective! - 4) < 1e-9)
        try problem.setBounds(.range(0, 1), for: x)
        options.dualSimplex = true
        let dual = try problem.solve(options)
        options.dualSimplex = false
        let primal = try problem.solve(options)
        #expect(dual.status == .optimal && primal.status == .optimal)
        #expect(abs(dual.objective! - 5) < 1e-9 && abs(primal.objective! - 5) < 1e-9)
        #expect(abs(dual[x] - 1) < 1e-9 && abs(dual[y] - 2) < 1e-9)
    }

    @Test("a row's bounds can be changed after it is added, and an unknown row is rejected")
    func rowBounds() throws {
        // min x + y over a free row x + y: 0; with x + y ≥ 2: 2.
        let problem = try Problem(name: "row_bounds")
        let x = try problem.addColumn(named: "x", kind: .continuous, bounds: .range(0, 5), objective: 1)
        let y = try problem.addColumn(named: "y", kind: .continuous, bounds: .range(0, 5), objective: 1)
        let sum = try problem.addRow(named: "sum", terms: [(x, 1), (y, 1)], bounds: .free)
        #expect(abs(try problem.solve().objective!) < 1e-9)
        try problem.setBounds(.lower(2), for: sum)
        #expect(abs(try problem.solve().objective! - 2) < 1e-9)
        #expect(throws: GLPKError.self) { try problem.setBounds(.lower(1), for: Row(index: 1)) }
    }

    @Test("a 0-1 knapsack reaches its known optimum")
    func knapsack() throws {
        // Weights 12, 2, 1, 1, 4 with values 4, 2, 1, 2, 10, capacity 15: best is items 2–5, value 15.
        let problem = try Problem(name: "knapsack")
        problem.maximize = true
        let weights: [Double] = [12, 2, 1, 1, 4], values: [Double] = [4, 2, 1, 2, 10]
        let items = try (0..<5).map { try problem.addColumn(named: "take_\($0)", kind: .binary, bounds: .range(0, 1), objective: values[$0]) }
        try problem.addRow(named: "capacity", terms: zip(items, weights).map { ($0, $1) }, bounds: .upper(15))
        let solution = try problem.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objective == 15)
        #expect(items.map { solution[$0].rounded() } == [0, 1, 1, 1, 1])
    }

    @Test("an assignment problem reaches its known optimum")
    func assignment() throws {
        // Cost matrix whose optimal assignment is the anti-diagonal with cost 1 + 2 + 3 = 6.
        let cost: [[Double]] = [[9, 9, 1], [9, 2, 9], [3, 9, 9]]
        let problem = try Problem(name: "assignment")
        var x: [[Column]] = []
        for i in 0..<3 {
            x.append(try (0..<3).map { j in try problem.addColumn(named: "x_\(i)_\(j)", kind: .binary, bounds: .range(0, 1), objective: cost[i][j]) })
        }
        for i in 0..<3 { try problem.addRow(named: "worker_\(i)", terms: x[i].map { ($0, 1) }, bounds: .fixed(1)) }
        for j in 0..<3 { try problem.addRow(named: "task_\(j)", terms: (0..<3).map { (x[$0][j], 1) }, bounds: .fixed(1)) }
        let solution = try problem.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objective == 6)
        #expect(solution[x[0][2]] == 1 && solution[x[1][1]] == 1 && solution[x[2][0]] == 1)
    }

    @Test("an infeasible model says so")
    func infeasible() throws {
        let problem = try Problem(name: "infeasible")
        let x = try problem.addColumn(named: "x", kind: .integer, bounds: .range(0, 10))
        let y = try problem.addColumn(named: "y", kind: .integer, bounds: .range(0, 10))
        try problem.addRow(named: "at_least", terms: [(x, 1), (y, 1)], bounds: .lower(5))
        try problem.addRow(named: "at_most", terms: [(x, 1), (y, 1)], bounds: .upper(4))
        let solution = try problem.solve()
        #expect(solution.status == .infeasible)
        #expect(solution.values.isEmpty && solution.objective == nil)
    }

    @Test("an integer model with an integer-infeasible LP relaxation is infeasible")
    func integerInfeasible() throws {
        // 2x = 1 has the LP solution 0.5 but no integer one.
        let problem = try Problem(name: "parity")
        let x = try problem.addColumn(named: "x", kind: .integer, bounds: .range(0, 3))
        try problem.addRow(named: "odd", terms: [(x, 2)], bounds: .fixed(1))
        #expect(try problem.solve().status == .infeasible)
    }

    @Test("an unbounded LP says so")
    func unbounded() throws {
        let problem = try Problem(name: "unbounded")
        problem.maximize = true
        let x = try problem.addColumn(named: "x", kind: .continuous, bounds: .lower(0), objective: 1)
        let y = try problem.addColumn(named: "y", kind: .continuous, bounds: .lower(0))
        try problem.addRow(named: "difference", terms: [(x, 1), (y, -1)], bounds: .upper(1))
        #expect(try problem.solve().status == .unbounded)
    }

    @Test("the objective constant is part of the objective")
    func objectiveConstant() throws {
        let problem = try Problem(name: "constant")
        try problem.setObjectiveConstant(7)
        let x = try problem.addColumn(named: "x", kind: .integer, bounds: .range(2, 5), objective: 1)
        let solution = try problem.solve()
        #expect(solution.objective == 9 && solution[x] == 2)
    }

    @Test("a time limit on a hard instance returns the best solution found, its bound and gap")
    func timeLimit() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 60, constraints: 5)
        var options = SolveOptions()
        options.timeLimit = 0.5
        let solution = try problem.solve(options)
        #expect(solution.status == .feasibleAtLimit)
        #expect(solution.values.count == problem.columnCount)
        let objective = try #require(solution.objective), bound = try #require(solution.bound)
        #expect(bound >= objective - 1e-6, "a maximisation bound lies above the incumbent")
        #expect((solution.gap ?? 0) > 0)
        #expect(solution.seconds < 5)
    }

    @Test("a node limit stops the search where it is, on any machine: the same best solution and node count twice")
    func nodeLimit() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 60, constraints: 5)
        var options = SolveOptions()
        options.nodeLimit = 50
        options.warmStart = Array(repeating: 0, count: problem.columnCount) // packing nothing is feasible
        let first = try problem.solve(options), second = try problem.solve(options)
        #expect(first.status == .feasibleAtLimit && (first.gap ?? 0) > 0)
        #expect(first.nodes >= 50 && first.nodes < 60, "\(first.nodes) nodes")
        #expect(first.values == second.values && first.nodes == second.nodes)
    }

    @Test("a feasible warm start is accepted as the first incumbent and progress is reported")
    func warmStart() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 12, constraints: 3)
        let reports = ProgressLog()
        var options = SolveOptions()
        options.warmStart = Array(repeating: 0, count: problem.columnCount)
        options.warmStart![0] = 1
        options.progress = { reports.append($0) }
        options.progressInterval = 0
        options.timeLimit = 20
        let solution = try problem.solve(options)
        #expect(solution.warmStartAccepted)
        #expect(solution.status == .optimal)
        #expect(!reports.entries.isEmpty)
        #expect(reports.entries.contains { $0.incumbent != nil })
    }

    @Test("with the MIP presolver a warm start is handed over as an existing solution")
    func warmStartWithPresolve() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 12, constraints: 3)
        var options = SolveOptions()
        options.mipPresolve = true
        options.warmStart = Array(repeating: 0, count: problem.columnCount)
        options.warmStart![0] = 1
        let solution = try problem.solve(options)
        #expect(solution.status == .optimal && solution.warmStartAccepted)
        #expect(solution.objective == (try problem.solve()).objective)
        options.branchFirst = [Column(index: 0)]
        #expect(throws: GLPKError.self) { try problem.solve(options) }
    }

    @Test("an infeasible warm start is declined without harm")
    func infeasibleWarmStart() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 20, constraints: 3)
        var options = SolveOptions()
        options.warmStart = Array(repeating: 1, count: problem.columnCount)
        let solution = try problem.solve(options)
        #expect(!solution.warmStartAccepted)
        #expect(solution.status == .optimal)
    }

    @Test("branching first on chosen columns keeps the optimum, and unknown columns are rejected")
    func branchFirst() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 14, constraints: 3)
        let plain = try problem.solve()
        var options = SolveOptions()
        options.branchFirst = [Column(index: 3), Column(index: 7), Column(index: 1)]
        let directed = try problem.solve(options)
        #expect(directed.status == .optimal && directed.objective == plain.objective)
        options.branchFirst = [Column(index: 99)]
        #expect(throws: GLPKError.self) { try problem.solve(options) }
    }

    @Test("the textbook and the long-step dual ratio test prove the same optimum")
    func dualRatioTests() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 20, constraints: 3)
        var textbook = SolveOptions()
        textbook.longStepDual = false
        let longStep = try problem.solve(SolveOptions()), harris = try problem.solve(textbook)
        #expect(longStep.status == .optimal && harris.status == .optimal)
        #expect(abs((longStep.objective ?? .nan) - (harris.objective ?? .nan)) < 1e-9)
    }

    @Test("GLPK's terminal output is routed to the sink when one is given")
    func terminalRouting() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 15, constraints: 2)
        let lines = ProgressLog()
        var options = SolveOptions()
        options.terminal = { lines.appendText($0) }
        _ = try problem.solve(options)
        #expect(lines.text.contains("mip =") && lines.text.contains("tree is empty"))
    }
}

/// A thread-safe log for the callbacks' reports.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [SearchProgress] = []
    private var storedText = ""
    func append(_ progress: SearchProgress) { lock.withLock { stored.append(progress) } }
    func appendText(_ text: String) { lock.withLock { storedText += text } }
    var entries: [SearchProgress] { lock.withLock { stored } }
    var text: String { lock.withLock { storedText } }
}

/// Seeded instances that GLPK cannot prove optimal within a fraction of a second.
enum HardInstance {
    static func multidimensionalKnapsack(items: Int, constraints: Int, seed: UInt64 = 7) throws -> Problem {
        var state = seed
        func next(_ limit: UInt64) -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) % limit) + 1
        }
        // Strongly correlated: each item's value is its mean weight plus a little, the classic hard case.
        let weights = (0..<constraints).map { _ in (0..<items).map { _ in next(1000) } }
        let problem = try Problem(name: "mkp")
        problem.maximize = true
        let columns = try (0..<items).map { item in
            let value = (weights.map { $0[item] }.reduce(0, +) / Double(constraints)).rounded() + next(10)
            return try problem.addColumn(named: "item_\(item)", kind: .binary, bounds: .range(0, 1), objective: value)
        }
        for (row, rowWeights) in weights.enumerated() {
            try problem.addRow(named: "capacity_\(row)", terms: Array(zip(columns, rowWeights)), bounds: .upper((rowWeights.reduce(0, +) / 2).rounded()))
        }
        return problem
    }
}

@Suite struct IntegralAndRelaxedSolveTests {
    @Test("a whole-number objective is proven as soon as the rounded-up bound reaches it")
    func roundedBound() throws {
        // min x + y + z with 2x + 2y + 2z ≥ 3: the LP bound is 1.5, every integer solution costs a whole number.
        let problem = try Problem(name: "integral")
        let columns = try ["x", "y", "z"].map { try problem.addColumn(named: $0, kind: .binary, bounds: .range(0, 1), objective: 1) }
        try problem.addRow(named: "need", terms: columns.map { ($0, 2) }, bounds: .lower(3))
        var options = SolveOptions()
        options.integralObjective = true
        options.warmStart = [1, 1, 0]
        let solution = try problem.solve(options)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 2)
        #expect(solution.bound == 2)
    }

    @Test("relaxationOnly solves the LP relaxation of an integer model")
    func relaxationOnly() throws {
        let problem = try Problem(name: "relaxed")
        let columns = try ["x", "y"].map { try problem.addColumn(named: $0, kind: .binary, bounds: .range(0, 1), objective: 1) }
        try problem.addRow(named: "need", terms: columns.map { ($0, 2) }, bounds: .lower(3))
        var options = SolveOptions()
        options.relaxationOnly = true
        let solution = try problem.solve(options)
        #expect(solution.status == .optimal)
        #expect(abs((solution.objective ?? 0) - 1.5) < 1e-9)
        #expect(abs(solution.values.reduce(0, +) - 1.5) < 1e-9)
    }
}
