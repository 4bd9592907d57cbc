/// The appraisal of everyone for one period (a month, or a term from its months): what
/// `duty appraise` computes and its outputs show.
public struct Appraisal: Sendable {
    /// `2025-10`, or `2025-09..2026-01` for a term.
    public let period: String
    public let rubric: Rubric
    /// Everyone appraised, in rank order.
    public let people: [PersonAppraisal]

    public init(period: String, rubric: Rubric, people: [PersonAppraisal]) {
        self.period = period
        self.rubric = rubric
        self.people = people
    }
}
