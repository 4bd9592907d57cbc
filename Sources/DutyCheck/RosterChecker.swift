import DutyCore

/// The independent validator: checks any roster against the dataset's hard
/// rules and recomputes every objective term, sharing no code with the model
/// builder (only the domain types and demand precedence of DutyCore).
///
/// For a repaired month it checks the dates from `from` on only: the roster's earlier
/// assignments are history for the rest and run rules and count toward the month's limits and
/// terms, but are never violations themselves. With a baseline it also counts the changes.
public struct RosterChecker: Sendable {
    let dataset: Dataset
    let month: Month
    /// The first date checked.
    let from: LocalDate
    /// The published roster that changes are counted against, if any.
    let baseline: [Assignment]?

    /// - Parameters:
    ///   - from: the first date checked (default the month's first day).
    ///   - baseline: a published roster; the report then lists and costs the changes from `from` on.
    public init(dataset: Dataset, month: Month, from: LocalDate? = nil, baseline: [Assignment]? = nil) {
        self.dataset = dataset
        self.month = month
        self.from = from ?? month.firstDay
        self.baseline = baseline
    }

    /// Checks `assignments` (in any order, duplicates allowed).
    /// - Complexity: O(staff × days × posts + assignments).
    public func check(_ assignments: [Assignment]) -> CheckReport {
        var violations: [Violation] = []
        let postsByID = Dictionary(uniqueKeysWithValues: dataset.posts.map { ($0.id, $0) })
        let staffByID = Dictionary(uniqueKeysWithValues: dataset.staff.map { ($0.id, $0) })

        var valid: [Assignment] = []
        for assignment in assignments.sorted() {
            let unknownStaff = staffByID[assignment.staff] == nil ? assignment.staff.rawValue : nil
            let unknownPost = postsByID[assignment.post] == nil ? assignment.post.rawValue : nil
            let outside = month.contains(assignment.date) ? nil : month
            if unknownStaff == nil, unknownPost == nil, outside == nil {
                valid.append(assignment)
            } else {
                violations.append(Violation(rule: .unknownStaffOrPost, date: assignment.date, staff: assignment.staff, post: assignment.post,
                                            breach: .unknownReference(staff: unknownStaff, post: unknownPost, date: assignment.date, outside: outside)))
            }
        }

        // Posts worked by each person on each date of the month.
        var worked: [Staff.ID: [LocalDate: [Post.ID]]] = [:]
        for assignment in valid { worked[assignment.staff, default: [:]][assignment.date, default: []].append(assignment.post) }
        var historyWorked: [Staff.ID: [LocalDate: [Post.ID]]] = [:]
        for entry in dataset.history { historyWorked[entry.staff, default: [:]][entry.date, default: []].append(entry.post) }

        for person in dataset.staff.sorted(by: { $0.id < $1.id }) {
            let days = worked[person.id] ?? [:]
            violations += personViolations(person, days: days, history: historyWorked[person.id] ?? [:], posts: postsByID)
        }
        violations += pinViolations(valid)
        let (overstaffing, shortfalls) = coverage(valid, posts: postsByID)
        violations += overstaffing

        let order = Dictionary(uniqueKeysWithValues: HardRule.allCases.enumerated().map { ($1, $0) })
        violations.sort {
            (order[$0.rule]!, $0.date?.dayNumber ?? .min, $0.staff?.rawValue ?? "", $0.post?.rawValue ?? "", $0.detail)
                < (order[$1.rule]!, $1.date?.dayNumber ?? .min, $1.staff?.rawValue ?? "", $1.post?.rawValue ?? "", $1.detail)
        }
        var objective = objective(worked: worked, shortfalls: shortfalls, posts: postsByID)
        let changes = baseline.map { self.changes(from: $0, to: valid) } ?? []
        if baseline != nil { objective[.changes] = dataset.rules.weights.change * Double(changes.count) }
        return CheckReport(violations: violations, objective: objective, shortfalls: shortfalls, changes: changes)
    }

    /// Every (date ≥ `from`, staff) whose post differs between `published` and `roster`, by date then staff.
    private func changes(from published: [Assignment], to roster: [Assignment]) -> [RosterChange] {
        struct PersonDay: Hashable { let date: LocalDate, staff: Staff.ID }
        func postsByDay(_ assignments: [Assignment]) -> [PersonDay: [Post.ID]] {
            var result: [PersonDay: [Post.ID]] = [:]
            for assignment in assignments where month.contains(assignment.date) && assignment.date >= from {
                result[PersonDay(date: assignment.date, staff: assignment.staff), default: []].append(assignment.post)
            }
            return result.mapValues { $0.sorted() }
        }
        let before = postsByDay(published), after = postsByDay(roster)
        return Set(before.keys).union(after.keys)
            .filter { before[$0] != after[$0] }
            .sorted { ($0.date, $0.staff.rawValue) < ($1.date, $1.staff.rawValue) }
            .map { RosterChange(date: $0.date, staff: $0.staff, before: before[$0]?.first, after: after[$0]?.first) }
    }

    /// one-shift-per-day, skill, leave, max-shifts, max-nights, rest-after-night, max-consecutive-days for one person.
    private func personViolations(_ person: Staff, days: [LocalDate: [Post.ID]], history: [LocalDate: [Post.ID]],
                                  posts: [Post.ID: Post]) -> [Violation] {
        var found: [Violation] = []
        func add(_ rule: HardRule, _ date: LocalDate?, _ post: Post.ID?, _ breach: RuleBreach) {
            found.append(Violation(rule: rule, date: date, staff: person.id, post: post, breach: breach))
        }
        // Shifts and nights from `from` on, and before it: earlier ones count toward the limits
        // but, being history, cannot break them; one beyond a limit already reached does.
        var shifts = 0, nights = 0, earlierShifts = 0, earlierNights = 0
        for date in month.days {
            let postsThatDay = days[date] ?? []
            let nightsThatDay = postsThatDay.filter { posts[$0]?.night == true }.count
            guard date >= from else {
                earlierShifts += postsThatDay.count
                earlierNights += nightsThatDay
                continue
            }
            shifts += postsThatDay.count
            nights += nightsThatDay
            if postsThatDay.count > 1 {
                add(.oneShiftPerDay, date, nil, .shiftsInOneDay(posts: postsThatDay.map(\.rawValue)))
            }
            for post in postsThatDay {
                if !person.skills.contains(post) { add(.skill, date, post, .notQualified(staff: person.id.rawValue, post: post.rawValue)) }
                if dataset.isOnLeave(person.id, on: date) { add(.leave, date, post, .onLeave(staff: person.id.rawValue)) }
            }
        }
        if shifts > max(0, person.maxShifts - earlierShifts) {
            add(.maxShifts, nil, nil, .tooManyShifts(earlierShifts + shifts, limit: person.maxShifts))
        }
        if let limit = person.maxNights, nights > max(0, limit - earlierNights) {
            add(.maxNights, nil, nil, .tooManyNights(earlierNights + nights, limit: limit))
        }

        func postsOn(_ date: LocalDate) -> [Post.ID] { month.contains(date) ? days[date] ?? [] : history[date] ?? [] }
        if dataset.rules.restAfterNight {
            for date in month.days where date >= from {
                let previous = date.adding(days: -1)
                let nightBefore = postsOn(previous).first { posts[$0]?.night == true }
                if let nightBefore, !postsOn(date).isEmpty {
                    add(.restAfterNight, date, postsOn(date).first, .workAfterNight(post: nightBefore.rawValue, night: previous))
                }
            }
        }
        // Runs of consecutive working days, history included; a run is reported once, on the day it first exceeds the limit.
        let limit = dataset.rules.maxConsecutiveDays
        let earliest = history.keys.min() ?? month.firstDay
        var run = 0
        var date = min(earliest, month.firstDay)
        while date <= month.lastDay {
            run = postsOn(date).isEmpty ? 0 : run + 1
            if run == limit + 1, month.contains(date), date >= from {
                add(.maxConsecutiveDays, date, nil, .daysInARow(run, upTo: date, historyIncluded: false, limit: limit))
            } else if run > limit + 1, month.contains(date), date == from {
                add(.maxConsecutiveDays, date, nil, .daysInARow(run, upTo: date, historyIncluded: true, limit: limit))
            }
            date = date.adding(days: 1)
        }
        return found
    }

    private func pinViolations(_ assignments: [Assignment]) -> [Violation] {
        let present = Set(assignments)
        return dataset.pins.filter { month.contains($0.date) && $0.date >= from && !present.contains($0) }.map {
            Violation(rule: .pinned, date: $0.date, staff: $0.staff, post: $0.post,
                      breach: .pinMissing(source: $0.source.map { "\($0)" }))
        }
    }

    private func coverage(_ assignments: [Assignment], posts: [Post.ID: Post]) -> ([Violation], [Shortfall]) {
        var assigned: [LocalDate: [Post.ID: Int]] = [:]
        for assignment in assignments { assigned[assignment.date, default: [:]][assignment.post, default: 0] += 1 }
        let demand = dataset.demand
        var violations: [Violation] = [], shortfalls: [Shortfall] = []
        for date in month.days {
            for post in dataset.posts.map(\.id).sorted() {
                let needed = demand.count(on: date, post: post), have = assigned[date]?[post] ?? 0
                // Before `from`, a day assigned beyond today's demand is history: neither a breach nor short.
                if have > needed, date >= from {
                    violations.append(Violation(rule: .noOverstaffing, date: date, staff: nil, post: post,
                                                breach: .overstaffed(assigned: have, demand: needed)))
                } else if have < needed {
                    shortfalls.append(Shortfall(date: date, post: post, missing: needed - have))
                }
            }
        }
        return (violations, shortfalls)
    }

    /// the reference's objective terms, computed from the roster alone.
    private func objective(worked: [Staff.ID: [LocalDate: [Post.ID]]], shortfalls: [Shortfall], posts: [Post.ID: Post]) -> ObjectiveBreakdown {
        var objective = ObjectiveBreakdown()
        let weights = dataset.rules.weights
        objective[.shortfall] = shortfalls.reduce(0) { $0 + (posts[$1.post]?.priority ?? 0) * Double($1.missing) }
        objective[.requests] = dataset.requests.filter { month.contains($0.date) }.reduce(0) { total, request in
            let postsThatDay = worked[request.staff]?[request.date] ?? []
            let honoured: Bool = switch (request.kind, request.post) {
            case (.on, nil): !postsThatDay.isEmpty
            case (.on, let wanted?): postsThatDay.contains(wanted)
            case (.off, nil): postsThatDay.isEmpty
            case (.off, let unwanted?): !postsThatDay.contains(unwanted)
            }
            return total + (honoured ? 0 : request.weight)
        }
        var ratios: [Double] = [], nightCounts: [Double] = [], deficit = 0.0
        for person in dataset.staff.sorted(by: { $0.id < $1.id }) {
            let days = worked[person.id] ?? [:]
            let shifts = days.values.reduce(0) { $0 + $1.count }
            let nights = days.values.reduce(0) { $0 + $1.filter { posts[$0]?.night == true }.count }
            deficit += Double(max(0, person.minShifts - shifts))
            let cap = dataset.cap(of: person, in: month)
            guard cap > 0 else { continue }
            ratios.append(Double(shifts) / Double(cap))
            let mayWorkNights = person.skills.contains { posts[$0]?.night == true }
            if mayWorkNights, person.maxNights != 0 { nightCounts.append(Double(nights)) }
        }
        func spread(_ values: [Double]) -> Double { (values.max() ?? 0) - (values.min() ?? 0) }
        objective[.fairness] = weights.fairness * spread(ratios)
        objective[.nightFairness] = weights.nightFairness * spread(nightCounts)
        objective[.minShifts] = weights.minShifts * deficit
        return objective
    }
}
