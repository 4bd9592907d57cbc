import DutyShiftRostering

/// A general roster as a grid of cells, one per person and day, holding the shift type index
/// worked or −1 for a day off, with the people on each cover line kept up to date: what
/// ``AnnealingSearch`` changes a few cells of at a time, millions of times a second. A change
/// is priced exactly from the cells alone (requests are per cell, cover per line), and a
/// person's hard rules are checked by one pass over their row. The rules here are written
/// out again, apart from ``PatternLabelling`` and ``ShiftModel``, on purpose: the grid must
/// be fast, and the roster it gives back is checked against the model all the same. After a
/// change to a row that kept its rules, only the days around the change are scanned again:
/// on a year-long instance the rest of the row is hundreds of days that cannot have broken.
struct RosterGrid {
    let people: Int, days: Int, types: Int
    /// `cells[p * days + d]`: the shift type index worked, −1 off.
    private(set) var cells: [Int8]
    /// What the requests of person p on day d cost when the cell holds k (index k + 1, 0 off).
    /// In single precision, which holds sums of integer weights exactly up to 2²⁴: half the
    /// memory of doubles, and the cache misses on this table (7 MB on Instance24, as doubles
    /// 14 MB) were a quarter of each change's time there.
    private let requestCost: [Float]
    /// Per cover cell `d * types + t`: people required, and the weights per person under and over
    /// (lines of the same day and shift add up; a cell without a line costs nothing).
    private let requirement: [Int], underWeight: [Double], overWeight: [Double]
    private let hasLine: [Bool]
    /// People per cover cell in `cells`.
    private(set) var staffed: [Int]
    /// Per person, shifts worked of each type (`shiftsWorked[p * types + t]`), minutes worked,
    /// days worked of each weekend (`weekendDaysWorked[p * weekendCount + w]`) and weekends
    /// worked, kept up to date by ``set(_:_:to:)``: ``isValid(_:around:)`` checks the maxima,
    /// the minutes and the weekends from them instead of counting the row again at every change.
    private var shiftsWorked: [Int], minutesWorked: [Int], weekendDaysWorked: [Int], weekendsWorked: [Int]
    private let weekendCount: Int
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
        var requestCost = Array(repeating: Float(0), count: people * days * (types + 1))
        for request in instance.requests {
            guard let p = personIndex[request.worker], let t = shiftIndex[request.shift], (0..<days).contains(request.day) else { continue }
            let base = (p * days + request.day) * (types + 1)
            for k in 0...types where (k - 1 == t) == (request.kind == .off) { requestCost[base + k] += Float(request.weight) }
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
        weekendCount = instance.weekends.count
        cells = Array(repeating: -1, count: people * days)
        for assignment in roster {
            guard let p = personIndex[assignment.worker], let t = shiftIndex[assignment.shift], (0..<days).contains(assignment.day) else { continue }
            cells[p * days + assignment.day] = Int8(t)
        }
        (staffed, shiftsWorked, minutesWorked, weekendDaysWorked, weekendsWorked) = ([], [], [], [], [])
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
        var delta = Double(requestCost[base + k + 1] - requestCost[base + old + 1])
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
        if weekendOf[d] >= 0, (old >= 0) != (k >= 0) { countWeekendDay(p, weekendOf[d], worked: k >= 0) }
        cells[index] = Int8(k)
        return delta
    }

    /// Counts a day of weekend w as worked by person p, or no longer worked, and the weekend
    /// as worked while any of its days is.
    private mutating func countWeekendDay(_ p: Int, _ w: Int, worked: Bool) {
        let index = p * weekendCount + w
        if worked {
            weekendDaysWorked[index] += 1
            if weekendDaysWorked[index] == 1 { weekendsWorked[p] += 1 }
        } else {
            weekendDaysWorked[index] -= 1
            if weekendDaysWorked[index] == 0 { weekendsWorked[p] -= 1 }
        }
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

    /// Counts the people on each cover cell, and each person's shifts, minutes and weekends, from `cells`.
    private mutating func recount() {
        staffed = Array(repeating: 0, count: days * types)
        shiftsWorked = Array(repeating: 0, count: people * types)
        minutesWorked = Array(repeating: 0, count: people)
        weekendDaysWorked = Array(repeating: 0, count: people * weekendCount)
        weekendsWorked = Array(repeating: 0, count: people)
        for p in 0..<people {
            for d in 0..<days where cells[p * days + d] >= 0 {
                let k = Int(cells[p * days + d])
                staffed[d * types + k] += 1
                shiftsWorked[p * types + k] += 1
                minutesWorked[p] += minutes[k]
                if weekendOf[d] >= 0 { countWeekendDay(p, weekendOf[d], worked: true) }
            }
        }
    }

    /// A shift type whose line on day `d` is short of people and pays for one more, looking
    /// from type `first` on; `nil` when none is.
    func shortLine(on d: Int, startingAt first: Int) -> Int? {
        // Wrapped by a comparison rather than `%` (a division at every type).
        var t = first
        for _ in 0..<types {
            let line = d * types + t
            if hasLine[line], underWeight[line] > 0, staffed[line] < requirement[line] { return t }
            t += 1
            if t == types { t = 0 }
        }
        return nil
    }

    /// Whether person p, off on day d, may work it without working more weekends than allowed:
    /// d is a weekday, or its weekend is worked already, or the person has weekends to spare.
    func mayWorkWeekendDay(_ p: Int, _ d: Int) -> Bool {
        let w = weekendOf[d]
        return w < 0 || weekendDaysWorked[p * weekendCount + w] > 0 || weekendsWorked[p] < maxWeekends[p]
    }

    /// Whether person p's minutes stay within their contract's most with their cell on day d
    /// set to type t (−1: off).
    func staysWithinMostMinutes(_ p: Int, _ d: Int, _ t: Int) -> Bool {
        var worked = minutesWorked[p]
        let old = cell(p, d)
        if old >= 0 { worked -= minutes[old] }
        if t >= 0 { worked += minutes[t] }
        return worked <= maxMinutes[p]
    }

    /// Whether the line of type t on day d has more people than it requires (or has no line).
    func isOverstaffed(_ d: Int, _ t: Int) -> Bool {
        let line = d * types + t
        return !hasLine[line] || staffed[line] > requirement[line]
    }

    /// The whole objective of the grid: requests plus cover.
    var objective: Double {
        var total = 0.0
        for index in cells.indices { total += Double(requestCost[index * (types + 1) + Int(cells[index]) + 1]) }
        for line in staffed.indices where hasLine[line] { total += price(line, staffed[line]) }
        return total
    }

    /// Whether person p's row keeps every hard rule: shifts only where allowed, the per-type
    /// maxima, minutes within the contract, no forbidden succession, runs of work no longer
    /// than the maximum and runs of work and rest no shorter than the minima unless they touch
    /// the first or last day, and at most the maximum weekends worked.
    func isValid(_ p: Int) -> Bool { isValid(p, around: 0...max(0, days - 1)) }

    /// Whether person p's row keeps every hard rule, when it kept them before its cells on the
    /// days `changed` were changed: the counts are checked whole, the row only from a margin
    /// before the change to a margin after it. The margin is one day longer than the longest
    /// run or rest any rule of p's counts, so a run or rest cut off at the margin either does not
    /// reach the change (and is as it was) or is long enough for its minimum, and one reaching
    /// over a margin into the change is already longer than its maximum within the window.
    func isValid(_ p: Int, around changed: ClosedRange<Int>) -> Bool {
        // The counts first: they reject many changes without a pass over the row.
        guard minutesWorked[p] >= minMinutes[p], minutesWorked[p] <= maxMinutes[p], weekendsWorked[p] <= maxWeekends[p] else { return false }
        for t in 0..<types where shiftsWorked[p * types + t] > caps[p * types + t] { return false }
        let margin = max(maxRun[p], minRun[p], minRest[p]) + 1
        let first = max(0, changed.lowerBound - margin), last = min(days - 1, changed.upperBound + margin)
        guard first <= last else { return true }
        let row = p * days
        // A run or rest that starts on the window's first day is taken as starting the row: it
        // is exempt from the minima, like one that reaches the window's last day.
        var run = 0, rest = 0, runFromStart = true, restFromStart = true
        var previous = -1
        for d in first...last {
            let k = Int(cells[row + d])
            if k >= 0 {
                guard allowed[(row + d) * types + k] else { return false }
                if previous >= 0 {
                    if forbidden[previous * types + k] { return false }
                } else {
                    if rest > 0, !restFromStart, rest < minRest[p] { return false }
                    rest = 0
                    runFromStart = d == first
                }
                run += 1
                if run > maxRun[p] { return false }
            } else {
                if previous >= 0 {
                    if !runFromStart, run < minRun[p] { return false }
                    run = 0
                    restFromStart = false
                } else if d == first {
                    restFromStart = true
                }
                rest += 1
            }
            previous = k
        }
        return true
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
