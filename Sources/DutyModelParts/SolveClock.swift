import DutyCore

/// One solve's time, counted in seconds from its start.
///
/// Two kinds of value pass between the stages of a solve, and the names say which: a
/// *deadline* is an instant on this clock (seconds since the start by which a stage must end,
/// compared with ``elapsed``), a *duration* is a length of time (a GLPK call's limit). The limit
/// is a duration; ``deadline(atShare:)`` turns a share of it into a deadline and
/// ``duration(ofShare:)`` into a duration. (The shares are of the time limit, so a slower
/// machine does less work in each stage, not the same work later.)
package struct SolveClock {
    /// When the solve started.
    package let started: ContinuousClock.Instant
    /// The time limit of the whole solve, a duration in seconds.
    package let limit: Double

    package init(limit: Double, started: ContinuousClock.Instant = .now) {
        self.limit = limit
        self.started = started
    }

    /// Seconds since the start: the clock that deadlines are compared with.
    package var elapsed: Double { (ContinuousClock.now - started).inSeconds }
    /// Seconds until the limit (negative once past it).
    package var left: Double { limit - elapsed }
    /// The end of the whole solve, as a deadline.
    package var end: Double { limit }
    /// The end of the whole solve, as an instant of the monotonic clock.
    package var endInstant: ContinuousClock.Instant { started + .milliseconds(Int64((limit * 1000).rounded(.up))) }

    /// The deadline by which a stage that may use the first `share` of the limit ends.
    package func deadline(atShare share: Double) -> Double { limit * share }
    /// A length of time of `share` of the limit.
    package func duration(ofShare share: Double) -> Double { limit * share }
    /// Whether more than `margin` seconds are left: a stage shorter than that is not worth starting.
    package func hasTimeLeft(beyond margin: Double = 0.1) -> Bool { left > margin }
}
