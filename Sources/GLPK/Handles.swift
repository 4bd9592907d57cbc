/// A column (variable) of one ``Problem``, numbered from 0 in creation order.
///
/// GLPK numbers columns from 1; that offset never leaves this module.
public struct Column: Hashable, Comparable, Sendable {
    /// The 0-based position of the column in its problem.
    public let index: Int
    public init(index: Int) { self.index = index }
    public static func < (lhs: Column, rhs: Column) -> Bool { lhs.index < rhs.index }
    var glpk: Int32 { Int32(index + 1) }
}

/// A row (constraint) of one ``Problem``, numbered from 0 in creation order.
public struct Row: Hashable, Comparable, Sendable {
    /// The 0-based position of the row in its problem.
    public let index: Int
    public init(index: Int) { self.index = index }
    public static func < (lhs: Row, rhs: Row) -> Bool { lhs.index < rhs.index }
    var glpk: Int32 { Int32(index + 1) }
}
