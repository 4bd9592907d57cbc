import ArgumentParser
import DutyCore

/// The one check of every `--time-limit` flag: the same range as rules.yaml's `time_limit`.
enum TimeLimitOption {
    static func validate(_ seconds: Double?) throws {
        guard let seconds, !Rules.timeLimits.contains(seconds) else { return }
        throw ValidationError("--time-limit: \(seconds) is out of range; expected seconds from 0.001 to 10000000")
    }
}
