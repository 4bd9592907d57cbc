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
    /// 1-based rank by score, then fewer deductions, then id.
    public var rank: Int

    public init(staff: Staff, lines: [ScoreLine], subtotals: [CategorySubtotal], score: Double, vetoed: Bool, deductions: Int,
                grade: Rubric.Grade, rank: Int) {
        self.staff = staff
        self.lines = lines
        self.subtotals = subtotals
        self.score = score
        self.vetoed = vetoed
        self.deductions = deductions
        self.grade = grade
        self.rank = rank
    }

    /// The capped subtotal of `category` (0 when the person has none).
    public func subtotal(_ category: String) -> Double { subtotals.first { $0.category == category }?.points ?? 0 }
}
