import DutyCore
import DutyShiftRostering
import Foundation
import Logging

/// Simulated annealing on a ``RosterGrid``: small changes of a cell or a few, priced exactly
/// and kept when they pay, or, while the temperature is high, sometimes when they cost, so
/// that the search leaves the rosters where every single person's best response is already
/// taken (``BestResponse``'s end). Four kinds of change, drawn at random:
/// - a person's cell on a day set to another shift or to a day off;
/// - two people exchanging their cells over a few consecutive days (cover stays as it is:
///   it moves requests and makes room for the changes that follow);
/// - a person's cells on two days near each other exchanged (a shift moved to another day);
/// - a short cover line staffed by someone able to work it (and, off that day, with a
///   weekend to spare for it when it is a weekend day), who gives up a shift on a nearby
///   day when they had that day off (minutes stay about the same).
/// A change is undone when it breaks a hard rule of someone it touched (checked on the days
/// around it: every row kept its rules before). The temperature falls geometrically over
/// cycles of a number of changes sized from the instance, each cycle starting again from the
/// best roster; every decision comes from a seeded generator and counts of changes, the clock
/// only stops the search.
struct AnnealingSearch {
    private var grid: RosterGrid
    /// The best cells found and their objective.
    private var best: [Int8]
    private(set) var objective: Double
    private var random: SplitMix64

    /// Temperature at the end of a cycle, in points of the objective: a change that costs one
    /// point is almost never taken. Where a cycle starts is the pace's (``Pace/hottest``).
    static let coldest = 0.05
    /// Most consecutive days two people exchange, and the farthest day a shift moves to.
    static let longestExchange = 7, farthestMove = 7

    /// How long the cycles are.
    enum Pace {
        /// ``quickChangesPerCell`` changes per cell of the grid (at least 10 000).
        case quick
        /// ``slowChangesPerCell`` changes per cell, but no more than ``longestSlowCycle``
        /// changes unless a quick cycle has more, and hotter: on Instance13 (3360 cells) quick
        /// cycles restart from the best roster every 0.04 s, too soon for the walk over rosters of
        /// equal objective that gathers the minutes a short line needs. Cycles of 3000 changes
        /// a cell from 5 points, about 3 s there, did better than 400 from 1.5 on Instances 8,
        /// 13–15, 18–20 and 22–24 at 20 s, 21 a little worse; 6000 from 8 was better on 8 and
        /// 19–23, worse on 14, 15, 18 and 24, all of them within 1.5 (2 from Instance20 on) of
        /// the best known, and on 13 within the noise of a run over eight seeds
        /// (benchmarks/README.md).
        case slow

        /// Temperature at the start of a cycle: a change that costs one point is taken about
        /// every other time at the start of a quick cycle, about seven times in eight at the
        /// start of a slow one, whose long cooling has the changes to come down from there.
        var hottest: Double {
            switch self {
            case .quick: 1.5
            case .slow: 8
            }
        }

        /// Whether an exchange between two people is dropped before it is made when either may
        /// not work the other's shift on one of its days. Not in quick cycles, which are as they
        /// were measured: they also give column generation its start, to which Instance12's
        /// dive, on the edge of its deadline at 20 s, is sensitive (6139 and 6148 at 20 s from
        /// the start of screened quick cycles, seeds 1 and 2, against 4040 proven and 4041).
        var screensExchanges: Bool { self == .slow }
    }

    static let quickChangesPerCell = 40, slowChangesPerCell = 6000, longestSlowCycle = 20_000_000

    /// Changes in a cycle over a grid of `cells` cells at `pace`.
    static func changes(perCycleOf cells: Int, pace: Pace) -> Int {
        let quick = max(10_000, quickChangesPerCell * cells)
        switch pace {
        case .quick: return quick
        case .slow: return max(quick, min(slowChangesPerCell * cells, longestSlowCycle))
        }
    }

    /// The pace of this search's cycles.
    let pace: Pace

    init(_ instance: ShiftProblem, from roster: [ShiftAssignment], seed: UInt64, pace: Pace) {
        self.pace = pace
        grid = RosterGrid(instance, roster: roster)
        best = grid.cells
        objective = grid.objective
        random = SplitMix64(seed: seed)
    }

    /// The best roster found.
    var roster: [ShiftAssignment] {
        var bestGrid = grid
        bestGrid.restore(best)
        return bestGrid.roster
    }

    /// Anneals until `deadline` (seconds since `clock` started) or until the objective reaches
    /// `lowest` (the least a proven bound allows).
    mutating func run(cycles maxCycles: Int?, until deadline: Double, clock: TimeBudget, stoppingAt lowest: Double?,
                      givingUpAfterFruitlessCycle givingUp: Bool, logger: Logger?) {
        guard grid.people > 0, grid.days > 0, grid.types > 0, (0..<grid.people).allSatisfy(grid.isValid) else { return }
        let cycle = Self.changes(perCycleOf: grid.people * grid.days, pace: pace)
        let cooling = pow(Self.coldest / pace.hottest, 1 / Double(cycle))
        var current = objective
        var bestIsCurrent = true
        // The changes kept since the grid left its best roster, while `best` is not yet a copy of
        // it: the way back, instead of a copy of the whole grid each time a cost is taken (a
        // tenth of the annealing's time on Instance23); a copy after all once the way back is
        // longer than the grid.
        var wayBack: [Change] = [], tracingWayBack = false
        var changes: [Change] = []
        var touched: [Int] = []
        var cycles = 0
        while objective > (lowest ?? -.infinity) + 1e-6, cycles < (maxCycles ?? .max) {
            let before = objective
            var temperature = pace.hottest
            for step in 0..<cycle {
                if step & 1023 == 0, clock.elapsed >= deadline { break }
                temperature *= cooling
                // One element at a time: `removeAll(keepingCapacity:)` calls `memmove` (for
                // nothing left to move) at every change: Instance24's cycles 0.82 s against 0.85 s.
                while changes.popLast() != nil {}
                while touched.popLast() != nil {}
                let delta = propose(&changes, &touched)
                guard !changes.isEmpty else { continue }
                let accepted = delta <= 1e-9 || Double.random(in: 0..<1, using: &random) < exp(-delta / temperature)
                guard accepted, touched.allSatisfy({ keepsRules($0, changes) }) else {
                    undo(changes)
                    continue
                }
                if delta > 1e-9, bestIsCurrent {
                    // Leaving the best roster.
                    wayBack.removeAll(keepingCapacity: true)
                    tracingWayBack = true
                    bestIsCurrent = false
                }
                if tracingWayBack {
                    wayBack += changes
                    if wayBack.count > grid.cells.count {
                        undo(wayBack)
                        best = grid.cells
                        redo(wayBack)
                        tracingWayBack = false
                    }
                }
                current += delta
                if current < objective - 1e-9 {
                    objective = current
                    bestIsCurrent = true
                    tracingWayBack = false
                    if objective <= (lowest ?? -.infinity) + 1e-6 { break }
                }
            }
            // Back to the cycle's best roster, the start of the next.
            if bestIsCurrent {
                best = grid.cells
            } else if tracingWayBack {
                undo(wayBack)
                best = grid.cells
            } else {
                grid.restore(best)
            }
            (current, bestIsCurrent, tracingWayBack) = (objective, true, false)
            cycles += 1
            logger?.trace("annealing: cycle \(cycles) of \(cycle) changes, best \(objective) after \(clock.elapsed) s")
            guard clock.elapsed < deadline, !(givingUp && objective >= before - 1e-9) else { break }
        }
    }

    /// One cell's change: person, day, and the cell before and after.
    private typealias Change = (p: Int, d: Int, old: Int, new: Int)

    /// Whether person p's row keeps its rules after `changes`, from the days around their changes.
    private func keepsRules(_ p: Int, _ changes: [Change]) -> Bool {
        var first = Int.max, last = Int.min
        for change in changes where change.p == p {
            first = min(first, change.d)
            last = max(last, change.d)
        }
        return first > last || grid.isValid(p, around: first...last)
    }

    private mutating func undo(_ changes: [Change]) {
        for change in changes.reversed() { _ = grid.set(change.p, change.d, to: change.old) }
    }

    private mutating func redo(_ changes: [Change]) {
        for change in changes { _ = grid.set(change.p, change.d, to: change.new) }
    }

    /// A day within ``farthestMove`` of `d` on which person q works a shift whose line has
    /// people to spare, looking outwards from `d`.
    private func overstaffedShift(of q: Int, near d: Int) -> Int? {
        for distance in 1...Self.farthestMove {
            // The day `distance` before and the one after, with no array made for them: this
            // runs on most fills of a short line.
            for e in stride(from: d - distance, through: d + distance, by: 2 * distance) where e >= 0 && e < grid.days {
                let s = grid.cell(q, e)
                if s >= 0, grid.isOverstaffed(e, s) { return e }
            }
        }
        return nil
    }

    /// Makes one random change to the grid, recording each cell's old value in `changes` and
    /// the people touched in `touched`.
    /// - Returns: what the objective changed by.
    private mutating func propose(_ changes: inout [Change], _ touched: inout [Int]) -> Double {
        let people = grid.people, days = grid.days
        var delta = 0.0
        func set(_ p: Int, _ d: Int, _ k: Int) {
            let old = grid.cell(p, d)
            guard old != k else { return }
            changes.append((p, d, old, k))
            delta += grid.set(p, d, to: k)
        }
        let p = Int.random(in: 0..<people, using: &random), d = Int.random(in: 0..<days, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            let options = grid.workable[p * days + d]
            let choice = Int.random(in: -1..<options.count, using: &random)
            set(p, d, choice < 0 ? -1 : Int(options[choice]))
            touched.append(p)
        case 1:
            guard people > 1 else { return 0 }
            var q = Int.random(in: 0..<(people - 1), using: &random)
            if q >= p { q += 1 }
            let length = Int.random(in: 1...Self.longestExchange, using: &random), end = min(days, d + length)
            // In slow cycles, cells either may not work where the other does are not exchanged:
            // most exchanges between people of different contracts end here, before any cell or
            // rule is touched (``Pace/screensExchanges``).
            for day in d..<end where pace.screensExchanges {
                let mine = grid.cell(p, day), theirs = grid.cell(q, day)
                guard mine == theirs || ((theirs < 0 || grid.mayWork(p, day, theirs)) && (mine < 0 || grid.mayWork(q, day, mine))) else { return 0 }
            }
            for day in d..<end {
                let mine = grid.cell(p, day), theirs = grid.cell(q, day)
                guard mine != theirs else { continue }
                set(p, day, theirs)
                set(q, day, mine)
            }
            touched.append(p)
            touched.append(q)
        case 2:
            let e = min(days - 1, max(0, d + Int.random(in: -Self.farthestMove...Self.farthestMove, using: &random)))
            let first = grid.cell(p, d), second = grid.cell(p, e)
            guard first != second else { return 0 }
            set(p, d, second)
            set(p, e, first)
            touched.append(p)
        default:
            guard let t = grid.shortLine(on: d, startingAt: Int.random(in: 0..<grid.types, using: &random)) else { return 0 }
            // Someone able to work the line, whose shift that day, or else a shift nearby that
            // they give up for it, is on a line with people to spare; anyone able otherwise.
            let first = Int.random(in: 0..<people, using: &random)
            var chosen: (q: Int, e: Int?)?
            // Failing anyone on a line with people to spare, the first with minutes to spare for
            // the line (on Instance13 the cover asks for more minutes than all may work, and
            // most able people have none to spare), then anyone able.
            var withMinutes: Int?, able: Int?
            // From `first` on, wrapped by a comparison rather than `%` (a division at every person).
            var next = first
            for _ in 0..<people {
                let q = next, s = grid.cell(q, d)
                next = q + 1 == people ? 0 : q + 1
                // Someone off that day who has no weekend to spare for it would break their
                // rule: passed over, so that the fill goes to someone who can take it (where
                // every weekend allowed is worked, as on Instance23, most were such people).
                guard grid.mayWork(q, d, t), s != t, s >= 0 || grid.mayWorkWeekendDay(q, d) else { continue }
                if s >= 0, grid.isOverstaffed(d, s) {
                    chosen = (q, nil)
                    break
                }
                if s < 0, let e = overstaffedShift(of: q, near: d) {
                    chosen = (q, e)
                    break
                }
                if withMinutes == nil, grid.staysWithinMostMinutes(q, d, t) { withMinutes = q }
                if able == nil { able = q }
            }
            if chosen == nil, let q = withMinutes ?? able { chosen = (q, nil) }
            guard let (q, e) = chosen else { return 0 }
            set(q, d, t)
            if let e { set(q, e, -1) }
            touched.append(q)
        }
        return delta
    }
}
