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
struct PatternLabelling {
    /// A partial pattern: its cost, what it has used, and how it continues the one before.
    private struct Label {
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
    private struct State {
        /// Shift type index of the last day, −1 when it was off.
        var last: Int8
        /// Days in the current run of work, or of rest (capped at the minimum rest).
        var stretch: UInt8
        /// Whether the current run or rest began on day 0 (the edge exemption).
        var fromStart: Bool
        var minutes: Int32
        /// The fields packed in one integer (a faster dictionary key than the struct).
        var key: Int { Int(last + 1) | Int(stretch) << 6 | (fromStart ? 1 << 14 : 0) | Int(minutes) << 15 }
    }

    enum Outcome {
        /// The cheapest pattern, as (day, shift type index), and its cost.
        case cheapest(pattern: [(day: Int, shift: Int)], cost: Double)
        /// The person has no valid pattern at all.
        case infeasible
        /// More labels than ``labelLimit`` on some day: the caller must price another way.
        case tooLarge
    }

    /// Most labels kept on one day.
    static let labelLimit = 60_000

    private let days: Int
    private let shiftMinutes: [Int]
    /// The most shifts of each type, or `nil` where the cap cannot bind.
    private let caps: [Int?]
    /// `forbidden[a][b]`: shift b may not be worked the day after shift a.
    private let forbidden: [[Bool]]
    /// Shift types the person may work on each day.
    private let workable: [[Int]]
    private let minMinutes: Int, maxMinutes: Int
    private let maxRun: Int, minRun: Int, minRest: Int
    /// The most weekends, or `nil` where the cap cannot bind.
    private let weekendCap: Int?

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
        forbidden = types.map { first in types.map { first.forbiddenNext.contains($0.id) } }
        minMinutes = contract.minMinutes
        maxMinutes = contract.maxMinutes
        maxRun = contract.maxConsecutiveShifts
        minRun = contract.minConsecutiveShifts
        minRest = max(1, contract.minConsecutiveDaysOff)
        let weekends = instance.weekends.filter { $0.contains { !workable[$0].isEmpty } }.count
        weekendCap = contract.maxWeekends < weekends ? contract.maxWeekends : nil
    }

    /// The cheapest pattern when working shift t on day d costs `cost[d][t]` (a day off costs 0),
    /// where an infinite cost bans that shift on that day and the days in `mustWork` may not be
    /// off (the decisions of a branch-and-price node).
    func cheapest(cost: [[Double]], mustWork: Set<Int> = []) -> Outcome {
        guard shiftMinutes.count <= 32, maxRun < 255, minRest < 255 else { return .tooLarge }
        // The labels kept on each day; a label's parent indexes the day before's.
        var labels: [[Label]] = []
        var previous = [Label(cost: 0, counts: .zero, weekends: 0, parent: -1, shift: -1)]
        var previousStates = [State(last: -1, stretch: 0, fromStart: true, minutes: 0)]
        for d in 0..<days {
            var current: [Label] = [], currentStates: [State] = []
            // Indices of the labels not dominated, one slot per state in order of appearance.
            var slotOfState: [Int: Int] = [:]
            var slots: [[Int]] = []
            func offer(_ label: Label, _ state: State) {
                let slot = slotOfState[state.key] ?? {
                    slotOfState[state.key] = slots.count
                    slots.append([])
                    return slots.count - 1
                }()
                for index in slots[slot] where Self.dominates(current[index], label) { return }
                slots[slot].removeAll { Self.dominates(label, current[$0]) }
                slots[slot].append(current.count)
                current.append(label)
                currentStates.append(state)
            }
            for (index, (label, state)) in zip(previous, previousStates).enumerated() {
                let parent = Int32(index)
                // A day off.
                if state.last >= 0 {
                    if !mustWork.contains(d), state.fromStart || Int(state.stretch) >= minRun {
                        offer(Label(cost: label.cost, counts: label.counts, weekends: label.weekends, parent: parent, shift: -1),
                              State(last: -1, stretch: 1, fromStart: false, minutes: state.minutes))
                    }
                } else if !mustWork.contains(d) {
                    offer(Label(cost: label.cost, counts: label.counts, weekends: label.weekends, parent: parent, shift: -1),
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
                    offer(Label(cost: label.cost + cost[d][t], counts: counts, weekends: weekends, parent: parent, shift: Int8(t)),
                          State(last: Int8(t), stretch: continuing ? state.stretch + 1 : 1,
                                fromStart: continuing ? state.fromStart : d == 0, minutes: Int32(minutes)))
                }
            }
            // Only the labels not dominated go on, in a fixed order (the result must not depend on hashing).
            let survivors = slots.joined().sorted()
            guard survivors.count <= Self.labelLimit else { return .tooLarge }
            previous = survivors.map { current[$0] }
            previousStates = survivors.map { currentStates[$0] }
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

    private static func dominates(_ a: Label, _ b: Label) -> Bool {
        a.cost <= b.cost + 1e-9 && a.weekends <= b.weekends && all(a.counts .<= b.counts)
    }
}
