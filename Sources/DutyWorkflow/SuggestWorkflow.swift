import DutyCheck
import DutyCore

/// Who can take a place on a day: one more person on a post, or the post of someone taken off
/// that day. Decided by the independent checker, person by person, not by the model, so that
/// every candidate's roster is one `duty check` accepts.
public enum SuggestWorkflow {
    /// The place to fill.
    public enum Place: Sendable {
        /// One more person on this post.
        case post(Post.ID)
        /// This person's post, after taking them off that day.
        case replace(Staff.ID)
    }

    /// For every staff member s (but the replaced person), the roster plus (date, post, s) is
    /// checked: without a hard-rule violation s is a candidate, ranked by that roster's
    /// objective (lowest first, then id); otherwise s is excluded with the rules broken.
    /// - Throws: ``SuggestFailure`` for a date outside the month, an unknown post or person, or
    ///   a replaced person who is not on the roster that day.
    public static func suggest(_ dataset: Dataset, month: Month, roster: [Assignment], date: LocalDate,
                               place: Place) throws(SuggestFailure) -> Suggestion {
        guard month.contains(date) else { throw .dateOutsideMonth(date, month) }
        let staffByID = Dictionary(dataset.staff.map { ($0.id, $0) }) { first, _ in first }
        let postsByID = Dictionary(dataset.posts.map { ($0.id, $0) }) { first, _ in first }
        var base = roster
        let post: Post, replaced: Staff?
        switch place {
        case .post(let id):
            guard let known = postsByID[id] else { throw .unknownPost(id) }
            (post, replaced) = (known, nil)
        case .replace(let id):
            guard let person = staffByID[id] else { throw .unknownStaff(id) }
            let theirs = roster.filter { $0.staff == id && $0.date == date }.sorted()
            guard let first = theirs.first, let known = postsByID[first.post] else { throw .notOnRoster(id, date) }
            base.removeAll { $0.staff == id && $0.date == date }
            (post, replaced) = (known, person)
        }
        let checker = RosterChecker(dataset: dataset, month: month)
        let order = Dictionary(uniqueKeysWithValues: HardRule.allCases.enumerated().map { ($1, $0) })
        var candidates: [Suggestion.Candidate] = [], excluded: [Suggestion.Exclusion] = []
        let others = dataset.staff.sorted { $0.id < $1.id }.filter { $0.id != replaced?.id }
        // One whole-month check per person, independent of each other: run side by side.
        let reports = others.concurrentMap { [base] person in checker.check(base + [Assignment(date: date, post: post.id, staff: person.id)]) }
        for (person, report) in zip(others, reports) {
            if report.isValid {
                candidates.append(.init(staff: person, objective: report.objective))
            } else {
                let rules = Set(report.violations.map(\.rule)).sorted { order[$0]! < order[$1]! }
                excluded.append(.init(staff: person, rules: rules))
            }
        }
        candidates.sort { ($0.objective.total, $0.staff.id.rawValue) < ($1.objective.total, $1.staff.id.rawValue) }
        return Suggestion(date: date, post: post, replaced: replaced, candidates: candidates, excluded: excluded)
    }
}

/// A place that `duty suggest` cannot look at: bad input (exit code 2).
public enum SuggestFailure: Error, CustomStringConvertible, Sendable {
    case dateOutsideMonth(LocalDate, Month)
    case unknownPost(Post.ID)
    case unknownStaff(Staff.ID)
    case notOnRoster(Staff.ID, LocalDate)

    /// The option the failure is about, as the command line and the API name it.
    public var field: String {
        switch self {
        case .dateOutsideMonth: "date"
        case .unknownPost: "post"
        case .unknownStaff, .notOnRoster: "replace"
        }
    }

    /// What is wrong, by meaning.
    public var message: InputMessage {
        switch self {
        case let .dateOutsideMonth(date, month): .dateNotInMonth(date, month)
        case let .unknownPost(post): .unknownPost(post.rawValue, emptyAllowed: false)
        case let .unknownStaff(staff): .unknownStaff(staff.rawValue)
        case let .notOnRoster(staff, date): .notOnRoster(staff: staff.rawValue, date: date)
        }
    }

    public var description: String { message.text(.en) }
}
