import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK

/// A general rostering problem (``ShiftProblem``) as a mixed-integer program.
///
/// One binary column `x[w,d,t]` exists per person, day and shift type the person may
/// work (the type is in the contract, the day is not a day off), so those two rules are
/// never variables. Run lengths are a path through a small network per person
/// (`ShiftModel+Stints.swift`) rather than windows of rows: its LP relaxation already
/// excludes runs that are too long or too short, which the window rows leave to
/// branching. Every other hard rule is a family of named rows; the objective is the
/// benchmark's own, with on-requests as a constant minus the honoured weights.
public final class ShiftModel {
    /// The program GLPK solves.
    public let problem: Problem
    let instance: ShiftProblem
    /// x[w,d,t]: the columns that exist, by person, day and shift type.
    var grid: AssignmentGrid
    /// Recomputes every auxiliary column from a roster's x values; `false` if the roster breaks a rule.
    var derivations: [(inout [Double]) -> Bool] = []
    let workerTokens: [String]
    let shiftTokens: [String]

    /// Which assignments get a column; the others are treated as impossible. The neighbourhood
    /// search restricts a model this way to the assignments a relaxation or incumbent suggests.
    let admits: (ShiftAssignment) -> Bool

    /// When building must give up (a year-long instance of 150 people takes seconds to build):
    /// every family checks it once per person.
    let deadline: ContinuousClock.Instant?

    /// Builds the model of `instance`, with columns only for the assignments `admits` accepts.
    /// - Throws: ``ModelBuildInterrupted`` once `deadline` has passed; ``GLPKError`` only on an
    ///   internal naming clash (the reader checks the data).
    public init(_ instance: ShiftProblem, deadline: ContinuousClock.Instant? = nil,
                admitting admits: @escaping (ShiftAssignment) -> Bool = { _ in true }) throws {
        self.instance = instance
        self.admits = admits
        self.deadline = deadline
        problem = try Problem(name: "shift_roster_\(ModelNames.tokens([instance.name], prefix: "instance")[0])")
        workerTokens = ModelNames.tokens(instance.workers.map(\.id.rawValue), prefix: "w")
        shiftTokens = ModelNames.tokens(instance.shiftTypes.map(\.id.rawValue), prefix: "t", allowsUnderscore: true)
        grid = AssignmentGrid(people: instance.workers.count, days: instance.days)
        try addAssignmentColumns()
        try addStints()
        try addMaxShiftsPerType()
        try addTotalMinutes()
        try addMaxWeekends()
        try addForbiddenSuccessions()
        try addRequests()
        try addCover()
    }

    public var size: ModelSize { ModelSize(columns: problem.columnCount, rows: problem.rowCount, nonzeros: problem.nonzeroCount) }

    /// Throws ``ModelBuildInterrupted`` once the build's deadline has passed.
    func checkDeadline() throws(ModelBuildInterrupted) {
        if let deadline, ContinuousClock.now >= deadline { throw ModelBuildInterrupted() }
    }

    /// The roster that a solution's values describe, sorted.
    public func assignments(from values: [Double]) -> [ShiftAssignment] {
        grid.chosen(in: values).map { ShiftAssignment(day: $0.day, worker: instance.workers[$0.person].id, shift: instance.shiftTypes[$0.shift].id) }
            .sorted()
    }

    /// The full column vector of a roster, auxiliary columns included (a warm start).
    /// - Returns: `nil` if the roster uses an assignment that is not a column or breaks a
    ///   rule that the network encodes (run lengths).
    public func values(of roster: [ShiftAssignment]) -> [Double]? {
        var values = Array(repeating: 0.0, count: problem.columnCount)
        let workerIndex = Dictionary(uniqueKeysWithValues: instance.workers.enumerated().map { ($1.id, $0) })
        let shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
        for assignment in roster {
            guard let w = workerIndex[assignment.worker], let t = shiftIndex[assignment.shift], (0..<instance.days).contains(assignment.day),
                  let column = grid.column(w, assignment.day, t) else { return nil }
            values[column.index] = 1
        }
        for derive in derivations { guard derive(&values) else { return nil } }
        return values
    }

    /// The objective of a column vector, constant included.
    public func objective(of values: [Double]) throws -> Double {
        var total = problem.objectiveConstant
        for index in 0..<problem.columnCount where values[index] != 0 {
            total += try problem.objective(of: problem.column(at: index)) * values[index]
        }
        return total
    }
}

extension ShiftModel {
    /// Fixes every assignment column on a day outside `days` to its value in `values`.
    func fix(_ values: [Double], outside days: [Range<Int>]) throws {
        for w in instance.workers.indices {
            for d in 0..<instance.days where !days.contains(where: { $0.contains(d) }) {
                for column in grid.columns(w, d) { try problem.setBounds(.fixed(values[column.index].rounded()), for: column) }
            }
        }
    }
}

extension ShiftModel {
    /// The LP relaxation: its objective (a lower bound) and the value of every assignment
    /// column above zero, or `nil` if GLPK did not solve it within `timeLimit`.
    /// - Throws: ``ShiftInfeasible`` when the relaxation, and so the problem, has no solution.
    func relaxation(timeLimit: Double, timer: GLPKCallTimer) throws -> (objective: Double, values: [ShiftAssignment: Double])? {
        var options = SolveOptions()
        options.relaxationOnly = true
        let solution = try timer.solve(problem, options, limit: timeLimit)
        if solution.status == .infeasible { throw ShiftInfeasible(instance: instance.name, proven: true) }
        guard solution.status == .optimal, let objective = solution.objective else { return nil }
        var values: [ShiftAssignment: Double] = [:]
        for (w, worker) in instance.workers.enumerated() {
            for d in 0..<instance.days {
                for (t, column) in grid[w, d] where solution.values[column.index] > 1e-6 {
                    values[ShiftAssignment(day: d, worker: worker.id, shift: instance.shiftTypes[t].id)] = solution.values[column.index]
                }
            }
        }
        return (objective, values)
    }
}

/// The model was not finished by its deadline: the time limit ran out while it was built.
public struct ModelBuildInterrupted: Error {}
