/// The settings of rules.yaml, with SPEC.md's defaults.
public struct Rules: Hashable, Sendable {
    /// Working days in a row, history included.
    public var maxConsecutiveDays = 6
    /// No shift at all on the day after a night post.
    public var restAfterNight = true
    public var weights = Weights()
    /// Seconds.
    public var timeLimit: Double = 30
    public var mipGap: Double = 0

    /// Weights of the soft objective terms.
    public struct Weights: Hashable, Sendable {
        /// Default weight of a request without its own.
        public var request: Double = 10
        public var fairness: Double = 50
        public var nightFairness: Double = 5
        public var minShifts: Double = 20
        public init() {}
    }

    public init() {}
}
