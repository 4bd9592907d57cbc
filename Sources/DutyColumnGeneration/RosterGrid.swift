import DutyShiftRostering

/// A general roster as a grid of cells, one per person and day, holding the shift type index
/// worked or −1 for a day off, with the people on each cover line kept up to date: what
/// ``AnnealingSearch`` changes a few cells of at a time, millions of times a second. A change
/// is priced exactly from the cells alone (requests are per cell, cover per line), and a
/// person's hard rules are checked by one pass over their row. The rules here are written
/// out again, apart from ``PatternLabelling`` and ``ShiftModel``, on purpose: the grid must
/// be fast, and the roster it gives back is checked against the model all the same.
struct RosterGrid {
    let people: Int, days: Int, types: Int
    /// `cells[p * days + d]`: the shift type index worked, −1 off.
    private(set) var cells: [Int8]
    /// What the requests of person p on day d cost when the cell holds k (index k + 1, 0 off).
    private let requestCost: [Double]
    /// Per cover cell `d * types + t`: people required, and the weights per person under and over
    /// (lines of the same day and shift add up; a cell without a line costs nothing).
    private let requirement: [Int], underWeight: [Double], overWeight: [Double]
    private let hasLine: [Bool]
    /// People per cover cell in `cells`.
    private(set) var staffed: [Int]
    /// Per person, shifts worked of each type (`shiftsWorked[p * types + t]`) and minutes
    /// worked, kept up to date by ``set(_:_:to:)``: ``isValid(_:)`` checks the maxima and the
    /// minutes from them instead of counting the row again (and allocating for it) at every
    /// change.
    private var shiftsWorked: [Int], minutesWorked: [Int]
    /// `allowed[(p * days + d) * types + t]`: whether person p may work type t on day d.
    private let allowed: [Bool]
    /// `forbidden[a * types + b]`: type b may not follow type a.
    private let forbidden: [Bool]
    private let minutes: [Int]
    /// `caps[p * types + t]`: the most shifts of type t.
    private let caps: [Int]
    private let minMinutes: [Int], maxMinutes: [Int], maxRun: [Int], minRun: [Int], minRest: [Int], maxWeekends: [Int]
    /// Per day, its weekend's index, or −1 on a weekday.
    private let weekendOf: [Int]
    let workerIDs: [ShiftProblem.Worker.ID]
    let shiftIDs: [ShiftType.ID]
    /// `workable[p * days + d]`: the shift types person p may work on day d (for drawing a change).
    let workable: [[Int8]]

    init(_ instance: ShiftProblem, roster: [ShiftAssignment]) {
        people = instance.workers.count
        days = instance.days
        types = instance.shiftTypes.count
        workerIDs = instance.workers.map(\.id)
        shiftIDs = instance.shiftTypes.map(\.id)
        let shiftIndex = Dictionary(uniqueKeysWithValues: shiftIDs.enumerated().map { ($1, $0) })
        let personIndex = Dictionary(uniqueKeysWithValues: workerIDs.enumerated().map { ($1, $0) })
        var requestCost = Array(repeating: 0.0, count: people * days * (types + 1))
        for request in instance.requests {
            guard let p = personIndex[request.worker], let t = shiftIndex[request.shift], (0..<days).contains(request.day) else { continue }
            let base = (p * days + request.day) * (types + 1)
            for k in 0...types where (k - 1 == t) == (request.kind == .off) { requestCost[base + k] += Double(request.weight) }
        }
        self.requestCost = requestCost
        var requirement = Array(repeating: 0, count: days * types)
        var underWeight = Array(repeating: 0.0, count: days * types), overWeight = underWeight
        var hasLine = Array(repeating: false, count: days * types)
        for line in instance.cover {
            guard let t = shiftIndex[line.shift], (0..<days).contains(line.day) else { continue }
            let cell = line.day * types + t
            // Several lines on one cell are priced as one line of their summed requirement and
            // weights: a guide only, where it differs (the solver re-prices every roster it keeps).
            requirement[cell] += line.requirement
            underWeight[cell] += Double(line.underWeight)
            overWeight[cell] += Double(line.overWeight)
            hasLine[cell] = true
        }
        (self.requirement, self.underWeight, self.overWeight, self.hasLine) = (requirement, underWeight, overWeight, hasLine)
        var allowed = Array(repeating: false, count: people * days * types)
        var caps = Array(repeating: 0, count: people * types)
        for (p, worker) in instance.workers.enumerated() {
            for (t, type) in instance.shiftTypes.enumerated() {
                caps[p * types + t] = worker.contract.maxShifts[type.id] ?? 0
                guard worker.contract.allows(type.id) else { continue }
                for d in 0..<days where !worker.daysOff.contains(d) { allowed[(p * days + d) * types + t] = true }
            }
        }
        self.allowed = allowed
        self.caps = caps
        let count = instance.shiftTypes.count
        workable = allowed.indices.filter { $0 % count == 0 }.map { first in (0..<count).filter { allowed[first + $0] }.map(Int8.init) }
        forbidden = instance.shiftTypes.flatMap { first in instance.shiftTypes.map { first.forbiddenNext.contains($0.id) } }
        minutes = instance.shiftTypes.map(\.minutes)
        let contracts = instance.workers.map(\.contract)
        minMinutes = contracts.map(\.minMinutes)
        maxMinutes = contracts.map(\.maxMinutes)
        maxRun = contracts.map(\.maxConsecutiveShifts)
        minRun = contracts.map(\.minConsecutiveShifts)
        minRest = contracts.map(\.minConsecutiveDaysOff)
        maxWeekends = contracts.map(\.maxWeekends)
        var weekendOf = Array(repeating: -1, count: days)
        for (k, weekend) in instance.weekends.enumerated() { for d in weekend { weekendOf[d] = k } }
        self.weekendOf = weekendOf
        cells = Array(repeating: -1, count: people * days)
        for assignment in roster {
            guard let p = personIndex[assignment.worker], let t = shiftIndex[assignment.shift], (0..<days).contains(assignment.day) else { continue }
            cells[p * days + assignment.day] = Int8(t)
        }
        (staffed, shiftsWorked, minutesWorked) = ([], [], [])
        recount()
    }

    func cell(_ p: Int, _ d: Int) -> Int { Int(cells[p * days + d]) }

    func mayWork(_ p: Int, _ d: Int, _ t: Int) -> Bool { allowed[(p * days + d) * types + t] }

    /// Sets person p's cell on day d to `k` (−1: off) and returns what the objective changes by.
    mutating func set(_ p: Int, _ d: Int, to k: Int) -> Double {
        let index = p * days + d
        let old = Int(cells[index])
        guard old != k else { return 0 }
        let base = index * (types + 1)
        var delta = requestCost[base + k + 1] - requestCost[base + old + 1]
        if old >= 0 {
            let line = d * types + old
            if hasLine[line] { delta += price(line, staffed[line] - 1) - price(line, staffed[line]) }
            staffed[line] -= 1
            shiftsWorked[p * types + old] -= 1
            minutesWorked[p] -= minutes[old]
        }
        if k >= 0 {
            let line = d * types + k
            if hasLine[line] { delta += price(line, staffed[line] + 1) - price(line, staffed[line]) }
            staffed[line] += 1
            shiftsWorked[p * types + k] += 1
            minutesWorked[p] += minutes[k]
        }
        cells[index] = Int8(k)
        return delta
    }

    /// What cover cell `line` costs with `count` people on it.
    private func price(_ line: Int, _ count: Int) -> Double {
        let short = requirement[line] - count
        return short > 0 ? Double(short) * underWeight[line] : Double(-short) * overWeight[line]
    }

    /// Puts back cells saved from this grid earlier, and their people on each line.
    mutating func restore(_ saved: [Int8]) {
        cells = saved
        recount()
    }

    /// Counts the people on each cover cell, and each person's shifts and minutes, from `cells`.
    private mutating func recount() {
        staffed = Array(repeating: 0, count: days * types)
        shiftsWorked = Array(repeating: 0, count: people * types)
        minutesWorked = Array(repeating: 0, count: people)
        for p in 0..<people {
            for d in 0..<days where cells[p * days + d] >= 0 {
                let k = Int(cells[p * days + d])
                staffed[d * types + k] += 1
                shiftsWorked[p * types + k] += 1
                minutesWorked[p] += minutes[k]
            }
        }
    }

    /// A shift type whose line on day `d` is short of people and pays for one more, looking
    /// from type `first` on; `nil` when none is.
    func shortLine(on d: Int, startingAt first: Int) -> Int? {
        for offset in 0..<types {
            let t = (first + offset) % types, line = d * types + t
            if hasLine[line], underWeight[line] > 0, staffed[line] < requirement[line] { return t }
        }
        return nil
    }

    /// Whether the line of type t on day d has more people than it requires (or has no line).
    func isOverstaffed(_ d: Int, _ t: Int) -> Bool {
        let line = d * types + t
        return !hasLine[line] || staffed[line] > requirement[line]
    }

    /// The whole objective of the grid: requests plus cover.
    var objective: Double {
        var total = 0.0
        for index in cells.indices { total += requestCost[index * (types + 1) + Int(cells[index]) + 1] }
        for line in staffed.indices where hasLine[line] { total += price(line, staffed[line]) }
        return total
    }

    /// Whether person p's row keeps every hard rule: shifts only where allowed, the per-type
    /// maxima, minutes within the contract, no forbidden succession, runs of work no longer
    /// than the maximum and runs of work and rest no shorter than the minima unless they touch
    /// the first or last day, and at most the maximum weekends worked.
    func isValid(_ p: Int) -> Bool {
        // The counts first: they reject many changes without a pass over the row.
        guard minutesWorked[p] >= minMinutes[p], minutesWorked[p] <= maxMinutes[p] else { return false }
        for t in 0..<types where shiftsWorked[p * types + t] > caps[p * types + t] { return false }
        let row = p * days
        var weekends = 0, lastWeekend = -1
        var run = 0, rest = 0, runFromStart = true, restFromStart = true
        var previous = -1
        for d in 0..<days {
            let k = Int(cells[row + d])
            if k >= 0 {
                guard allowed[(row + d) * types + k] else { return false }
                if previous >= 0 {
                    if forbidden[previous * types + k] { return false }
                } else {
                    if rest > 0, !restFromStart, rest < minRest[p] { return false }
                    rest = 0
                    runFromStart = d == 0
                }
                run += 1
                if run > maxRun[p] { return false }
                let weekend = weekendOf[d]
                if weekend >= 0, weekend != lastWeekend {
                    weekends += 1
                    lastWeekend = weekend
                }
            } else {
                if previous >= 0 {
                    if !runFromStart, run < minRun[p] { return false }
                    run = 0
                    restFromStart = false
                } else if d == 0 {
                    restFromStart = true
                }
                rest += 1
            }
            previous = k
        }
        // Runs and rests that reach the last day are exempt from the minima: only the weekends are left.
        return weekends <= maxWeekends[p]
    }

    /// The grid as assignments, in the order the solver sorts rosters.
    var roster: [ShiftAssignment] {
        var assignments: [ShiftAssignment] = []
        for p in 0..<people {
            for d in 0..<days where cells[p * days + d] >= 0 {
                assignments.append(ShiftAssignment(day: d, worker: workerIDs[p], shift: shiftIDs[Int(cells[p * days + d])]))
            }
        }
        return assignments.sorted()
    }
}
