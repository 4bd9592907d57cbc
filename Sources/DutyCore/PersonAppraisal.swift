/// One person's appraisal for a month or a term.
public struct PersonAppraisal: Sendable {
    public let staff: Staff
    /// Every record with its points, then the cap and floor adjustments, so that
    /// base + Σ points of all lines = score.
    public let lines: [ScoreLine]
    /// Capped subtotal per category, in the rubric's category order.
    public let subtotals: [CategorySubtotal]
    public let score: Double
    public let vetoed: Bool
    /// Number of records that gave negative points.
    public let deductions: Int
    /// The band after the veto and the quota.
    public var grade: Rubric.Grade
    /// The band the score alone gives, before the veto and the quota: where it differs from
    /// ``grade`` without a veto, the band's quota moved the person down.
    public var scoreGrade: Rubric.Grade?
    /// 1-based rank by score, then fewer deductions, then id.
    public var rank: Int

    public init(staff: Staff, lines: [ScoreLine], subtotals: [CategorySubtotal], score: Double, vetoed: Bool, deductions: Int,
                grade: Rubric.Grade, scoreGrade: Rubric.Grade? = nil, rank: Int) {
        self.staff = staff
        self.lines = lines
        self.subtotals = subtotals
        self.score = score
        self.vetoed = vetoed
        self.deductions = deductions
        self.grade = grade
        self.scoreGrade = scoreGrade
        self.rank = rank
    }

    /// The band the quota moved the person from, if it did.
    public var movedByQuotaFrom: Rubric.Grade? {
        guard !vetoed, let scoreGrade, scoreGrade.name != grade.name else { return nil }
        return scoreGrade
    }

    /// The records that vetoed the person (一票否决).
    public var vetoRecords: [ScoreLine] { lines.filter(\.veto) }

    /// The capped subtotal of `category` (0 when the person has none).
    public func subtotal(_ category: String) -> Double { subtotals.first { $0.category == category }?.points ?? 0 }
}
