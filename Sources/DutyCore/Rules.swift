/// The settings of rules.yaml, with the reference's defaults.
public struct Rules: Hashable, Sendable {
    /// Working days in a row, history included.
    public var maxConsecutiveDays = 6
    /// No shift at all on the day after a night post.
    public var restAfterNight = true
    public var weights = Weights()
    /// Seconds.
    public var timeLimit: Double = 30
    public var mipGap: Double = 0
    /// The language of what a person reads (documents and the terminal); `--lang` overrides it.
    public var language: Language = .zh

    /// The time limits accepted from rules.yaml and from `--time-limit`: a millisecond up to
    /// about 115 days. Anything longer is a typo, and GLPK counts milliseconds in 32 bits.
    public static let timeLimits: ClosedRange<Double> = 0.001...10_000_000

    /// Weights of the soft objective terms.
    public struct Weights: Hashable, Sendable {
        /// Default weight of a request without its own.
        public var request: Double = 10
        public var fairness: Double = 50
        public var nightFairness: Double = 5
        public var minShifts: Double = 20
        /// Per changed person-day when a published month is repaired (`duty replan`).
        public var change: Double = 10
        public init() {}
    }

    public init() {}
}
