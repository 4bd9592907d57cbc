import DutyCore
import DutyModelParts
import DutyShiftRostering

/// One person's cheapest pattern by dynamic programming over the days (a shortest path with
/// resources): a label is a partial pattern up to a day, and a label is dropped when another
/// with the same future — same last shift, same length of the current run of work or rest,
/// same minutes — costs no more and has used no more of any capped shift type or of the
/// weekends. On the Curtois instances it prices a person in milliseconds where GLPK's MIP of
/// the same rules took up to half a second (Instance9), which is what column generation
/// spends its time on. It knows the same rules as ``ShiftModel`` but shares no code with it:
/// ``PatternPricing`` falls back to the model when the labels grow too many, and the tests
/// check that both find patterns of the same cost.
///
/// Two exact reductions keep the labels few on long horizons: shift types after which the
/// same types are forbidden are one "last shift" (Instance22's ten types are four), and a
/// label that could not reach the minimum minutes even working every day the runs and rests
/// allow from then on is dropped (Instance22 must work 232–234 of 364 days, so only a narrow
/// band of minutes survives each day). Where they still grow too many, a cap on the labels
/// kept per state gives a good pattern, valid but not necessarily the cheapest, for
/// ``BestResponse``'s construction.
struct PatternLabelling {
    /// A partial pattern: its cost, what it has used, and how it continues the one before.
    struct Label {
        var cost: Double
        /// Shifts worked of each capped type (uncapped types are not counted, so that more labels compare).
        var counts: SIMD32<UInt8>
        var weekends: UInt8
        /// Index of the label it extends, in the previous day's labels (−1: none).
        var parent: Int32
        /// Shift type index worked on its day, or −1 for a day off.
        var shift: Int8
    }

    /// What decides a label's future, apart from what it has used.
    struct State {
        /// Shift type index of the last day, −1 when it was off; of the first type with the same
        /// forbidden successors (``lastGroup``), since only those decide the future.
        var last: Int8
        /// Days in the current run of work, or of rest (capped at the minimum rest).
        var stretch: UInt8
        /// Whether the current run or rest began on day 0 (the edge exemption).
        var fromStart: Bool
        var minutes: Int32
        /// The fields packed in one integer (a faster dictionary key than the struct), the
        /// minutes counted in steps of `minutesStep`.
        func key(minutesStep: Int32) -> Int { Int(last + 1) | Int(stretch) << 6 | (fromStart ? 1 << 14 : 0) | Int(minutes / minutesStep) << 15 }
    }

    enum Outcome {
        /// The cheapest pattern, as (day, shift type index), and its cost.
        case cheapest(pattern: [(day: Int, shift: Int)], cost: Double)
        /// The person has no valid pattern at all.
        case infeasible
        /// More labels than the limit on some day: the caller must price another way.
        case tooLarge
    }

    /// Most labels kept on one day, by default.
    static let labelLimit = 60_000

    let days: Int
    /// Per shift type, the first type with the same forbidden successors.
    private let lastGroup: [Int8]
    /// Per day, the most minutes the person could work from that day on (an upper bound).
    let mostMinutesFrom: [Int]
    let shiftMinutes: [Int]
    /// The most shifts of each type, or `nil` where the cap cannot bind.
    let caps: [Int?]
    /// `forbidden[a][b]`: shift b may not be worked the day after shift a.
    let forbidden: [[Bool]]
    /// Shift types the person may work on each day.
    let workable: [[Int]]
    let minMinutes: Int, maxMinutes: Int
    let maxRun: Int, minRun: Int, minRest: Int
    /// The most weekends, or `nil` where the cap cannot bind.
    let weekendCap: Int?
    /// Per day, the share of the cover's minutes required up to and including it, counting the
    /// days the person may work (an even share per day without cover): the pace at which
    /// ``greedy(cost:pacing:pace:)`` spends their minutes by ``GreedyPacing/byCover``.
    let coverShare: [Double]
    /// Per day, the same share counting the weekend days' cover alone: the pace at which
    /// ``greedy(cost:pacing:pace:)`` spends the weekends allowed by ``GreedyPacing/byCover``
    /// (on Instance24 the weekends' cover doubles through the year, and the people allowed
    /// them are fewer than the cover on its last weekends).
    let weekendCoverShare: [Double]
    /// This person's offset in [0, 1) for rounding their share of the weekends, spread over the
    /// people by the golden ratio: each person is allowed ⌊cap × share + offset⌋ weekends by
    /// a day, so that together they work about their caps' share of each weekend's cover,
    /// where one rounding for all let everyone work the first weekends.
    let weekendOffset: Double

    init(_ instance: ShiftProblem, worker: ShiftProblem.Worker) {
        let contract = worker.contract
        let types = instance.shiftTypes
        days = instance.days
        shiftMinutes = types.map(\.minutes)
        let workable = (0..<instance.days).map { d in
            worker.daysOff.contains(d) ? [] : types.indices.filter { contract.allows(types[$0].id) }
        }
        self.workable = workable
        let workableDays = workable.filter { !$0.isEmpty }.count
        caps = types.map { type in
            let cap = contract.maxShifts[type.id] ?? 0
            return cap < workableDays ? cap : nil
        }
        let forbidden = types.map { first in types.map { first.forbiddenNext.contains($0.id) } }
        self.forbidden = forbidden
        lastGroup = forbidden.indices.map { t in Int8(forbidden.firstIndex(of: forbidden[t])!) }
        minMinutes = contract.minMinutes
        maxMinutes = contract.maxMinutes
        maxRun = contract.maxConsecutiveShifts
        minRun = contract.minConsecutiveShifts
        minRest = max(1, contract.minConsecutiveDaysOff)
        let weekends = instance.weekends.filter { $0.contains { !workable[$0].isEmpty } }.count
        weekendCap = contract.maxWeekends < weekends ? contract.maxWeekends : nil
        let longest = workable.joined().map { types[$0].minutes }.max() ?? 0
        coverShare = Self.cumulativeShare(of: instance, workable: workable) { _ in true }
        weekendCoverShare = Self.cumulativeShare(of: instance, workable: workable) { $0 % 7 >= 5 }
        let position = instance.workers.firstIndex { $0.id == worker.id } ?? 0
        weekendOffset = (Double(position) * 0.618_033_988_749_895).truncatingRemainder(dividingBy: 1)
        mostMinutesFrom = Self.mostWorkDays(workable: workable, maxRun: max(1, maxRun), minRest: minRest).map { $0 * longest }
    }

    /// Per day, the share of the cover minutes required on it and the days before, of the
    /// days with a shift in `workable` that `counts`.
    private static func cumulativeShare(of instance: ShiftProblem, workable: [[Int]], counting counts: (Int) -> Bool) -> [Double] {
        let minutes = Dictionary(uniqueKeysWithValues: instance.shiftTypes.map { ($0.id, $0.minutes) })
        var perDay = Array(repeating: 0.0, count: instance.days)
        for line in instance.cover where (0..<instance.days).contains(line.day) && !workable[line.day].isEmpty && counts(line.day) {
            perDay[line.day] += Double(line.requirement * (minutes[line.shift] ?? 0))
        }
        let total = perDay.reduce(0, +)
        guard total > 0 else { return (0..<instance.days).map { Double($0 + 1) / Double(instance.days) } }
        var sum = 0.0
        return perDay.map { sum += $0; return sum / total }
    }

    /// Per day d (and one past the last), the most days workable in d..<days when runs last at
    /// most `maxRun` days and rests at least `minRest`, ignoring every other rule: an upper
    /// bound, so a label that falls short of the minimum minutes with it is safely dropped.
    private static func mostWorkDays(workable: [[Int]], maxRun: Int, minRest: Int) -> [Int] {
        let days = workable.count
        var most = Array(repeating: 0, count: days + 1)
        for d in stride(from: days - 1, through: 0, by: -1) {
            most[d] = most[d + 1]
            var run = 0
            while run < maxRun, d + run < days, !workable[d + run].isEmpty {
                run += 1
                let next = d + run == days ? days : min(days, d + run + minRest)
                most[d] = max(most[d], run + most[next])
            }
        }
        return most
    }

    /// The cheapest pattern when working shift t on day d costs `cost[d][t]` (a day off costs 0),
    /// where an infinite cost bans that shift on that day and the days in `mustWork` may not be
    /// off (the decisions of a branch-and-price node). With `perState`, at most that many
    /// labels, the cheapest, are kept per state, and states whose minutes fall in the same
    /// step of `minutesStep` count as one: the pattern is then valid (each label keeps its own
    /// minutes) but may not be the cheapest, and `.infeasible` proves nothing.
    func cheapest(cost: [[Double]], mustWork: Set<Int> = [], perState: Int? = nil, minutesStep: Int = 1, labelLimit: Int = Self.labelLimit) -> Outcome {
        guard shiftMinutes.count <= 32, maxRun < 255, minRest < 255 else { return .tooLarge }
        let minutesStep = Int32(perState == nil ? 1 : max(1, minutesStep))
        // The labels kept on each day; a label's parent indexes the day before's.
        var labels: [[Label]] = []
        var previous = [Label(cost: 0, counts: .zero, weekends: 0, parent: -1, shift: -1)]
        var previousStates = [State(last: -1, stretch: 0, fromStart: true, minutes: 0)]
        var current = DayLabels(perState: perState, minutesStep: minutesStep)
        for d in 0..<days {
            current.removeAll(minutesFloor: Int32(minMinutes - mostMinutesFrom[d + 1]))
            for (index, (label, state)) in zip(previous, previousStates).enumerated() {
                let parent = Int32(index)
                // A day off.
                if state.last >= 0 {
                    if !mustWork.contains(d), state.fromStart || Int(state.stretch) >= minRun {
                        current.offer(Label(cost: label.cost, counts: label.counts, weekends: label.weekends, parent: parent, shift: -1),
                                      State(last: -1, stretch: 1, fromStart: false, minutes: state.minutes))
                    }
                } else if !mustWork.contains(d) {
                    current.offer(Label(cost: label.cost, counts: label.counts, weekends: label.weekends, parent: parent, shift: -1),
                                  State(last: -1, stretch: UInt8(min(Int(state.stretch) + 1, minRest)), fromStart: state.fromStart, minutes: state.minutes))
                }
                // A shift.
                let continuing = state.last >= 0
                if continuing ? Int(state.stretch) >= maxRun : !(state.fromStart || Int(state.stretch) >= minRest) { continue }
                for t in workable[d] where cost[d][t].isFinite {
                    if continuing, forbidden[Int(state.last)][t] { continue }
                    let minutes = Int(state.minutes) + shiftMinutes[t]
                    guard minutes <= maxMinutes else { continue }
                    var counts = label.counts
                    if let cap = caps[t] {
                        guard Int(counts[t]) < cap else { continue }
                        counts[t] += 1
                    }
                    var weekends = label.weekends
                    if let weekendCap, d % 7 == 5 || (d % 7 == 6 && !continuing) {
                        guard Int(weekends) < weekendCap else { continue }
                        weekends += 1
                    }
                    current.offer(Label(cost: label.cost + cost[d][t], counts: counts, weekends: weekends, parent: parent, shift: Int8(t)),
                                  State(last: lastGroup[t], stretch: continuing ? state.stretch + 1 : 1,
                                        fromStart: continuing ? state.fromStart : d == 0, minutes: Int32(minutes)))
                }
            }
            // Only the labels not dominated go on, in the order they were offered (the result
            // must not depend on hashing).
            let survivors = current.survivors
            guard survivors.count <= labelLimit else { return .tooLarge }
            previous = survivors.map { current.labels[$0] }
            previousStates = survivors.map { current.states[$0] }
            labels.append(previous)
        }
        var best: Int?
        for (index, (label, state)) in zip(previous, previousStates).enumerated()
            where Int(state.minutes) >= minMinutes && label.cost < (best.map { previous[$0].cost } ?? .infinity) {
            best = index
        }
        guard var index = best else { return .infeasible }
        let total = previous[index].cost
        var pattern: [(day: Int, shift: Int)] = []
        for d in stride(from: days - 1, through: 0, by: -1) {
            let label = labels[d][index]
            if label.shift >= 0 { pattern.append((d, Int(label.shift))) }
            index = Int(label.parent)
        }
        return .cheapest(pattern: pattern.reversed(), cost: total)
    }

    @inline(__always) static func dominates(_ a: Label, _ b: Label) -> Bool {
        a.cost <= b.cost + 1e-9 && a.weekends <= b.weekends && all(a.counts .<= b.counts)
    }
}
