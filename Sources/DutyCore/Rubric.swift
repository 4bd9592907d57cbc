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
