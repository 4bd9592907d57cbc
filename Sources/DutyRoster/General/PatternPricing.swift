import DutyCore
import GLPK

/// One person's pricing problem in column generation: the person's own ``ShiftModel`` (every
/// hard rule, their requests, no cover), whose assignment columns are re-priced with the cover
/// rows' dual values so that its optimum is the person's pattern of least reduced cost.
/// Every pattern it returns satisfies all of the person's hard rules, so any choice of one
/// pattern per person is a valid roster.
final class PatternPricing {
    let worker: ShiftProblem.Worker
    private let model: ShiftModel
    /// The request price of each assignment column (the model's own objective coefficients).
    private let requestPrices: [Double]

    init(_ instance: ShiftProblem, worker: ShiftProblem.Worker) throws {
        self.worker = worker
        let model = try ShiftModel(ShiftProblem(name: instance.name, days: instance.days, shiftTypes: instance.shiftTypes, workers: [worker],
                                                requests: instance.requests.filter { $0.worker == worker.id }, cover: []))
        self.model = model
        requestPrices = try (0..<model.problem.columnCount).map { try model.problem.objective(of: Column(index: $0)) }
    }

    /// What the requests cost in `pattern` (the person's assignments), or `nil` if the pattern
    /// breaks one of the person's hard rules.
    func cost(of pattern: [ShiftAssignment]) throws -> Double? {
        guard let values = model.values(of: pattern), model.problem.firstViolation(in: values) == nil else { return nil }
        return zip(requestPrices, values).reduce(model.problem.objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    /// The person's pattern of least reduced cost, given the dual value of each cover line
    /// (`coverDual(day, shift index)`), and a lower bound on that least cost (the reduced cost
    /// itself when GLPK finished). Reduced costs here leave out the person's choice row's dual.
    /// - Returns: `nil` when GLPK found no pattern within `timeLimit`; `exact` says whether the
    ///   pattern is proven the least.
    func price(coverDual: (Int, Int) -> Double, timeLimit: Double)
        throws -> (pattern: [ShiftAssignment], reducedCost: Double, bound: Double, exact: Bool)? {
        for d in 0..<model.instance.days {
            for (t, column) in model.grid[0, d] {
                try model.problem.setObjective(requestPrices[column.index] - coverDual(d, t), for: column)
            }
        }
        var options = SolveOptions()
        options.timeLimit = timeLimit
        // Duals make the minutes and per-type rows bind in ways the LP misses: MIR cuts close that
        // gap (an Instance9 pricing problem: 0.04 s with them, 0.6 s without).
        options.mirCuts = true
        let solution = try model.problem.solve(options)
        guard solution.status.hasSolution, let objective = solution.objective else { return nil }
        return (model.assignments(from: solution.values), objective, min(objective, solution.bound ?? -.infinity), solution.status == .optimal)
    }
}
