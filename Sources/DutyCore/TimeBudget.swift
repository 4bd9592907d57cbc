/// A user's time limit for one whole command, fixed as a deadline on the monotonic clock when
/// the command starts, so that reading, building, solving and writing all draw on it.
///
/// `seconds` is a duration (what the user asked for); `deadline` is an instant. Stages ask
/// for what is left (`remaining`) rather than for shares of the limit, so that time spent
/// reading a large folder is not spent again by the solver.
public struct TimeBudget: Sendable {
    /// The limit as the user gave it.
    public let seconds: Double
    /// When the limit runs out.
    public let deadline: ContinuousClock.Instant

    /// A budget of `seconds` from `start` (now by default), brought within ``Rules/timeLimits``
    /// (the readers and flags refuse anything outside with a message).
    public init(seconds: Double, from start: ContinuousClock.Instant = .now) {
        let seconds = seconds.isNaN ? Rules.timeLimits.lowerBound : min(max(seconds, Rules.timeLimits.lowerBound), Rules.timeLimits.upperBound)
        self.seconds = seconds
        deadline = start + .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// Seconds until the deadline, 0 once it has passed.
    public var remaining: Double { max(0, (deadline - .now).inSeconds) }
}
