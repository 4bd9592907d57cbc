/// The size of a mathematical model as GLPK holds it, for reports.
public struct ModelSize: Hashable, Sendable {
    public let columns: Int
    public let rows: Int
    public let nonzeros: Int
    public init(columns: Int, rows: Int, nonzeros: Int) {
        self.columns = columns
        self.rows = rows
        self.nonzeros = nonzeros
    }
}
