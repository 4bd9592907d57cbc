import DutyCore
import GLPK
import Logging

/// A branching decision of ``ColumnGeneration/branch(below:until:spent:logger:offer:)``:
/// whether the person works `assignment` (a shift on a day) or not.
struct AssignmentDecision: Hashable {
    let assignment: ShiftAssignment
    let works: Bool
}

extension ColumnGeneration {
    /// Most pricing rounds at one node of the branching search.
    static let roundsPerNode = 30

    /// Branch-and-price: each node is the master LP with every pattern that breaks the node's
    /// decisions barred and pricing that keeps them, solved by column generation. A node whose
    /// bound rounds up to the incumbent's objective or more is dropped; otherwise its LP is
    /// rounded to a roster (each person's largest pattern) and it branches on its most
    /// fractional assignment. Branching on assignments rather than patterns keeps pricing exact
    /// (a barred shift is a banned arc of the labelling), so every node's bound is valid and a
    /// finished search proves the incumbent optimal. The search plunges — a node's "works"
    /// child comes next — and otherwise takes the open node of least bound, deepest first: the
    /// plunges find rosters, the best-first choice raises the bound. (Measured against depth
    /// first, and against branching on the assignment nearest 1, in benchmarks/README.md.)
    /// - Parameters:
    ///   - objective: the incumbent's objective.
    ///   - offer: takes a roster found and returns the incumbent's objective afterwards.
    /// - Returns: whether every node was searched to the end, which proves the incumbent optimal.
    func branch(below objective: Double, until deadline: Double, spent: () -> Double, logger: Logger?,
                offer: ([ShiftAssignment]) throws -> Double) throws -> Bool {
        defer { try? master.restrict(to: []) }
        var incumbent = objective
        func prunes(_ bound: Double) -> Bool { (bound - 1e-6).rounded(.up) >= incumbent - 1e-6 }
        // Open nodes with their parent's bound; the last one is the plunge's next node.
        var open: [(decisions: [AssignmentDecision], bound: Double)] = [([], -.infinity)]
        var plunging = true
        var nodes = 0, complete = true
        while !open.isEmpty, spent() < deadline {
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
                guard let round = try round(keeping: decisions, until: deadline, spent: spent) else { break }
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
            guard let next = Self.branchingAssignment(in: master.assignmentValues(values)) else {
                // An integral LP that pricing has not finished with may still hide a better roster.
                complete = complete && converged
                continue
            }
            open.append((decisions + [AssignmentDecision(assignment: next, works: false)], bound))
            open.append((decisions + [AssignmentDecision(assignment: next, works: true)], bound))
            plunging = true
        }
        logger?.trace("branch-and-price: \(nodes) nodes, \(open.count) open, incumbent \(incumbent) after \(spent()) s")
        return open.isEmpty && complete
    }

    /// The assignment whose value is nearest ½ (the first in roster order among equals), or
    /// `nil` when every value is whole.
    private static func branchingAssignment(in values: [ShiftAssignment: Double]) -> ShiftAssignment? {
        var best: (assignment: ShiftAssignment, distance: Double)?
        for (assignment, value) in values where value > 1e-6 && value < 1 - 1e-6 {
            let distance = abs(value - 0.5)
            if let best, (best.distance, best.assignment) < (distance, assignment) { continue }
            best = (assignment, distance)
        }
        return best?.assignment
    }
}
