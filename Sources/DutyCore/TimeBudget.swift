/// A time limit fixed as a deadline on the monotonic clock when the work starts: the budget of a
/// whole command (reading, building, solving and writing all draw on it) or of one solve.
///
/// Two kinds of value pass between the stages of a solve, and the names say which: `seconds`
/// and ``duration(ofShare:)`` are durations; `deadline` is an instant, and ``end`` and
/// ``deadline(atShare:)`` are deadlines as seconds since `started`, compared with ``elapsed``.
/// (Shares are of the limit, so a slower machine does less work in each stage, not the same
/// work later.)
public struct TimeBudget: Sendable {
    /// The limit as the user gave it, a duration in seconds.
    public let seconds: Double
    /// When the work started.
    public let started: ContinuousClock.Instant
    /// When the limit runs out.
    public let deadline: ContinuousClock.Instant

    /// A budget of `seconds` from `start` (now by default), brought within ``Rules/timeLimits``
    /// (the readers and flags refuse anything outside with a message).
    public init(seconds: Double, from start: ContinuousClock.Instant = .now) {
        let seconds = seconds.isNaN ? Rules.timeLimits.lowerBound : min(max(seconds, Rules.timeLimits.lowerBound), Rules.timeLimits.upperBound)
        self.seconds = seconds
        started = start
        deadline = start + .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// Seconds until the deadline, 0 once it has passed.
    public var remaining: Double { max(0, (deadline - .now).inSeconds) }
    /// Seconds since the start: the clock that deadlines in seconds are compared with.
    public var elapsed: Double { (ContinuousClock.now - started).inSeconds }
    /// Seconds until the limit (negative once past it).
    public var left: Double { seconds - elapsed }
    /// The end of the budget, as a deadline in seconds since the start.
    public var end: Double { seconds }

    /// The deadline by which a stage that may use the first `share` of the limit ends.
    public func deadline(atShare share: Double) -> Double { seconds * share }
    /// A length of time of `share` of the limit.
    public func duration(ofShare share: Double) -> Double { seconds * share }
    /// Whether more than `margin` seconds are left: a stage shorter than that is not worth starting.
    public func hasTimeLeft(beyond margin: Double = 0.1) -> Bool { left > margin }
}
