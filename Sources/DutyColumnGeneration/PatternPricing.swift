import DutyCore
import DutyModelParts
import DutyShiftRostering
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
    private let labeller: PatternLabelling
    /// Per day, the row of the shifts worked on it in GLPK's fallback: free, or at least 1 on
    /// a day the decisions require worked.
    private let workedRows: [Row]
    /// Whether labelling is tried first; it stops being after its labels once grew too many.
    private var labels: Bool

    /// - Parameter labelling: whether to price by labelling first (`false`: always GLPK).
    init(_ instance: ShiftProblem, worker: ShiftProblem.Worker, labelling: Bool = true) throws {
        self.worker = worker
        let model = try ShiftModel(ShiftProblem(name: instance.name, days: instance.days, shiftTypes: instance.shiftTypes, workers: [worker],
                                                requests: instance.requests.filter { $0.worker == worker.id }, cover: []))
        self.model = model
        requestPrices = try (0..<model.problem.columnCount).map { try model.problem.objective(of: model.problem.column(at: $0)) }
        labeller = PatternLabelling(instance, worker: worker)
        workedRows = try (0..<instance.days).map { d in
            try model.problem.addRow(named: "worked_\(d)", terms: model.grid[0, d].map { ($0.column, 1) }, bounds: .free)
        }
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

    /// What one pricing solve takes: the reduced cost of each shift on each day (infinite where
    /// the decisions bar it), and the days the decisions require worked (a required shift is
    /// such a day with its other shifts barred).
    struct Costs: Sendable {
        var byDay: [[Double]]
        var mustWork: Set<Int> = []

        /// The labelling's cheapest pattern at these costs.
        func cheapest(by labelling: PatternLabelling) -> PatternLabelling.Outcome {
            labelling.cheapest(cost: byDay, mustWork: mustWork)
        }
    }

    /// The person's pattern of least reduced cost, given the dual value of each cover line
    /// (`coverDual(day, shift index)`), among those that keep `decisions` (the person's own).
    /// Reduced costs here leave out the person's choice row's dual. Its three steps are apart so
    /// that ``ColumnGeneration`` can run the labelling of every person at once, on all processors.
    func price(coverDual: (Int, Int) -> Double, keeping decisions: [BranchingDecision] = [], timeLimit: Double) throws -> Outcome {
        guard let costs = costs(coverDual: coverDual, keeping: decisions) else { return .impossible }
        return try finish(costs, labelled: labelling.map(costs.cheapest(by:)), timeLimit: timeLimit)
    }

    /// Step 1 of ``price(coverDual:keeping:timeLimit:)``; `nil` when the decisions contradict
    /// each other or the person's contract.
    func costs(coverDual: (Int, Int) -> Double, keeping decisions: [BranchingDecision]) -> Costs? {
        let instance = model.instance
        var costs = Costs(byDay: Array(repeating: Array(repeating: .infinity, count: instance.shiftTypes.count), count: instance.days))
        for d in 0..<instance.days {
            for (t, column) in model.grid[0, d] { costs.byDay[d][t] = requestPrices[column.index] - coverDual(d, t) }
        }
        // A day off and a banned shift cost infinity; a required shift bars the rest of its day.
        for decision in decisions {
            let d = decision.day
            var shift: Int?
            if let id = decision.shift {
                guard let t = instance.shiftTypes.firstIndex(where: { $0.id == id }) else { continue }
                shift = t
            }
            if decision.works {
                costs.mustWork.insert(d)
                if let shift { costs.byDay[d] = costs.byDay[d].indices.map { $0 == shift ? costs.byDay[d][$0] : .infinity } }
            } else if let shift {
                costs.byDay[d][shift] = .infinity
            } else {
                costs.byDay[d] = costs.byDay[d].map { _ in .infinity }
            }
        }
        // A day that must be worked with every shift barred: contradictory decisions, or one against the contract.
        for d in costs.mustWork where !costs.byDay[d].contains(where: \.isFinite) { return nil }
        return costs
    }

    /// Step 2, safe to run concurrently: the labelling to solve with, `nil` once labels have grown too many.
    var labelling: PatternLabelling? { labels ? labeller : nil }

    /// Step 3: the labelling's outcome as a pattern, or else (labels too many, or none tried)
    /// GLPK's solve of the person's model.
    func finish(_ costs: Costs, labelled: PatternLabelling.Outcome?, timeLimit: Double) throws -> Outcome {
        let instance = model.instance
        switch labelled {
        case let .cheapest(pattern, cost):
            let reducedCost = model.problem.objectiveConstant + cost
            let assignments = pattern.map { ShiftAssignment(day: $0.day, worker: worker.id, shift: instance.shiftTypes[$0.shift].id) }
            return .pattern(assignments, reducedCost: reducedCost, bound: reducedCost, exact: true)
        case .infeasible: return .impossible
        case .tooLarge: labels = false
        case nil: break
        }
        for d in 0..<instance.days {
            for (t, column) in model.grid[0, d] {
                let banned = !costs.byDay[d][t].isFinite
                try model.problem.setObjective(banned ? 0 : costs.byDay[d][t], for: column)
                try model.problem.setBounds(banned ? .fixed(0) : .range(0, 1), for: column)
            }
            try model.problem.setBounds(costs.mustWork.contains(d) ? .lower(1) : .free, for: workedRows[d])
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
