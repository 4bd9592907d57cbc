/// The range a column or row value must lie in.
public enum Bounds: Equatable, Sendable {
    /// −∞ < value < +∞.
    case free
    /// lower ≤ value.
    case lower(Double)
    /// value ≤ upper.
    case upper(Double)
    /// lower ≤ value ≤ upper.
    case range(Double, Double)
    /// value = fixed.
    case fixed(Double)

    /// Checks that every bound is finite and lower ≤ upper, as GLPK requires.
    func validate(_ owner: String) throws(GLPKError) {
        func finite(_ value: Double) throws(GLPKError) {
            guard value.isFinite else {
                throw GLPKError(.invalidBounds, "\(owner): bound \(value) is not finite; expected a finite number (use .free/.lower/.upper for an open side)")
            }
        }
        switch self {
        case .free: break
        case .lower(let lower): try finite(lower)
        case .upper(let upper): try finite(upper)
        case .fixed(let value): try finite(value)
        case .range(let lower, let upper):
            try finite(lower)
            try finite(upper)
            guard lower <= upper else {
                throw GLPKError(.invalidBounds, "\(owner): lower bound \(lower) exceeds upper bound \(upper); expected lower ≤ upper")
            }
        }
    }
}
