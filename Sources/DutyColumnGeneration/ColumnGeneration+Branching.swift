import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK
import Logging

/// A branching decision of ``ColumnGeneration/branch(below:until:earlyEnd:clock:logger:offer:)``:
/// whether a person works a shift on a day, or works on a day at all.
struct BranchingDecision: Hashable {
    let worker: ShiftProblem.Worker.ID
    let day: Int
    /// The shift decided on; `nil` for the day as a whole (worked at some shift, or off).
    let shift: ShiftType.ID?
    let works: Bool

    init(assignment: ShiftAssignment, works: Bool) {
        (worker, day, shift, self.works) = (assignment.worker, assignment.day, assignment.shift, works)
    }

    init(worker: ShiftProblem.Worker.ID, day: Int, works: Bool) {
        (self.worker, self.day, shift, self.works) = (worker, day, nil, works)
    }

    /// Whether a pattern with `assignments` keeps the decision.
    func isKept(by assignments: [ShiftAssignment]) -> Bool {
        assignments.contains { $0.worker == worker && $0.day == day && (shift == nil || $0.shift == shift) } == works
    }
}

extension ColumnGeneration {
    /// Most pricing rounds at one node of the branching search.
    static let roundsPerNode = 30

    /// Branch-and-price: each node is the master LP with every pattern that breaks the node's
    /// decisions barred and pricing that keeps them, solved by column generation. A node whose
    /// bound rounds up to the incumbent's objective or more is dropped; otherwise its LP is
    /// rounded to a roster (each person's largest pattern) and it branches on whether a person
    /// works a day at all, or failing that a shift on a day (``branchingDecision(in:)``).
    /// Branching on days and assignments rather than patterns keeps pricing exact (a barred
    /// shift is a banned arc of the labelling, a day off a day without arcs, a worked day one
    /// the labelling may not rest on), so every node's bound is valid and a finished search
    /// proves the incumbent optimal. The search plunges — a node's "works" child comes next —
    /// and otherwise takes the open node of least bound, deepest first: the plunges find
    /// rosters, the best-first choice raises the bound. (Measured against depth first, and
    /// against branching on the assignment nearest 1 or nearest ½ only, in benchmarks/README.md.)
    /// - Parameters:
    ///   - objective: the incumbent's objective.
    ///   - earlyEnd: an earlier deadline that holds only while the incumbent's objective is
    ///     above a value (``EarlyEnd``).
    ///   - offer: takes a roster found and returns the incumbent's objective afterwards.
    /// - Returns: whether every node was searched to the end, which proves the incumbent optimal.
    func branch(below objective: Double, until deadline: Double, earlyEnd: EarlyEnd? = nil, clock: TimeBudget, logger: Logger?,
                offer: ([ShiftAssignment]) throws -> Double) throws -> Bool {
        defer { try? master.restrict(to: []) }
        var incumbent = objective
        func prunes(_ bound: Double) -> Bool { (bound - 1e-6).rounded(.up) >= incumbent - 1e-6 }
        var end: Double { earlyEnd.map { incumbent > $0.above + 1e-6 ? min($0.deadline, deadline) : deadline } ?? deadline }
        // Open nodes with their parent's bound; the last one is the plunge's next node.
        var open: [(decisions: [BranchingDecision], bound: Double)] = [([], -.infinity)]
        var plunging = true
        var nodes = 0, complete = true
        while !open.isEmpty, clock.elapsed < end {
            var pick = open.count - 1
            if !plunging {
                for i in open.indices where (open[i].bound, -open[i].decisions.count) < (open[pick].bound, -open[pick].decisions.count) {
                    pick = i
                }
            }
            let (decisions, parentBound) = open.remove(at: pick)
            plunging = false
            // The parent's bound holds for its children: no need to solve one the incumbent has met since.
            if prunes(parentBound) { continue }
            nodes += 1
            try master.restrict(to: decisions)
            var bound = -Double.infinity, converged = false
            var values: [Double]?
            for _ in 0..<Self.roundsPerNode {
                guard let round = try round(keeping: decisions, until: end, clock: clock) else { break }
                if round.impossible { bound = .infinity; break }
                values = round.lp.values
                if let lagrangian = round.lagrangian { bound = max(bound, lagrangian) }
                if round.added == 0, round.exact {
                    bound = max(bound, round.objective)
                    converged = true
                }
                if converged || prunes(bound) { break }
            }
            if prunes(bound) { continue }
            guard let values else {
                complete = false
                break
            }
            if let roster = master.roster(from: values) {
                incumbent = try offer(roster)
                if prunes(bound) { continue }
            }
            guard let next = Self.branchingDecision(in: master.assignmentValues(values)) else {
                // An integral LP that pricing has not finished with may still hide a better roster.
                complete = complete && converged
                continue
            }
            open.append((decisions + [next(false)], bound))
            open.append((decisions + [next(true)], bound))
            plunging = true
        }
        logger?.trace("branch-and-price: \(nodes) nodes, \(open.count) open, incumbent \(incumbent) after \(clock.elapsed) s")
        return open.isEmpty && complete
    }

    /// An earlier end of branch-and-price while its incumbent is far from the bound, where a
    /// neighbourhood search is likely to do better with the time (Instance9: from 440 against
    /// a bound of 406 the tree only grew); once the tree has found a roster of `above` or less,
    /// it keeps the whole time (Instance7, seed 3: at 12 s of 20 its 1058 was within 0.3 % of
    /// the bound, the tree was stopped, and the search did not find the optimum 1056).
    struct EarlyEnd {
        /// When the search stops while its incumbent's objective is above `above`.
        let deadline: Double
        let above: Double
    }

    /// The decision to branch on, as a function of its "works" side: whether a person works the
    /// day whose worked value (over its shifts) is nearest ½, else whether they work the
    /// assignment whose value is nearest ½ (the first in order among equals); `nil` when every
    /// value is whole. Days first: a person kept off one shift usually takes another on the
    /// same day at the same LP value, so single assignments left branch-and-price on plateaus
    /// of nodes at the same bound (Instance16: 290 nodes, 160 still open after 35 s; by days,
    /// proven in 13 nodes, and Instance7 proven optimal in 63).
    static func branchingDecision(in values: [ShiftAssignment: Double]) -> ((Bool) -> BranchingDecision)? {
        struct PersonDay: Hashable, Comparable {
            let worker: ShiftProblem.Worker.ID, day: Int
            static func < (a: Self, b: Self) -> Bool { (a.day, a.worker) < (b.day, b.worker) }
        }
        var days: [PersonDay: Double] = [:]
        // Summed in roster order, so that the sums, and the choice among near-ties, do not depend on hashing.
        for (assignment, value) in values.sorted(by: { $0.key < $1.key }) {
            days[PersonDay(worker: assignment.worker, day: assignment.day), default: 0] += value
        }
        if let day = nearestHalf(days) { return { BranchingDecision(worker: day.worker, day: day.day, works: $0) } }
        return nearestHalf(values).map { assignment in { BranchingDecision(assignment: assignment, works: $0) } }
    }

    /// The key whose value is nearest ½ among the fractional ones (the least among equals).
    private static func nearestHalf<Key: Comparable>(_ values: [Key: Double]) -> Key? {
        var best: (key: Key, distance: Double)?
        for (key, value) in values where value > 1e-6 && value < 1 - 1e-6 {
            let distance = abs(value - 0.5)
            if let best, (best.distance, best.key) < (distance, key) { continue }
            best = (key, distance)
        }
        return best?.key
    }
}
