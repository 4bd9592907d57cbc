/// One inspection record: an item of the rubric observed for a person on a date.
public struct Inspection: Hashable, Sendable {
    public let id: String
    public let date: LocalDate
    public let staff: Staff.ID
    public let item: String
    /// Points given on the record, replacing the item's default; `nil` means the default.
    public let points: Double?
    public let inspector: String
    public let note: String
    // No source line: the id is the record's reference, and a year of inspections is a million rows.
    public init(id: String, date: LocalDate, staff: Staff.ID, item: String, points: Double?, inspector: String = "", note: String = "") {
        self.id = id
        self.date = date
        self.staff = staff
        self.item = item
        self.points = points
        self.inspector = inspector
        self.note = note
    }
}

/// An attendance exception: a planned shift missed or late, or an unplanned one covered.
public struct AttendanceException: Hashable, Sendable {
    public enum Status: String, Sendable, CaseIterable { case absent, late, extra }
    public let date: LocalDate
    public let staff: Staff.ID
    public let post: Post.ID?
    public let status: Status
    public let note: String
    public let source: SourceReference?
    public init(date: LocalDate, staff: Staff.ID, post: Post.ID?, status: Status, note: String = "", source: SourceReference? = nil) {
        self.date = date
        self.staff = staff
        self.post = post
        self.status = status
        self.note = note
        self.source = source
    }
}

/// A minute-precision local time stamp (`YYYY-MM-DDTHH:MM`).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    /// Minutes after midnight.
    public let minutes: Int
    public init(date: LocalDate, minutes: Int) {
        self.date = date
        self.minutes = minutes
    }
    /// Parses `YYYY-MM-DDTHH:MM`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(iso: parts[0]) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time[0].count == 2, time[1].count == 2, let hours = Int(time[0]), let minutes = Int(time[1]),
              (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        self.init(date: date, minutes: hours * 60 + minutes)
    }
    /// Midnight at the start of `date`.
    public static func midnight(_ date: LocalDate) -> LocalDateTime { LocalDateTime(date: date, minutes: 0) }
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { (lhs.date, lhs.minutes) < (rhs.date, rhs.minutes) }
    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return "\(date)T\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}

/// A repair ticket and the person responsible for it.
public struct RepairTicket: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable { case minor, major }
    public let id: String
    public let reported: LocalDateTime
    public let kind: Kind
    public let staff: Staff.ID
    /// `nil` while the ticket is still open.
    public let completed: LocalDateTime?
    public let source: SourceReference?
    public init(id: String, reported: LocalDateTime, kind: Kind, staff: Staff.ID, completed: LocalDateTime?, source: SourceReference? = nil) {
        self.id = id
        self.reported = reported
        self.kind = kind
        self.staff = staff
        self.completed = completed
        self.source = source
    }

    /// Minor: 00:00 of the day after it was reported (小修不隔夜); major: 00:00 two days after (大修不隔天).
    public var due: LocalDateTime { .midnight(reported.date.adding(days: kind == .minor ? 1 : 2)) }
}

/// The appraisal rules of rubric.yaml.
public struct Rubric: Sendable {
    /// A scoring category with its caps: deductions at most `cap` (nil = uncapped), bonuses at most `bonusCap`.
    public struct Category: Sendable, Hashable {
        public let name: String
        public let cap: Double?
        public let bonusCap: Double
        public init(name: String, cap: Double?, bonusCap: Double) {
            self.name = name
            self.cap = cap
            self.bonusCap = bonusCap
        }
    }
    /// An inspection item code.
    public struct Item: Sendable, Hashable {
        public let code: String
        public let category: String
        /// Default points; `nil` for a veto item or an item whose records must give points.
        public let points: Double?
        public let veto: Bool
        public let text: String
        public init(code: String, category: String, points: Double?, veto: Bool, text: String) {
            self.code = code
            self.category = category
            self.points = points
            self.veto = veto
            self.text = text
        }
    }
    /// A grade band: the first band whose `min` ≤ score applies.
    public struct Grade: Sendable, Hashable {
        public let name: String
        public let label: String
        public let min: Double
        /// Share of the people appraised who may keep this band.
        public let quota: Double?
        public init(name: String, label: String, min: Double, quota: Double?) {
            self.name = name
            self.label = label
            self.min = min
            self.quota = quota
        }
    }

    public var base: Double
    public var categories: [Category]
    public var items: [String: Item]
    public var absent: Double
    public var late: Double
    public var extraShiftBonus: Double
    public var standardShifts: Int
    public var overdue: Double
    /// Bands in descending order of `min`.
    public var grades: [Grade]

    public init(base: Double = 100, categories: [Category], items: [String: Item], absent: Double = -5, late: Double = -1,
                extraShiftBonus: Double = 0.5, standardShifts: Int = 20, overdue: Double = -1, grades: [Grade]) {
        self.base = base
        self.categories = categories
        self.items = items
        self.absent = absent
        self.late = late
        self.extraShiftBonus = extraShiftBonus
        self.standardShifts = standardShifts
        self.overdue = overdue
        self.grades = grades
    }

    /// Category of attendance points (absent, late, extra-shift bonus).
    public static let attendanceCategory = "attendance"
    /// Category of overdue repairs.
    public static let repairCategory = "timeliness"
}

/// The month's appraisal input for one office.
public struct AppraisalRecords: Sendable {
    public var inspections: [Inspection]
    public var attendance: [AttendanceException]
    public var repairs: [RepairTicket]
    public init(inspections: [Inspection] = [], attendance: [AttendanceException] = [], repairs: [RepairTicket] = []) {
        self.inspections = inspections
        self.attendance = attendance
        self.repairs = repairs
    }
}
