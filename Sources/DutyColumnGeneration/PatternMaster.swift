import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK

/// A whole person's roster over the horizon that satisfies all of their hard rules, with what
/// their requests cost in it.
struct Pattern: Hashable {
    /// Index of the person in the instance's workers.
    let person: Int
    let assignments: [ShiftAssignment]
    let cost: Double
}

/// The master problem of column generation over a general roster (Dantzig–Wolfe on the
/// people): one column per known ``Pattern``, one row per person who takes exactly one of
/// their patterns, and the cover rows with their under and over slacks. Because each
/// pattern keeps its person's rules on its own, its LP relaxation is far stronger than
/// ``ShiftModel``'s (Instance9: 99.5 there), and any integer solution that leaves nobody
/// unchosen is a valid roster.
final class PatternMaster {
    let problem: Problem
    private var patterns: [Pattern] = []
    /// The index of each known pattern in `patterns`.
    private var known: [Pattern: Int] = [:]
    /// The cover rows each pattern staffs, by pattern index.
    private var staffedRows: [[Row]] = []
    /// The bounds ``fix(pattern:)`` or ``restrict(to:)`` hold each pattern at; `nil` where it is
    /// free to be chosen, by pattern index.
    private var held: [Bounds?] = []
    /// Whether each pattern is parked (see ``park(idleIn:)``), by pattern index.
    private var parked: [Bool] = []
    /// For each pattern, how many LPs in a row ``park(idleIn:)`` found it unused at a positive
    /// reduced cost.
    private var idleLPs: [Int] = []
    /// Row of each person's choice, by person index.
    private var choiceRows: [Row] = []
    /// Column of each person's `unchosen` slack in their choice row, by person index.
    private var unchosenColumns: [Column] = []
    /// Cover row of each line, by day and shift type index.
    private var coverRows: [Int: [Int: Row]] = [:]
    private let shiftIndex: [ShiftType.ID: Int]
    private let people: [ShiftProblem.Worker.ID]
    /// Patterns fixed to 1 by ``fix(pattern:)``.
    private var fixed: [Int] = []

    /// A master without patterns, where leaving a person unchosen costs `unchosenCost`: that
    /// column keeps the LP feasible when branching bars every pattern of someone known so
    /// far, and its dual then prices compatible ones. At more than the incumbent's objective,
    /// an integer solution that uses it is worse than the incumbent. It stays bounded to 0
    /// until ``restrict(to:)`` has decisions, so that column generation and the dive take the
    /// same LP path as without it (with it free, Instance10's dive ran out of time).
    init(_ instance: ShiftProblem, unchosenCost: Double) throws {
        problem = try Problem(name: "patterns")
        shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
        people = instance.workers.map(\.id)
        for w in instance.workers.indices {
            let row = try problem.addRow(named: "choice_\(w)", terms: [], bounds: .fixed(1))
            unchosenColumns.append(try problem.addColumn(named: "unchosen_\(w)", kind: .continuous, bounds: .fixed(0), objective: unchosenCost, terms: [(row, 1)]))
            choiceRows.append(row)
        }
        for (cover, t) in instance.pricedCover() {
            coverRows[cover.day, default: [:]][t] = try problem.addSoftCover(cover, named: "\(cover.day)_\(t)", staffing: []).row
        }
        firstPatternColumn = problem.columnCount
    }

    /// Adds `pattern` as a column unless an equal one is known.
    /// A parked pattern found again is new to the LP: it is freed, and counts as new.
    /// - Returns: whether it was new.
    @discardableResult
    func add(_ pattern: Pattern) throws -> Bool {
        if let k = known[pattern] {
            guard parked[k], held[k] == nil else { return false }
            (parked[k], idleLPs[k]) = (false, 0)
            try applyBounds(of: k)
            return true
        }
        let staffed = pattern.assignments.compactMap { assignment in shiftIndex[assignment.shift].flatMap { coverRows[assignment.day]?[$0] } }
        try problem.addColumn(named: "pattern_\(patterns.count)", kind: .continuous, bounds: .range(0, 1),
                              objective: pattern.cost, terms: [(choiceRows[pattern.person], 1)] + staffed.map { ($0, 1) })
        known[pattern] = patterns.count
        patterns.append(pattern)
        staffedRows.append(staffed)
        held.append(nil)
        parked.append(false)
        idleLPs.append(0)
        return true
    }

    /// How many LPs in a row a pattern must be unused at a positive reduced cost to be parked.
    static let idleLPsToPark = 5

    /// Parks every free pattern that the last ``idleLPsToPark`` LPs, `lp` the last of them, left
    /// at 0 with a positive reduced cost: it is fixed to 0 until pricing finds it again (``add(_:)``) or
    /// ``restrict(to:)`` frees everything. GLPK's simplex leaves fixed columns out of its
    /// working LP but prices every free one, and most patterns never come back into use
    /// (Instance12: thousands of columns against 340 rows). Parking a nonbasic column at its
    /// bound keeps the basis primal and dual feasible, and pricing still searches every
    /// pattern, so the LPs, bounds and convergence test stay exact.
    func park(idleIn lp: Solution) throws {
        for k in patterns.indices where held[k] == nil && !parked[k] && firstPatternColumn + k < lp.values.count {
            let reducedCost = patterns[k].cost - lp.rowDuals[choiceRows[patterns[k].person].index]
                - staffedRows[k].reduce(0) { $0 + lp.rowDuals[$1.index] }
            guard lp.values[firstPatternColumn + k] < 1e-9, reducedCost > 1e-6 else {
                idleLPs[k] = 0
                continue
            }
            idleLPs[k] += 1
            guard idleLPs[k] >= Self.idleLPsToPark else { continue }
            parked[k] = true
            try applyBounds(of: k)
        }
    }

    /// Sets pattern k's column to the bounds it is held at, else 0 when parked, else 0 to 1.
    private func applyBounds(of k: Int) throws {
        try problem.setBounds(held[k] ?? (parked[k] ? .fixed(0) : .range(0, 1)), for: problem.column(at: firstPatternColumn + k))
    }

    /// The cover row dual of a line (0 where the line has no row), from an LP solution's row duals.
    func coverDual(_ duals: [Double], day: Int, shift: Int) -> Double {
        coverRows[day]?[shift].map { duals[$0.index] } ?? 0
    }

    /// The choice row dual of a person, from an LP solution's row duals.
    func choiceDual(_ duals: [Double], person: Int) -> Double { duals[choiceRows[person].index] }

    /// The column of pattern k is `firstPatternColumn + k`: patterns come after every slack.
    private let firstPatternColumn: Int

    /// The value of each pattern in an LP solution; patterns added after that LP count 0.
    private func patternValues(_ values: [Double]) -> some Sequence<(k: Int, pattern: Pattern, value: Double)> {
        patterns.enumerated().map { k, pattern in
            (k, pattern, firstPatternColumn + k < values.count ? values[firstPatternColumn + k] : 0)
        }
    }

    /// For each person, the index of the pattern with the largest value in `values`, and that value.
    func largestChoices(in values: [Double]) -> [Int: (pattern: Int, value: Double)] {
        var chosen: [Int: (pattern: Int, value: Double)] = [:]
        for (k, pattern, value) in patternValues(values) {
            if value > chosen[pattern.person]?.value ?? 1e-6 { chosen[pattern.person] = (k, value) }
        }
        return chosen
    }

    /// The roster that chooses, for each person, the pattern with the largest value in `values`;
    /// `nil` if someone has none in use (the LP left them unchosen).
    func roster(from values: [Double]) -> [ShiftAssignment]? {
        let choices = largestChoices(in: values)
        guard choices.count == people.count else { return nil }
        return choices.values.flatMap { patterns[$0.pattern].assignments }.sorted()
    }

    /// The LP with the patterns known so far, and its objective; `nil` when it was not solved
    /// within `timeLimit`. After ``fix(pattern:)`` (`afterFixing`) it is re-solved by the dual
    /// simplex, for which the last basis is still dual feasible; otherwise by the primal, for
    /// which it is still primal feasible.
    func solveLP(afterFixing: Bool, timeLimit: Double) throws -> (solution: Solution, objective: Double)? {
        var options = SolveOptions()
        // The previous round's basis stays valid when columns are added: the presolver would discard it.
        options.presolve = false
        options.dualSimplex = afterFixing
        options.timeLimit = timeLimit
        let lp = try problem.solve(options)
        guard lp.status == .optimal, let objective = lp.objective else { return nil }
        return (lp, objective)
    }

    /// Makes pattern `k` its person's only choice. The person's other patterns are fixed to 0:
    /// the choice row would hold them there anyway, but the simplex method still prices
    /// columns that are free to move (Instance12's dive re-solved its LPs twice as fast
    /// without them, and fixed 51 people where it had fixed 43 by its deadline).
    func fix(pattern k: Int) throws {
        for (j, other) in patterns.enumerated() where other.person == patterns[k].person {
            held[j] = .fixed(j == k ? 1 : 0)
            try applyBounds(of: j)
        }
        fixed.append(k)
    }

    /// The patterns fixed by ``fix(pattern:)``: their people's IDs in the order fixed, and their
    /// assignments, sorted.
    func fixedPatterns() -> (people: [ShiftProblem.Worker.ID], roster: [ShiftAssignment]) {
        (fixed.map { people[patterns[$0].person] }, fixed.flatMap { patterns[$0].assignments }.sorted())
    }

    /// Undoes every ``fix(pattern:)``; parked patterns stay parked.
    func unfixAll() throws {
        let people = Set(fixed.map { patterns[$0].person })
        for (k, pattern) in patterns.enumerated() where people.contains(pattern.person) {
            held[k] = nil
            try applyBounds(of: k)
        }
        fixed = []
    }

    /// Bars every pattern that breaks one of `decisions` (bound 0) and frees every other,
    /// undoing any earlier restriction, ``fix(pattern:)`` or parking.
    func restrict(to decisions: [BranchingDecision]) throws {
        let byWorker = Dictionary(grouping: decisions, by: \.worker)
        for (k, pattern) in patterns.enumerated() {
            let keeps = byWorker[people[pattern.person], default: []].allSatisfy { $0.isKept(by: pattern.assignments) }
            (held[k], parked[k], idleLPs[k]) = (keeps ? nil : .fixed(0), false, 0)
            try applyBounds(of: k)
        }
        for column in unchosenColumns { try problem.setBounds(decisions.isEmpty ? .fixed(0) : .range(0, 1), for: column) }
        fixed = []
    }

    /// How much of each assignment an LP solution uses, summed over the patterns.
    func assignmentValues(_ values: [Double]) -> [ShiftAssignment: Double] {
        var result: [ShiftAssignment: Double] = [:]
        for (_, pattern, value) in patternValues(values) where value > 1e-6 {
            for assignment in pattern.assignments { result[assignment, default: 0] += value }
        }
        return result
    }
}
