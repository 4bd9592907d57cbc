/// A column (variable) of one ``Problem``, numbered from 0 in creation order.
///
/// GLPK numbers columns from 1; that offset never leaves this module. Only a ``Problem``
/// makes columns (``Problem/addColumn(named:kind:bounds:objective:terms:)``,
/// ``Problem/column(at:)``), so a handle always names a column that exists.
public struct Column: Hashable, Comparable, Sendable {
    /// The 0-based position of the column in its problem.
    public let index: Int
    init(index: Int) { self.index = index }
    public static func < (lhs: Column, rhs: Column) -> Bool { lhs.index < rhs.index }
    var glpk: Int32 { Int32(index + 1) }
}

/// A row (constraint) of one ``Problem``, numbered from 0 in creation order; only a
/// ``Problem`` makes rows.
public struct Row: Hashable, Comparable, Sendable {
    /// The 0-based position of the row in its problem.
    public let index: Int
    init(index: Int) { self.index = index }
    public static func < (lhs: Row, rhs: Row) -> Bool { lhs.index < rhs.index }
    var glpk: Int32 { Int32(index + 1) }
}
