import DutyCore

/// One traceable contribution to a person's score: the record behind it and the points it gave.
public struct ScoreLine: Hashable, Sendable {
    /// What kind of record gave the points.
    public enum Source: String, Sendable {
        case inspection, attendance, repair, extraShifts = "extra_shifts", cap, floor, month
    }
    public let source: Source
    /// The record's reference: an inspection or repair id, `attendance.csv:LINE`, a category for a cap, a month.
    public let reference: String
    public let category: String
    public let points: Double
    /// Whether this record is a veto item (它一票否决).
    public let veto: Bool
    /// Words for the reader: the item text, the timing of a repair, how extra shifts were counted.
    public let detail: String

    public init(source: Source, reference: String, category: String, points: Double, veto: Bool = false, detail: String) {
        self.source = source
        self.reference = reference
        self.category = category
        self.points = points
        self.veto = veto
        self.detail = detail
    }

    /// A record that gave negative points (what the quota's tie-break counts).
    public var isDeduction: Bool { points < 0 && source != .cap && source != .floor }
}

/// One person's appraisal for a month or a term.
public struct PersonAppraisal: Sendable {
    public let staff: Staff
    /// Every record with its points, then the cap and floor adjustments, so that
    /// base + Σ points of all lines = score.
    public let lines: [ScoreLine]
    /// Capped subtotal per category, in the rubric's category order.
    public let subtotals: [(category: String, points: Double)]
    public let score: Double
    public let vetoed: Bool
    /// Number of records that gave negative points.
    public let deductions: Int
    /// The band after the veto and the quota.
    public var grade: Rubric.Grade
    /// 1-based rank by score, then fewer deductions, then id.
    public var rank: Int

    public func subtotal(_ category: String) -> Double { subtotals.first { $0.category == category }?.points ?? 0 }
}

/// The appraisal of everyone for one period (a month, or a term from its months).
public struct Appraisal: Sendable {
    /// `2025-10`, or `2025-09..2026-01` for a term.
    public let period: String
    public let rubric: Rubric
    /// Everyone appraised, in rank order.
    public let people: [PersonAppraisal]
}
