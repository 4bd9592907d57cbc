import DutyCore
import GLPK

/// One person's pricing problem in column generation: their pattern of least reduced cost
/// when each cover line's dual value is paid for working it. ``PatternLabelling`` solves it
/// (milliseconds); where its labels grow too many, the person's own ``ShiftModel`` (every
/// hard rule, their requests, no cover) does, its assignment columns re-priced with the
/// duals. Every pattern it returns satisfies all of the person's hard rules, so any choice of
/// one pattern per person is a valid roster.
final class PatternPricing {
    let worker: ShiftProblem.Worker
    private let model: ShiftModel
    /// The request price of each assignment column (the model's own objective coefficients).
    private let requestPrices: [Double]
    private let labelling: PatternLabelling
    /// Whether labelling is tried first; it stops being after its labels once grew too many.
    private var labels: Bool

    /// - Parameter labelling: whether to price by labelling first (`false`: always GLPK).
    init(_ instance: ShiftProblem, worker: ShiftProblem.Worker, labelling: Bool = true) throws {
        self.worker = worker
        let model = try ShiftModel(ShiftProblem(name: instance.name, days: instance.days, shiftTypes: instance.shiftTypes, workers: [worker],
                                                requests: instance.requests.filter { $0.worker == worker.id }, cover: []))
        self.model = model
        requestPrices = try (0..<model.problem.columnCount).map { try model.problem.objective(of: Column(index: $0)) }
        self.labelling = PatternLabelling(instance, worker: worker)
        labels = labelling
    }

    /// What the requests cost in `pattern` (the person's assignments), or `nil` if the pattern
    /// breaks one of the person's hard rules.
    func cost(of pattern: [ShiftAssignment]) throws -> Double? {
        guard let values = model.values(of: pattern), model.problem.firstViolation(in: values) == nil else { return nil }
        return zip(requestPrices, values).reduce(model.problem.objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    /// The person's pattern of least reduced cost, given the dual value of each cover line
    /// (`coverDual(day, shift index)`), and a lower bound on that least cost (the reduced cost
    /// itself when solved to the end). Reduced costs here leave out the person's choice row's dual.
    /// - Returns: `nil` when no pattern was found within `timeLimit`; `exact` says whether the
    ///   pattern is proven the least.
    func price(coverDual: (Int, Int) -> Double, timeLimit: Double)
        throws -> (pattern: [ShiftAssignment], reducedCost: Double, bound: Double, exact: Bool)? {
        let instance = model.instance
        var costs = Array(repeating: Array(repeating: 0.0, count: instance.shiftTypes.count), count: instance.days)
        for d in 0..<instance.days {
            for (t, column) in model.grid[0, d] { costs[d][t] = requestPrices[column.index] - coverDual(d, t) }
        }
        if labels {
            switch labelling.cheapest(cost: costs) {
            case let .cheapest(pattern, cost):
                let reducedCost = model.problem.objectiveConstant + cost
                let assignments = pattern.map { ShiftAssignment(day: $0.day, worker: worker.id, shift: instance.shiftTypes[$0.shift].id) }
                return (assignments, reducedCost, reducedCost, true)
            case .infeasible: return nil
            case .tooLarge: labels = false
            }
        }
        for d in 0..<instance.days {
            for (t, column) in model.grid[0, d] { try model.problem.setObjective(costs[d][t], for: column) }
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
