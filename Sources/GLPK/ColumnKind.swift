/// Whether a column takes any real value, whole values, or only 0 and 1.
public enum ColumnKind: Sendable {
    case continuous
    case integer
    /// 0 or 1; the bounds given with it must lie within [0, 1].
    case binary
}
