import DutyCore
import Foundation

/// A person's duties as an iCalendar feed (RFC 5545) that phones subscribe to.
///
/// One event per assignment, from the post's start to its end (the next day when the end is
/// not after the start) in the school's time zone, named by TZID with its VTIMEZONE. The UID is
/// the person and the day, so that after a repair a phone updates the day's event rather than
/// adding a second; SEQUENCE is the published version, so the newer event wins.
public struct CalendarFeed: Sendable {
    /// One published duty: the assignment, its post, and the version it is published in.
    public struct Duty: Sendable {
        public let assignment: Assignment
        public let post: Post
        public let version: Int
        /// When that version was published (DTSTAMP).
        public let publishedAt: Date
        public init(assignment: Assignment, post: Post, version: Int, publishedAt: Date) {
            self.assignment = assignment
            self.post = post
            self.version = version
            self.publishedAt = publishedAt
        }
    }

    public let staff: Staff
    public let duties: [Duty]
    public let timeZone: TimeZone

    public init(staff: Staff, duties: [Duty], timeZone: TimeZone) {
        self.staff = staff
        self.duties = duties.sorted { $0.assignment < $1.assignment }
        self.timeZone = timeZone
    }

    /// The feed's text, CRLF line ends, long lines folded at 75 octets.
    public func text() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DutyEngine//duty//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + Self.escaped("\(staff.name) 值班"), "X-WR-TIMEZONE:\(timeZone.identifier)"]
        lines += timeZoneComponent()
        let stamp = DateFormatter.utcStamp
        for duty in duties {
            let date = duty.assignment.date
            let endDate = duty.post.end <= duty.post.start ? date.adding(days: 1) : date
            lines += [
                "BEGIN:VEVENT",
                "UID:\(Self.escaped(staff.id.rawValue))-\(date.compact)@dutyengine",
                "DTSTAMP:" + stamp.string(from: duty.publishedAt),
                "SEQUENCE:\(duty.version)",
                "DTSTART;TZID=\(timeZone.identifier):\(date.compact)T\(Self.time(duty.post.start))",
                "DTEND;TZID=\(timeZone.identifier):\(endDate.compact)T\(Self.time(duty.post.end))",
                "SUMMARY:" + Self.escaped(duty.post.name),
                "LOCATION:" + Self.escaped(duty.post.area),
                "DESCRIPTION:" + Self.escaped("\(duty.post.name)（\(duty.post.id)）\(duty.post.night ? " 夜班" : "")"),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// VTIMEZONE for the zone over the feed's dates: its offset, and each daylight-saving
    /// change within the dates (none for Asia/Shanghai).
    private func timeZoneComponent() -> [String] {
        let first = duties.first.map { Date(timeIntervalSince1970: Double($0.assignment.date.dayNumber - 1) * 86_400) } ?? Date(timeIntervalSince1970: 0)
        func offset(_ seconds: Int) -> String {
            let sign = seconds < 0 ? "-" : "+", minutes = abs(seconds) / 60
            return String(format: "%@%02d%02d", sign, minutes / 60, minutes % 60)
        }
        let local = DateFormatter.local(timeZone)
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(timeZone.identifier)"]
        var transitions: [Date] = []
        var cursor = first.addingTimeInterval(-366 * 86_400)
        let last = (duties.last.map { Date(timeIntervalSince1970: Double($0.assignment.date.dayNumber + 1) * 86_400) } ?? first)
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next <= last, transitions.count < 100 {
            transitions.append(next)
            cursor = next
        }
        if transitions.isEmpty {
            let seconds = timeZone.secondsFromGMT(for: first)
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(offset(seconds))", "TZOFFSETTO:\(offset(seconds))",
                      "TZNAME:\(timeZone.abbreviation(for: first) ?? timeZone.identifier)", "END:STANDARD"]
        }
        for transition in transitions {
            let before = timeZone.secondsFromGMT(for: transition.addingTimeInterval(-1)), after = timeZone.secondsFromGMT(for: transition)
            let kind = timeZone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
            lines += ["BEGIN:\(kind)", "DTSTART:" + local.string(from: transition.addingTimeInterval(Double(before - after))),
                      "TZOFFSETFROM:\(offset(before))", "TZOFFSETTO:\(offset(after))",
                      "TZNAME:\(timeZone.abbreviation(for: transition) ?? timeZone.identifier)", "END:\(kind)"]
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// `HHMM00` for minutes after midnight.
    private static func time(_ minutes: Int) -> String { String(format: "%02d%02d00", minutes / 60, minutes % 60) }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;").replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// A content line folded into lines of at most 75 octets, never inside a character (§3.1).
    static func folded(_ line: String) -> String {
        var result = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }
}

private extension LocalDate {
    /// `20251001`.
    var compact: String { description.replacingOccurrences(of: "-", with: "") }
}

private extension DateFormatter {
    static var utcStamp: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter
    }

    static func local(_ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        return formatter
    }
}
