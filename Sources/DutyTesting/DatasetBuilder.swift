import DutyCore

/// Tiny datasets in a few lines, for tests.
///
///     var builder = DatasetBuilder(month: "2025-03")
///     builder.post("gate", night: true)
///     builder.person("a", skills: ["gate"], maxShifts: 10)
///     builder.demand("gate", .weekdays, 1)
public struct DatasetBuilder {
    public var dataset: Dataset
    public let month: Month

    public init(month: String) {
        self.month = Month(month)!
        dataset = Dataset(posts: [], staff: [], demandRules: [])
    }

    /// The date `day` of the builder's month.
    public func date(_ day: Int) -> LocalDate { LocalDate(year: month.year, month: month.month, day: day)! }

    public mutating func post(_ id: String, area: String = "gate", night: Bool = false, priority: Double = 10) {
        dataset.posts.append(Post(id: Post.ID(id), name: id, area: area, start: night ? 19 * 60 : 8 * 60, end: night ? 7 * 60 : 16 * 60,
                                  night: night, priority: priority))
    }

    public mutating func person(_ id: String, skills: [String], maxShifts: Int = 31, minShifts: Int = 0, maxNights: Int? = nil) {
        dataset.staff.append(Staff(id: Staff.ID(id), name: id, skills: skills.map { Post.ID($0) }, maxShifts: maxShifts,
                                   minShifts: minShifts, maxNights: maxNights))
    }

    public mutating func demand(_ post: String, _ day: DaySelector, _ count: Int) {
        dataset.demandRules.append(DemandRule(post: Post.ID(post), day: day, count: count))
    }

    /// Demand of `count` every day of the month.
    public mutating func demandEveryDay(_ post: String, _ count: Int) {
        demand(post, .weekdays, count)
        demand(post, .weekend, count)
    }

    public mutating func leave(_ staff: String, from: Int, to: Int) {
        dataset.leave.append(Leave(staff: Staff.ID(staff), from: date(from), to: date(to)))
    }

    public mutating func request(_ staff: String, day: Int, post: String? = nil, _ kind: Request.Kind, weight: Double = 10) {
        dataset.requests.append(Request(staff: Staff.ID(staff), date: date(day), post: post.map { Post.ID($0) }, kind: kind, weight: weight))
    }

    public mutating func pin(_ staff: String, day: Int, post: String) {
        dataset.pins.append(Assignment(date: date(day), post: Post.ID(post), staff: Staff.ID(staff)))
    }

    /// A history row `daysBefore` days before the month's first day.
    public mutating func history(_ staff: String, daysBefore: Int, post: String) {
        dataset.history.append(Assignment(date: month.firstDay.adding(days: -daysBefore), post: Post.ID(post), staff: Staff.ID(staff)))
    }

    /// An assignment on day `day` of the month, for hand-made rosters.
    public func assignment(_ staff: String, day: Int, post: String) -> Assignment {
        Assignment(date: date(day), post: Post.ID(post), staff: Staff.ID(staff))
    }
}
