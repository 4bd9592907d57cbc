/// The outcome of ``Problem/solve(_:)``.
public struct Solution: Sendable {
    /// How the solve ended.
    public var status: SolveStatus
    /// Objective value of ``values``; `nil` without a solution.
    public var objective: Double?
    /// Best proven bound on the optimal objective; `nil` when none is known.
    public var bound: Double?
    /// Relative gap `|objective − bound| / |objective|` (GLPK's definition); `nil` when undefined.
    public var gap: Double?
    /// Value of every column by 0-based index; empty without a solution.
    public var values: [Double]
    /// Dual value (shadow price) of every row by 0-based index, for a solve that ended with an
    /// optimal LP (a problem without integer columns, or ``SolveOptions/relaxationOnly``); empty
    /// otherwise. Column generation prices new columns with them.
    public var rowDuals: [Double] = []
    /// Wall-clock seconds spent in GLPK.
    public var seconds: Double
    /// Nodes the tree search created (0 when it did not run).
    public var nodes: Int = 0
    /// Whether GLPK took the warm start: as its first incumbent, or (with the MIP presolver) as the existing solution.
    public var warmStartAccepted: Bool

    /// The value of one column.
    public subscript(column: Column) -> Double { values[column.index] }
}
