/// The bounds that the readers put on every number that is multiplied or summed.
///
/// A month's objective multiplies priorities and weights by counts of at most a million and
/// sums them over dates, posts and people; an appraisal sums points over records. With every
/// factor within a million, no such sum comes near Double's range, and GLPK keeps its
/// coefficients within a scale it handles accurately. A value outside is refused with its file
/// and line rather than turned into an infinite shortfall or a meaningless objective.
enum InputLimits {
    /// The largest magnitude of a priority, weight, point value, cap, base or grade minimum.
    static let magnitude: Double = 1_000_000
    /// The largest whole number (counts, shift limits, standard shifts).
    static let count = 1_000_000
}
