/// Who can take one place on a day (`duty suggest`): everyone who could, ranked, and everyone
/// who could not, with the rules that taking it would break.
public struct Suggestion: Sendable {
    /// Someone who can take the place, with the objective of the roster if they do.
    public struct Candidate: Sendable {
        public let staff: Staff
        public let objective: ObjectiveBreakdown
        public init(staff: Staff, objective: ObjectiveBreakdown) {
            self.staff = staff
            self.objective = objective
        }
    }
    /// Someone who cannot, with the hard rules (catalogue order) that taking it would break.
    public struct Exclusion: Sendable {
        public let staff: Staff
        public let rules: [HardRule]
        public init(staff: Staff, rules: [HardRule]) {
            self.staff = staff
            self.rules = rules
        }
    }
    public let date: LocalDate
    public let post: Post
    /// The person taken off that day to free the place, if any.
    public let replaced: Staff?
    /// By objective total, lowest first, then id.
    public let candidates: [Candidate]
    /// By id.
    public let excluded: [Exclusion]

    public init(date: LocalDate, post: Post, replaced: Staff?, candidates: [Candidate], excluded: [Exclusion]) {
        self.date = date
        self.post = post
        self.replaced = replaced
        self.candidates = candidates
        self.excluded = excluded
    }
}
