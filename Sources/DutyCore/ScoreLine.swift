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
    /// Why, for the reader: the item text, the timing of a repair, how extra shifts were counted.
    public let explanation: ScoreDetail

    public init(source: Source, reference: String, category: String, points: Double, veto: Bool = false, detail: ScoreDetail) {
        self.source = source
        self.reference = reference
        self.category = category
        self.points = points
        self.veto = veto
        explanation = detail
    }

    /// The explanation in English words, as appraisal.json gives it.
    public var detail: String { explanation.text(.en) }

    /// A record that gave negative points (what the quota's tie-break counts).
    public var isDeduction: Bool { points < 0 && source != .cap && source != .floor }
}
