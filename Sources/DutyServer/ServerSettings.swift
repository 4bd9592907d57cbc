import Foundation

/// How `duty serve` runs: where it listens and the school's time zone.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The time zone of the calendar feeds (TZID).
    public var timeZone: TimeZone
    /// How long a login lasts, in seconds.
    public var sessionLifetime: TimeInterval = 12 * 3600
    /// Failed logins for one name within ``lockoutWindow`` that lock it for that long (429).
    public var lockoutFailures = 10
    public var lockoutWindow: TimeInterval = 15 * 60

    /// Loopback, port 8080, Asia/Shanghai.
    public init(host: String = "127.0.0.1", port: Int = 8080, timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!) {
        self.host = host
        self.port = port
        self.timeZone = timeZone
    }
}
