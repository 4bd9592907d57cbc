import DutyCore
import DutyModelParts

/// A roster filled as a careful person would by hand: day by day, the
/// highest-priority post first, each place given to the eligible person with
/// the lowest workload ratio who breaks no hard rule. Pins are placed first.
///
/// It is the solver's warm start and the baseline of the shortage benchmark.
/// - Complexity: O(days × posts × staff × max_consecutive_days).
public struct GreedyRoster {
    let instance: RosterInstance

    /// - Parameter published: a published roster to repair from its `from` date: frozen days
    ///   stay as published, and later places go first to who had them.
    public init(dataset: Dataset, month: Month, published: PublishedMonth? = nil) {
        instance = RosterInstance(dataset: dataset, month: month, published: published)
    }

    init(instance: RosterInstance) { self.instance = instance }

    /// The greedy roster, sorted by date, post, staff.
    public func build() -> [Assignment] {
        let staffCount = instance.staffCount, dayCount = instance.dayCount
        let limit = instance.dataset.rules.maxConsecutiveDays
        let restAfterNight = instance.dataset.rules.restAfterNight
        var post = Array(repeating: Array(repeating: -1, count: dayCount), count: staffCount)
        var shifts = Array(repeating: 0, count: staffCount), nights = Array(repeating: 0, count: staffCount)
        var assigned = Array(repeating: Array(repeating: 0, count: instance.postCount), count: dayCount)
        var pinned = Array(repeating: Array(repeating: false, count: dayCount), count: staffCount)
        var pinsAhead = Array(repeating: 0, count: staffCount), nightPinsAhead = Array(repeating: 0, count: staffCount)

        // Frozen days are placed as published and count toward the limits.
        for s in 0..<staffCount {
            for d in 0..<instance.firstFreeDay where !instance.frozenPosts[s][d].isEmpty {
                let frozen = instance.frozenPosts[s][d]
                post[s][d] = frozen.first { instance.posts[$0].night } ?? frozen[0]
            }
            shifts[s] = instance.frozenShifts[s]
            nights[s] = instance.frozenNights[s]
        }
        let staffIndex = instance.staffIndex
        let postIndex = instance.postIndex
        for pin in Set(instance.dataset.pins).sorted() where instance.month.contains(pin.date) && pin.date.day - 1 >= instance.firstFreeDay {
            guard let s = staffIndex[pin.staff], let p = postIndex[pin.post], post[s][pin.date.day - 1] < 0 else { continue }
            post[s][pin.date.day - 1] = p
            pinned[s][pin.date.day - 1] = true
            assigned[pin.date.day - 1][p] += 1
            pinsAhead[s] += 1
            if instance.posts[p].night { nightPinsAhead[s] += 1 }
        }
        var wish: [Int: Int] = [:]  // (s, d) → −1 wants off, +1 wants on
        for request in instance.dataset.requests where instance.month.contains(request.date) {
            guard let s = staffIndex[request.staff] else { continue }
            wish[s * dayCount + request.date.day - 1, default: 0] += request.kind == .on ? 1 : -1
        }

        func works(_ s: Int, _ d: Int) -> Bool {
            if d >= dayCount { return false }
            if d >= 0 { return post[s][d] >= 0 }
            return instance.worksFixed(s, on: d)
        }
        func isNight(_ s: Int, _ d: Int) -> Bool {
            d < 0 ? instance.worksNightFixed(s, on: d) : (d < dayCount && post[s][d] >= 0 && instance.posts[post[s][d]].night)
        }
        func canTake(_ s: Int, _ d: Int, _ p: Int) -> Bool {
            let person = instance.staff[s], night = instance.posts[p].night
            guard instance.eligible[s][d][p], post[s][d] < 0 else { return false }
            guard shifts[s] + pinsAhead[s] < person.maxShifts else { return false }
            if night, let most = person.maxNights, nights[s] + nightPinsAhead[s] >= most { return false }
            if restAfterNight {
                if isNight(s, d - 1) { return false }
                if night, works(s, d + 1) { return false }
            }
            var run = 1, back = d - 1, ahead = d + 1
            while works(s, back), run <= limit { run += 1; back -= 1 }
            while works(s, ahead), run <= limit { run += 1; ahead += 1 }
            return run <= limit
        }

        let postOrder = (0..<instance.postCount).sorted {
            (-instance.posts[$0].priority, instance.posts[$0].id) < (-instance.posts[$1].priority, instance.posts[$1].id)
        }
        for d in instance.freeDays {
            for s in 0..<staffCount where pinned[s][d] {
                shifts[s] += 1
                pinsAhead[s] -= 1
                if instance.posts[post[s][d]].night { nights[s] += 1; nightPinsAhead[s] -= 1 }
            }
            for p in postOrder {
                while assigned[d][p] < instance.demand[d][p] {
                    let candidates = (0..<staffCount).filter { canTake($0, d, p) }
                    let best = candidates.min { a, b in
                        key(a, d, p, wish: wish, shifts: shifts, nights: nights) < key(b, d, p, wish: wish, shifts: shifts, nights: nights)
                    }
                    guard let s = best else { break }
                    post[s][d] = p
                    assigned[d][p] += 1
                    shifts[s] += 1
                    if instance.posts[p].night { nights[s] += 1 }
                }
            }
        }
        var roster = instance.frozenAssignments
        for s in 0..<staffCount {
            for d in instance.freeDays where post[s][d] >= 0 {
                roster.append(Assignment(date: instance.days[d], post: instance.posts[post[s][d]].id, staff: instance.staff[s].id))
            }
        }
        return roster.sorted()
    }

    /// Who goes first: in a repaired month who had the place in the published roster (so that
    /// the warm start changes nothing it need not), then people who asked to work, then — for
    /// a night post — the fewest nights, then the lowest workload ratio, then id.
    private func key(_ s: Int, _ d: Int, _ p: Int, wish: [Int: Int], shifts: [Int], nights: [Int]) -> (Int, Int, Int, Double, String) {
        let ratio = Double(shifts[s]) / Double(max(instance.caps[s], 1))
        let wishRank = -(wish[s * instance.dayCount + d] ?? 0)
        let published = instance.publishedPost[s][d] == p ? 0 : 1
        return (published, wishRank, instance.posts[p].night ? nights[s] : 0, ratio, instance.staff[s].id.rawValue)
    }
}
