import DutyCore
import DutyModelParts

/// The month's data in the shape the model needs: people, days and posts in
/// sorted order with 0-based indices, demand and eligibility precomputed.
///
/// Everything is derived from the dataset before a single variable exists, so
/// that the builder's families only read arrays.
struct RosterInstance {
    let dataset: Dataset
    let month: Month
    let days: [LocalDate]
    let posts: [Post]
    let staff: [Staff]
    /// demand[day][post]
    let demand: [[Int]]
    /// eligible[staff][day][post]: skill, not on leave, demand > 0, and not the day after a night in history.
    let eligible: [[[Bool]]]
    /// cap_i of docs/REFERENCE.md per person.
    let caps: [Int]
    /// Whether the person counts in night fairness: cap > 0, may work a night post, max_nights ≠ 0.
    let countsForNightFairness: [Bool]
    /// historyWorked[staff][k]: worked on the k-th day before the month (k = 1 is the last day before it),
    /// for k up to the earliest history date or max_consecutive_days, whichever is nearer.
    private let historyWorked: [[Bool]]
    /// Whether the person worked a night post on the last day before the month.
    private let nightBeforeMonth: [Bool]
    /// The published roster being repaired, if any (`duty replan`).
    let published: PublishedMonth?
    /// The first day the model decides: 0, or the index of `published.from`. Earlier days are frozen.
    let firstFreeDay: Int
    /// frozenPosts[staff][day]: post indices of the frozen published roster, for days before ``firstFreeDay``.
    let frozenPosts: [[[Int]]]
    /// Frozen shifts and night shifts per person: they count toward the month's limits and terms.
    let frozenShifts: [Int]
    let frozenNights: [Int]
    /// publishedPost[staff][day]: the person's post in the published roster on a day from
    /// ``firstFreeDay`` on (`nil` for off), which changes are counted against.
    let publishedPost: [[Int?]]
    /// LP-safe name tokens for staff and posts.
    let staffTokens: [String]
    let postTokens: [String]
    /// Positions of staff and posts in ``staff`` and ``posts``, by id.
    let staffIndex: [Staff.ID: Int]
    let postIndex: [Post.ID: Int]
    /// Classes of interchangeable people (see `interchangeableClasses(staff:days:dataset:)`).
    let interchangeable: [[Int]]

    /// - Parameter published: the published roster to repair from its `from` date, whose ids the
    ///   reader has checked against the dataset.
    init(dataset: Dataset, month: Month, published: PublishedMonth? = nil) {
        self.dataset = dataset
        self.month = month
        self.published = published
        days = month.days
        posts = dataset.posts.sorted { $0.id < $1.id }
        staff = dataset.staff.sorted { $0.id < $1.id }
        let staffIndex = Dictionary(uniqueKeysWithValues: staff.enumerated().map { ($1.id, $0) })
        let postIndex = Dictionary(uniqueKeysWithValues: posts.enumerated().map { ($1.id, $0) })
        self.staffIndex = staffIndex
        self.postIndex = postIndex
        let firstFreeDay = published.map { max(0, min(month.days.count, $0.from.dayNumber - month.firstDay.dayNumber)) } ?? 0
        self.firstFreeDay = firstFreeDay
        var frozenPosts = Array(repeating: Array(repeating: [Int](), count: days.count), count: staff.count)
        var publishedPost = Array(repeating: Array(repeating: Int?.none, count: days.count), count: staff.count)
        for assignment in published?.assignments ?? [] where month.contains(assignment.date) {
            guard let s = staffIndex[assignment.staff], let p = postIndex[assignment.post] else { continue }
            let d = assignment.date.day - 1
            if d < firstFreeDay { frozenPosts[s][d].append(p) } else if publishedPost[s][d] == nil { publishedPost[s][d] = p }
        }
        self.frozenPosts = frozenPosts
        self.publishedPost = publishedPost
        let days = days, posts = posts
        frozenShifts = frozenPosts.map { $0.reduce(0) { $0 + $1.count } }
        frozenNights = frozenPosts.map { $0.reduce(0) { $0 + $1.filter { posts[$0].night }.count } }
        let table = dataset.demand
        demand = days.map { day in posts.map { table.count(on: day, post: $0.id) } }
        caps = staff.map { dataset.cap(of: $0, in: month) }
        let first = month.firstDay
        let span = dataset.history.map { first.dayNumber - $0.date.dayNumber }.max() ?? 0
        let lookback = max(0, min(dataset.rules.maxConsecutiveDays, span))
        historyWorked = staff.map { person in
            var worked = Array(repeating: false, count: lookback + 1)
            for entry in dataset.history where entry.staff == person.id {
                let k = first.dayNumber - entry.date.dayNumber
                if k >= 1 && k <= lookback { worked[k] = true }
            }
            return worked
        }
        let nightPosts = Set(posts.filter(\.night).map(\.id))
        nightBeforeMonth = staff.map { person in
            dataset.history.contains { $0.staff == person.id && $0.date == first.adding(days: -1) && nightPosts.contains($0.post) }
        }
        let restAfterNight = dataset.rules.restAfterNight
        let nightBefore = nightBeforeMonth, demand = demand
        // The first free day's rest follows the night before it: in history, or on the last frozen day.
        let nightBeforeFirstFree = firstFreeDay == 0 ? nightBefore : frozenPosts.map { $0[firstFreeDay - 1].contains { posts[$0].night } }
        eligible = staff.enumerated().map { s, person in
            let skills = Set(person.skills)
            return days.enumerated().map { d, day in
                let blocked = d < firstFreeDay || dataset.isOnLeave(person.id, on: day)
                    || (d == firstFreeDay && restAfterNight && nightBeforeFirstFree[s])
                return posts.enumerated().map { p, post in !blocked && demand[d][p] > 0 && skills.contains(post.id) }
            }
        }
        let caps = caps
        countsForNightFairness = staff.enumerated().map { s, person in
            caps[s] > 0 && person.maxNights != 0 && person.skills.contains { nightPosts.contains($0) }
        }
        staffTokens = ModelNames.tokens(staff.map(\.id.rawValue), prefix: "s")
        postTokens = ModelNames.tokens(posts.map(\.id.rawValue), prefix: "p", allowsUnderscore: true)
        interchangeable = RosterInstance.interchangeableClasses(staff: staff, days: days, dataset: dataset, published: published)
    }

    /// Classes (by staff index, each sorted, only classes of two or more) of interchangeable
    /// people: the same skills, limits, leave, requests, history, pins and published roster, so
    /// that two of them can swap their whole months without changing anything.
    private static func interchangeableClasses(staff: [Staff], days: [LocalDate], dataset: Dataset, published: PublishedMonth?) -> [[Int]] {
        var classes: [String: [Int]] = [:]
        for (s, person) in staff.enumerated() {
            let id = person.id
            let leave = days.map { dataset.isOnLeave(id, on: $0) ? "1" : "0" }.joined()
            let requests = dataset.requests.filter { $0.staff == id }
                .map { "\($0.date)|\($0.post?.rawValue ?? "")|\($0.kind.rawValue)|\($0.weight)" }.sorted()
            let history = dataset.history.filter { $0.staff == id }.map { "\($0.date)|\($0.post)" }.sorted()
            let pins = dataset.pins.filter { $0.staff == id }.map { "\($0.date)|\($0.post)" }.sorted()
            let publishedDays = (published?.assignments ?? []).filter { $0.staff == id }.map { "\($0.date)|\($0.post)" }
            let key = [person.skills.map(\.rawValue).sorted().joined(separator: ","), "\(person.maxShifts)", "\(person.minShifts)",
                       "\(person.maxNights ?? -1)", leave, requests.joined(separator: ";"), history.joined(separator: ";"),
                       pins.joined(separator: ";"), publishedDays.joined(separator: ";")].joined(separator: "#")
            classes[key, default: []].append(s)
        }
        return classes.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Whether person `s` works on day `d`, a day the model does not decide: history.csv for
    /// d < 0 (−1 is the last day before the month), the frozen published roster for
    /// 0 ≤ d < ``firstFreeDay``.
    func worksFixed(_ s: Int, on d: Int) -> Bool {
        d < 0 ? -d < historyWorked[s].count && historyWorked[s][-d] : d < firstFreeDay && !frozenPosts[s][d].isEmpty
    }

    /// Whether person `s` works a night post on day `d`, a day the model does not decide.
    func worksNightFixed(_ s: Int, on d: Int) -> Bool {
        d == -1 ? nightBeforeMonth[s] : d >= 0 && d < firstFreeDay && frozenPosts[s][d].contains { posts[$0].night }
    }

    /// The frozen published assignments, as assignments.
    var frozenAssignments: [Assignment] {
        var result: [Assignment] = []
        for s in 0..<staffCount {
            for d in 0..<firstFreeDay {
                result += frozenPosts[s][d].map { Assignment(date: days[d], post: posts[$0].id, staff: staff[s].id) }
            }
        }
        return result
    }

    /// The days the model decides.
    var freeDays: Range<Int> { firstFreeDay..<dayCount }

    var staffCount: Int { staff.count }
    var dayCount: Int { days.count }
    var postCount: Int { posts.count }

    /// `d07` for the 7th day of the month.
    func dayToken(_ d: Int) -> String { d + 1 < 10 ? "d0\(d + 1)" : "d\(d + 1)" }
}
