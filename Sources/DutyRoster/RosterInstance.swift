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
    let nightBeforeMonth: [Bool]
    /// LP-safe name tokens for staff and posts.
    let staffTokens: [String]
    let postTokens: [String]
    /// Positions of staff and posts in ``staff`` and ``posts``, by id.
    let staffIndex: [Staff.ID: Int]
    let postIndex: [Post.ID: Int]
    /// Classes of interchangeable people (see `interchangeableClasses(staff:days:dataset:)`).
    let interchangeable: [[Int]]

    init(dataset: Dataset, month: Month) {
        self.dataset = dataset
        self.month = month
        days = month.days
        posts = dataset.posts.sorted { $0.id < $1.id }
        staff = dataset.staff.sorted { $0.id < $1.id }
        let table = dataset.demand
        let days = days, posts = posts
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
        eligible = staff.enumerated().map { s, person in
            let skills = Set(person.skills)
            return days.enumerated().map { d, day in
                let blocked = dataset.isOnLeave(person.id, on: day) || (d == 0 && restAfterNight && nightBefore[s])
                return posts.enumerated().map { p, post in !blocked && demand[d][p] > 0 && skills.contains(post.id) }
            }
        }
        let caps = caps
        countsForNightFairness = staff.enumerated().map { s, person in
            caps[s] > 0 && person.maxNights != 0 && person.skills.contains { nightPosts.contains($0) }
        }
        staffTokens = ModelNames.tokens(staff.map(\.id.rawValue), prefix: "s")
        postTokens = ModelNames.tokens(posts.map(\.id.rawValue), prefix: "p", allowsUnderscore: true)
        staffIndex = Dictionary(uniqueKeysWithValues: staff.enumerated().map { ($1.id, $0) })
        postIndex = Dictionary(uniqueKeysWithValues: posts.enumerated().map { ($1.id, $0) })
        interchangeable = RosterInstance.interchangeableClasses(staff: staff, days: days, dataset: dataset)
    }

    /// Classes (by staff index, each sorted, only classes of two or more) of interchangeable
    /// people: the same skills, limits, leave, requests, history and pins, so that two of them
    /// can swap their whole months without changing anything.
    private static func interchangeableClasses(staff: [Staff], days: [LocalDate], dataset: Dataset) -> [[Int]] {
        var classes: [String: [Int]] = [:]
        for (s, person) in staff.enumerated() {
            let id = person.id
            let leave = days.map { dataset.isOnLeave(id, on: $0) ? "1" : "0" }.joined()
            let requests = dataset.requests.filter { $0.staff == id }
                .map { "\($0.date)|\($0.post?.rawValue ?? "")|\($0.kind.rawValue)|\($0.weight)" }.sorted()
            let history = dataset.history.filter { $0.staff == id }.map { "\($0.date)|\($0.post)" }.sorted()
            let pins = dataset.pins.filter { $0.staff == id }.map { "\($0.date)|\($0.post)" }.sorted()
            let key = [person.skills.map(\.rawValue).sorted().joined(separator: ","), "\(person.maxShifts)", "\(person.minShifts)",
                       "\(person.maxNights ?? -1)", leave, requests.joined(separator: ";"), history.joined(separator: ";"),
                       pins.joined(separator: ";")].joined(separator: "#")
            classes[key, default: []].append(s)
        }
        return classes.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Whether person `s` worked `k` days before the month (k ≥ 1), by history.csv.
    func workedBefore(_ s: Int, daysBefore k: Int) -> Bool { k >= 1 && k < historyWorked[s].count && historyWorked[s][k] }

    /// How many of the `k` days before the month person `s` worked, by history.csv.
    func daysWorkedBefore(_ s: Int, within k: Int) -> Int {
        let last = min(k, historyWorked[s].count - 1)
        guard last >= 1 else { return 0 }
        return (1...last).filter { historyWorked[s][$0] }.count
    }

    var staffCount: Int { staff.count }
    var dayCount: Int { days.count }
    var postCount: Int { posts.count }

    /// `d07` for the 7th day of the month.
    func dayToken(_ d: Int) -> String { d + 1 < 10 ? "d0\(d + 1)" : "d\(d + 1)" }
}
