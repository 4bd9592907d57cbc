import DutyCore
import DutyCurtois
import DutyShiftRostering

/// Tiny general instances written in the Curtois text format, so that each test reads as
/// the data it is about. Defaults: one 480-minute shift D, one person A with loose limits,
/// and cover of one person on every day (100 per person missing, 1 per person too many).
public struct ShiftScenario {
    public var days = 7
    public var shifts = ["D,480,"]
    public var staff = ["A,D=28,100000,0,28,1,1,4"]
    public var daysOff: [String] = []
    public var onRequests: [String] = []
    public var offRequests: [String] = []
    public var cover: [String]? = nil

    public init(days: Int = 7, shifts: [String] = ["D,480,"], staff: [String] = ["A,D=28,100000,0,28,1,1,4"], daysOff: [String] = [],
                onRequests: [String] = [], offRequests: [String] = [], cover: [String]? = nil) {
        self.days = days
        self.shifts = shifts
        self.staff = staff
        self.daysOff = daysOff
        self.onRequests = onRequests
        self.offRequests = offRequests
        self.cover = cover
    }

    public var text: String {
        let coverLines = cover ?? (0..<days).map { "\($0),D,1,100,1" }
        return (["SECTION_HORIZON", "\(days)", "", "SECTION_SHIFTS"] + shifts + ["", "SECTION_STAFF"] + staff
                + ["", "SECTION_DAYS_OFF"] + daysOff + ["", "SECTION_SHIFT_ON_REQUESTS"] + onRequests
                + ["", "SECTION_SHIFT_OFF_REQUESTS"] + offRequests + ["", "SECTION_COVER"] + coverLines).joined(separator: "\n")
    }

    public func problem() throws -> ShiftProblem { try CurtoisReader.parse(text, name: "scenario", path: "scenario.txt") }

    /// Cover of one person on `days` only (100 under, 1 over), none on the other days (1 over).
    public static func cover(days: Int, wanted: Set<Int>) -> [String] {
        (0..<days).map { wanted.contains($0) ? "\($0),D,1,100,1" : "\($0),D,0,100,1" }
    }
}

/// A rule where it binds: the scenario with the rule, the same scenario without it, and
/// the optimum with the rule.
public struct BindingRule: Sendable {
    public let rule: ShiftRule
    public let note: String
    public let strict: @Sendable () -> ShiftScenario
    public let relaxed: @Sendable () -> ShiftScenario
    public let optimum: Int
    public var testDescription: String { "\(rule.rawValue): \(note)" }

    public static let all: [BindingRule] = [
        BindingRule(rule: .oneShiftPerDay, note: "two shifts wanted on one day", strict: {
            var s = ShiftScenario(days: 1, shifts: ["E,480,", "L,480,"], staff: ["A,E=1|L=1,100000,0,7,1,1,4"])
            s.cover = ["0,E,1,100,1", "0,L,1,100,1"]
            return s
        }, relaxed: {
            var s = ShiftScenario(days: 1, shifts: ["E,480,", "L,480,"], staff: ["A,E=1|L=1,100000,0,7,1,1,4", "B,E=1|L=1,100000,0,7,1,1,4"])
            s.cover = ["0,E,1,100,1", "0,L,1,100,1"]
            return s
        }, optimum: 100),
        BindingRule(rule: .maxShiftsPerType, note: "three D shifts for seven days",
                    strict: { ShiftScenario(staff: ["A,D=3,100000,0,7,1,1,4"]) }, relaxed: { ShiftScenario() }, optimum: 400),
        BindingRule(rule: .minTotalMinutes, note: "three days of work nobody needs", strict: {
            ShiftScenario(staff: ["A,D=7,100000,1440,7,1,1,4"], cover: ShiftScenario.cover(days: 7, wanted: []))
        }, relaxed: { ShiftScenario(cover: ShiftScenario.cover(days: 7, wanted: [])) }, optimum: 3),
        BindingRule(rule: .maxTotalMinutes, note: "two days of minutes",
                    strict: { ShiftScenario(staff: ["A,D=7,960,0,7,1,1,4"]) }, relaxed: { ShiftScenario() }, optimum: 500),
        BindingRule(rule: .maxConsecutiveShifts, note: "at most three days in a row",
                    strict: { ShiftScenario(staff: ["A,D=7,100000,0,3,1,1,4"]) }, relaxed: { ShiftScenario() }, optimum: 100),
        BindingRule(rule: .minConsecutiveShifts, note: "a one-day need inside the horizon takes a run of three", strict: {
            ShiftScenario(staff: ["A,D=7,100000,0,7,3,1,4"], cover: ShiftScenario.cover(days: 7, wanted: [3]))
        }, relaxed: { ShiftScenario(cover: ShiftScenario.cover(days: 7, wanted: [3])) }, optimum: 2),
        BindingRule(rule: .minConsecutiveDaysOff, note: "a single free day inside the horizon is too short", strict: {
            ShiftScenario(staff: ["A,D=7,100000,0,7,1,2,4"], cover: ShiftScenario.cover(days: 7, wanted: [0, 1, 2, 4, 5, 6]))
        }, relaxed: { ShiftScenario(cover: ShiftScenario.cover(days: 7, wanted: [0, 1, 2, 4, 5, 6])) }, optimum: 1),
        BindingRule(rule: .maxWeekends, note: "one of two weekends",
                    strict: { ShiftScenario(days: 14, staff: ["A,D=14,100000,0,14,1,1,1"]) },
                    relaxed: { ShiftScenario(days: 14, staff: ["A,D=14,100000,0,14,1,1,2"]) }, optimum: 200),
        BindingRule(rule: .dayOff, note: "a day off on a day with cover",
                    strict: { ShiftScenario(daysOff: ["A,2"]) }, relaxed: { ShiftScenario() }, optimum: 100),
        BindingRule(rule: .forbiddenSuccession, note: "E may not follow L", strict: {
            ShiftScenario(days: 2, shifts: ["E,480,", "L,480,E"], staff: ["A,E=2|L=2,100000,0,7,1,1,4"], cover: ["0,L,1,100,1", "1,E,1,100,1"])
        }, relaxed: {
            ShiftScenario(days: 2, shifts: ["E,480,", "L,480,"], staff: ["A,E=2|L=2,100000,0,7,1,1,4"], cover: ["0,L,1,100,1", "1,E,1,100,1"])
        }, optimum: 100),
    ]
}

/// A roster that breaks exactly one rule, for the validator.
public struct BrokenRoster: Sendable {
    public let rule: ShiftRule
    public let scenario: @Sendable () -> ShiftScenario
    /// (day, shift) worked by A.
    public let worked: [(Int, String)]
    public var testDescription: String { rule.rawValue }

    public static func days(_ days: [Int]) -> [(Int, String)] { days.map { ($0, "D") } }

    public static let all: [BrokenRoster] = [
        BrokenRoster(rule: .oneShiftPerDay, scenario: { ShiftScenario(shifts: ["D,480,", "N,480,"], staff: ["A,D=7|N=7,100000,0,7,1,1,4"]) },
                     worked: [(0, "D"), (0, "N")]),
        BrokenRoster(rule: .maxShiftsPerType, scenario: { ShiftScenario(staff: ["A,D=3,100000,0,7,1,1,4"]) }, worked: days([0, 1, 2, 3])),
        BrokenRoster(rule: .minTotalMinutes, scenario: { ShiftScenario(staff: ["A,D=7,100000,1440,7,1,1,4"]) }, worked: days([0, 1])),
        BrokenRoster(rule: .maxTotalMinutes, scenario: { ShiftScenario(staff: ["A,D=7,960,0,7,1,1,4"]) }, worked: days([0, 1, 2])),
        BrokenRoster(rule: .maxConsecutiveShifts, scenario: { ShiftScenario(staff: ["A,D=7,100000,0,3,1,1,4"]) }, worked: days([1, 2, 3, 4])),
        BrokenRoster(rule: .minConsecutiveShifts, scenario: { ShiftScenario(staff: ["A,D=7,100000,0,7,2,1,4"]) }, worked: days([3])),
        BrokenRoster(rule: .minConsecutiveDaysOff, scenario: { ShiftScenario(staff: ["A,D=7,100000,0,7,1,2,4"]) }, worked: days([0, 1, 2, 4, 5, 6])),
        BrokenRoster(rule: .maxWeekends, scenario: { ShiftScenario(days: 14, staff: ["A,D=14,100000,0,14,1,1,1"]) }, worked: days([5, 12])),
        BrokenRoster(rule: .dayOff, scenario: { ShiftScenario(daysOff: ["A,2"]) }, worked: days([2])),
        BrokenRoster(rule: .forbiddenSuccession, scenario: { ShiftScenario(shifts: ["D,480,", "N,480,D"], staff: ["A,D=7|N=7,100000,0,7,1,1,4"]) },
                     worked: [(0, "N"), (1, "D")]),
        BrokenRoster(rule: .unknownWorkerOrShift, scenario: { ShiftScenario() }, worked: [(0, "X")]),
    ]
}
