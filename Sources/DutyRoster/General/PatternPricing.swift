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

    /// How one pricing solve ended.
    enum Outcome {
        /// The person's pattern of least reduced cost, or a good one and a lower bound on the
        /// least (the reduced cost itself when `exact`).
        case pattern([ShiftAssignment], reducedCost: Double, bound: Double, exact: Bool)
        /// No pattern keeps the person's rules and the decisions: the node has no roster.
        case impossible
        /// Time ran out before any pattern was found.
        case timedOut
    }

    /// The person's pattern of least reduced cost, given the dual value of each cover line
    /// (`coverDual(day, shift index)`), among those that keep `decisions` (the person's own).
    /// Reduced costs here leave out the person's choice row's dual.
    func price(coverDual: (Int, Int) -> Double, keeping decisions: [AssignmentDecision] = [], timeLimit: Double) throws -> Outcome {
        let instance = model.instance
        let shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
        var costs = Array(repeating: Array(repeating: Double.infinity, count: instance.shiftTypes.count), count: instance.days)
        for d in 0..<instance.days {
            for (t, column) in model.grid[0, d] { costs[d][t] = requestPrices[column.index] - coverDual(d, t) }
        }
        // Banned assignments cost infinity; a required one bans the rest of its day.
        var required: [Int: Int] = [:]
        for decision in decisions {
            guard let t = shiftIndex[decision.assignment.shift] else { continue }
            let d = decision.assignment.day
            if !decision.works {
                costs[d][t] = .infinity
            } else if required.updateValue(t, forKey: d).map({ $0 != t }) == true {
                return .impossible  // two shifts on one day
            }
        }
        for (d, t) in required {
            if !costs[d][t].isFinite { return .impossible }
            costs[d] = costs[d].indices.map { $0 == t ? costs[d][t] : .infinity }
        }
        if labels {
            switch labelling.cheapest(cost: costs, mustWork: Set(required.keys)) {
            case let .cheapest(pattern, cost):
                let reducedCost = model.problem.objectiveConstant + cost
                let assignments = pattern.map { ShiftAssignment(day: $0.day, worker: worker.id, shift: instance.shiftTypes[$0.shift].id) }
                return .pattern(assignments, reducedCost: reducedCost, bound: reducedCost, exact: true)
            case .infeasible: return .impossible
            case .tooLarge: labels = false
            }
        }
        for d in 0..<instance.days {
            for (t, column) in model.grid[0, d] {
                let banned = !costs[d][t].isFinite
                try model.problem.setObjective(banned ? 0 : costs[d][t], for: column)
                try model.problem.setBounds(banned ? .fixed(0) : required[d] == t ? .fixed(1) : .range(0, 1), for: column)
            }
        }
        var options = SolveOptions()
        options.timeLimit = timeLimit
        // Duals make the minutes and per-type rows bind in ways the LP misses: MIR cuts close that
        // gap (an Instance9 pricing problem: 0.04 s with them, 0.6 s without).
        options.mirCuts = true
        let solution = try model.problem.solve(options)
        if solution.status == .infeasible { return .impossible }
        guard solution.status.hasSolution, let objective = solution.objective else { return .timedOut }
        return .pattern(model.assignments(from: solution.values), reducedCost: objective,
                        bound: min(objective, solution.bound ?? -.infinity), exact: solution.status == .optimal)
    }
}
