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
///
/// The person's model is built on first use only: construction by ``BestResponse`` needs none
/// (building one for each of Instance24's 150 people over 364 days took 9 s).
final class PatternPricing {
    let worker: ShiftProblem.Worker
    private let instance: ShiftProblem
    /// What the person's requests cost for working shift type t on day d (`requestPrices[d][t]`),
    /// and what they cost when nothing is worked (every on-request missed).
    private let requestPrices: [[Double]], requestConstant: Double
    private let labeller: PatternLabelling
    /// Whether labelling is tried first; it stops being after its labels once grew too many.
    private var labels: Bool

    /// The person's own model for GLPK, with per day the row of the shifts worked on it: free,
    /// or at least 1 on a day the decisions require worked.
    private struct PersonModel {
        let model: ShiftModel
        let workedRows: [Row]
    }
    private var built: PersonModel?

    /// - Parameter labelling: whether to price by labelling first (`false`: always GLPK).
    init(_ instance: ShiftProblem, worker: ShiftProblem.Worker, labelling: Bool = true) {
        self.worker = worker
        self.instance = instance
        var prices = Array(repeating: Array(repeating: 0.0, count: instance.shiftTypes.count), count: instance.days)
        var constant = 0.0
        let shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
        for request in instance.requests where request.worker == worker.id {
            guard let t = shiftIndex[request.shift], (0..<instance.days).contains(request.day) else { continue }
            switch request.kind {
            case .on:
                constant += Double(request.weight)
                prices[request.day][t] -= Double(request.weight)
            case .off: prices[request.day][t] += Double(request.weight)
            }
        }
        requestPrices = prices
        requestConstant = constant
        labeller = PatternLabelling(instance, worker: worker)
        labels = labelling
    }

    /// The person's model, built now if it was not yet.
    private func personModel() throws -> PersonModel {
        if let built { return built }
        let model = try ShiftModel(ShiftProblem(name: instance.name, days: instance.days, shiftTypes: instance.shiftTypes, workers: [worker],
                                                requests: instance.requests.filter { $0.worker == worker.id }, cover: []))
        let workedRows = try (0..<instance.days).map { d in
            try model.problem.addRow(named: "worked_\(d)", terms: model.grid[0, d].map { ($0.column, 1) }, bounds: .free)
        }
        built = PersonModel(model: model, workedRows: workedRows)
        return built!
    }

    /// What the requests cost in `pattern` (the person's assignments), or `nil` if the pattern
    /// breaks one of the person's hard rules (checked on the person's model).
    func cost(of pattern: [ShiftAssignment]) throws -> Double? {
        let model = try personModel().model
        guard let values = model.values(of: pattern), model.problem.firstViolation(in: values) == nil else { return nil }
        return requestCost(of: pattern)
    }

    /// What the requests cost in `pattern`, whether or not it keeps the rules.
    func requestCost(of pattern: [ShiftAssignment]) -> Double {
        let shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
        return pattern.reduce(requestConstant) { $0 + requestPrices[$1.day][shiftIndex[$1.shift]!] }
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

        /// The labelling's cheapest pattern at these costs (with `perState`, a good one).
        func cheapest(by labelling: PatternLabelling, perState: Int? = nil) -> PatternLabelling.Outcome {
            labelling.cheapest(cost: byDay, mustWork: mustWork, perState: perState)
        }
    }

    /// The person's pattern of least reduced cost, given the dual value of each cover line
    /// (`coverDual(day, shift index)`), among those that keep `decisions` (the person's own).
    /// Reduced costs here leave out the person's choice row's dual. Its three steps are apart so
    /// that ``ColumnGeneration`` can run the labelling of every person at once, on all processors.
    func price(coverDual: (Int, Int) -> Double, keeping decisions: [BranchingDecision] = [], timeLimit: Double) throws -> Outcome {
        guard let costs = costs(coverDual: coverDual, keeping: decisions) else { return .impossible }
        return try finish(costs, labelled: labelling.map { costs.cheapest(by: $0) }, timeLimit: timeLimit)
    }

    /// Step 1 of ``price(coverDual:keeping:timeLimit:)``; `nil` when the decisions contradict
    /// each other or the person's contract.
    func costs(coverDual: (Int, Int) -> Double, keeping decisions: [BranchingDecision]) -> Costs? {
        var costs = Costs(byDay: Array(repeating: Array(repeating: .infinity, count: instance.shiftTypes.count), count: instance.days))
        for d in 0..<instance.days {
            for t in labeller.workable[d] { costs.byDay[d][t] = requestPrices[d][t] - coverDual(d, t) }
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

    /// A good pattern at `costs`, for construction, where any valid pattern will do and the
    /// cheapest is only the aim: exact labelling while its labels stay under `labelLimit`
    /// (`nil`: not tried), else the one-pass ``PatternLabelling/greedy(cost:pacing:pace:)``
    /// (microseconds against a tenth of a second on a long horizon, but a dearer pattern),
    /// then labelling with `labelsPerState` labels per state, else GLPK within `timeLimit`.
    func good(_ costs: Costs, pacing: GreedyPacing, labelLimit: Int?, labelsPerState: Int, timeLimit: Double) throws -> Outcome {
        if labels, let labelLimit {
            let exact = labeller.cheapest(cost: costs.byDay, mustWork: costs.mustWork, labelLimit: labelLimit)
            if case .tooLarge = exact {} else { return try finish(costs, labelled: exact, timeLimit: timeLimit) }
        }
        // Neither of these two is the cheapest for sure: their bound proves nothing.
        func greedy() -> Outcome? {
            for pace in pacing.paces where costs.mustWork.isEmpty {
                guard let pattern = labeller.greedy(cost: costs.byDay, pacing: pacing, pace: pace) else { continue }
                return .pattern(assignments(pattern), reducedCost: reducedCost(pattern, costs), bound: -.infinity, exact: false)
            }
            return nil
        }
        // Minutes in steps of a 64th of the maximum (a few times fewer labels), then one by one.
        func capped() -> Outcome? {
            for step in [labeller.maxMinutes / 64, 1] {
                guard case let .cheapest(pattern, _) = labeller.cheapest(cost: costs.byDay, mustWork: costs.mustWork, perState: labelsPerState,
                                                                         minutesStep: step) else { continue }
                return .pattern(assignments(pattern), reducedCost: reducedCost(pattern, costs), bound: -.infinity, exact: false)
            }
            return nil
        }
        if let found = greedy() ?? capped() { return found }
        return try finish(costs, labelled: nil, timeLimit: timeLimit)
    }

    /// A labelling pattern, given as (day, shift type index), as the person's assignments.
    private func assignments(_ pattern: [(day: Int, shift: Int)]) -> [ShiftAssignment] {
        pattern.map { ShiftAssignment(day: $0.day, worker: worker.id, shift: instance.shiftTypes[$0.shift].id) }
    }

    /// What a labelling pattern costs at `costs`, with the requests' constant.
    private func reducedCost(_ pattern: [(day: Int, shift: Int)], _ costs: Costs) -> Double {
        pattern.reduce(requestConstant) { $0 + costs.byDay[$1.day][$1.shift] }
    }

    /// Step 3: the labelling's outcome as a pattern, or else (labels too many, or none tried)
    /// GLPK's solve of the person's model.
    func finish(_ costs: Costs, labelled: PatternLabelling.Outcome?, timeLimit: Double) throws -> Outcome {
        switch labelled {
        case let .cheapest(pattern, _):
            let reducedCost = reducedCost(pattern, costs)
            return .pattern(assignments(pattern), reducedCost: reducedCost, bound: reducedCost, exact: true)
        case .infeasible: return .impossible
        case .tooLarge: labels = false
        case nil: break
        }
        let (model, workedRows) = try { let built = try personModel(); return (built.model, built.workedRows) }()
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
