/// Settings of one solve; the defaults suit small scheduling models.
public struct SolveOptions: Sendable {
    /// Wall-clock limit for the whole solve, in seconds; `nil` means none.
    public var timeLimit: Double? = nil
    /// Nodes the branch-and-cut tree may create before the search stops with the best solution
    /// found so far, as at a time limit; `nil` means no limit. A limit in work rather than
    /// seconds stops at the same place on any machine.
    public var nodeLimit: Int? = nil
    /// Relative MIP gap at which the search stops and reports `optimal`.
    public var relativeGap: Double = 0
    /// Every integer-feasible solution has a whole-number objective (integer weights on integer
    /// columns), so the search stops with `optimal` as soon as ⌈bound⌉ reaches the incumbent;
    /// GLPK alone would go on until the bound itself reaches it.
    public var integralObjective = false
    /// Solve only the LP relaxation (integer columns treated as continuous); the solution's
    /// values are the relaxation's and its status is `optimal` when the LP is solved.
    public var relaxationOnly = false
    /// Run GLPK's LP presolver before the root relaxation.
    public var presolve: Bool = true
    /// Solve the LP with the dual simplex method (the primal one if that fails) rather than the
    /// primal: the quicker re-solve after bounds are tightened, which keeps the last optimal
    /// basis dual feasible.
    public var dualSimplex = false
    /// GLPK's cut families (all off by default, as in GLPK).
    public var mirCuts = false, gomoryCuts = false, coverCuts = false, cliqueCuts = false
    /// GLPK's primal heuristics.
    public var feasibilityPump = false, proximitySearch = false, simpleRounding = true
    /// Seconds the proximity search heuristic may spend at the root; never more than the time left.
    public var proximitySearchTimeLimit: Double = 60
    /// Run GLPK's MIP presolver before branch-and-cut. A warm start is then handed over as an
    /// existing solution (`use_sol`) rather than through the heuristic callback, and
    /// ``branchFirst`` must be empty, because the search sees the presolved columns.
    public var mipPresolve = false
    /// Columns to branch on before any other, in this order: at each node the first of them
    /// that is fractional is chosen (the nearer branch is explored first). Empty: GLPK's rule.
    public var branchFirst: [Column] = []
    /// Re-solve the LP at each node with the long-step ("flip") dual ratio test, GLPK 5's
    /// default; the textbook (Harris) ratio test when `false`. On highly dual-degenerate
    /// models the long-step test can stall on one node for tens of seconds.
    public var longStepDual = true
    /// Branching and backtracking rules.
    public var branching: Branching = .driebeckTomlin
    public var backtracking: Backtracking = .bestLocalBound
    /// A feasible value for every column, handed to GLPK as its first
    /// incumbent; ignored by GLPK if it is not feasible.
    public var warmStart: [Double]? = nil
    /// Called with the search's state on every new incumbent and at most every
    /// ``progressInterval`` seconds otherwise.
    public var progress: (@Sendable (SearchProgress) -> Void)? = nil
    /// Seconds between two progress reports that carry no new incumbent.
    public var progressInterval: Double = 1
    /// Asked at every callback of the search: `true` stops it there (a cancelled job), with the
    /// best solution found so far, as a time limit would.
    public var shouldStop: (@Sendable () -> Bool)? = nil
    /// Receives GLPK's own terminal output line by line; when `nil`, GLPK is silent.
    public var terminal: (@Sendable (String) -> Void)? = nil

    public enum Branching: Sendable { case firstFractional, lastFractional, mostFractional, driebeckTomlin, hybridPseudocost }
    public enum Backtracking: Sendable { case depthFirst, breadthFirst, bestLocalBound, bestProjection }

    public init() {}
}

/// The state of a running branch-and-cut search.
public struct SearchProgress: Sendable {
    /// Objective of the best solution found so far, if any.
    public var incumbent: Double?
    /// Best bound on the optimum known so far, if any.
    public var bound: Double?
    /// Relative gap between the two, if both exist.
    public var gap: Double?
    /// Seconds since the solve started.
    public var elapsed: Double
    /// Whether this report was caused by a new incumbent.
    public var newIncumbent: Bool
}
