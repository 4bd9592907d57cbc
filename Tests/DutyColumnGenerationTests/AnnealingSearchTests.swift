import DutyCheck
@testable import DutyColumnGeneration
import DutyCore
import DutyShiftRostering
import DutyTesting
import Testing

/// The roster grid and the annealing on it, against the independent checker: the grid's
/// per-person rule check, of the whole row and of the days around a change, says what the
/// checker says on rosters with random cells changed, the prices of its changes add up to the
/// checker's objective, and annealing gives valid rosters that are never worse than where it
/// started, the same ones from the same seed.
@Suite struct AnnealingSearchTests {
    /// Each problem with a roster constructed for it.
    private static func started() throws -> [(problem: ShiftProblem, roster: [ShiftAssignment])] {
        try BestResponseTests.problems().map { problem in
            let roster = try #require(try BestResponse(problem).construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil), "\(problem.name)").roster
            return (problem, roster)
        }
    }

    @Test("the grid's rule check agrees with the checker's, person by person, on rosters with random cells changed")
    func ruleCheckMatchesChecker() throws {
        var random = SplitMix64(seed: 5)
        var valid = 0, invalid = 0
        for (problem, roster) in try Self.started() {
            var grid = RosterGrid(problem, roster: roster)
            let start = grid.cells
            for _ in 0..<60 {
                let p = Int.random(in: 0..<grid.people, using: &random)
                // Changes on days near each other, as annealing makes them, or anywhere in the row.
                let near = Bool.random(using: &random), centre = Int.random(in: 0..<grid.days, using: &random)
                var changed: [Int] = []
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let d = near ? min(grid.days - 1, max(0, centre + Int.random(in: -7...7, using: &random))) : Int.random(in: 0..<grid.days, using: &random)
                    _ = grid.set(p, d, to: Int.random(in: -1..<grid.types, using: &random))
                    changed.append(d)
                }
                let worker = problem.workers[p]
                let mine = grid.roster.filter { $0.worker == worker.id }
                let report = ShiftRosterChecker.check(mine, against: problem.neighbourhood(of: [worker.id], in: []))
                #expect(grid.isValid(p) == report.isValid, "\(problem.name) \(worker.id): checker \(report.violations.prefix(3))")
                // The start row kept its rules, so the days around the change decide alone.
                let around = try #require(changed.min())...(try #require(changed.max()))
                #expect(grid.isValid(p, around: around) == report.isValid, "\(problem.name) \(worker.id) around \(around)")
                if report.isValid { valid += 1 } else { invalid += 1 }
                grid.restore(start)
            }
        }
        // Both answers occur often: the comparison is not vacuous.
        #expect(valid > 50 && invalid > 50, "\(valid) valid and \(invalid) invalid rows")
    }

    @Test("someone off on a weekend day may take it, by the grid, exactly when working it keeps the checker's weekend rule")
    func weekendDaysToSpare() throws {
        var spare = 0, none = 0
        for (problem, roster) in try Self.started() {
            let grid = RosterGrid(problem, roster: roster)
            for (p, worker) in problem.workers.enumerated() {
                let mine = roster.filter { $0.worker == worker.id }
                let alone = problem.neighbourhood(of: [worker.id], in: [])
                for d in problem.weekends.joined() where grid.cell(p, d) < 0 {
                    let worked = mine + [ShiftAssignment(day: d, worker: worker.id, shift: problem.shiftTypes[0].id)]
                    let keeps = !ShiftRosterChecker.check(worked, against: alone).violations.contains { $0.rule == .maxWeekends }
                    #expect(grid.mayWorkWeekendDay(p, d) == keeps, "\(problem.name) \(worker.id) day \(d)")
                    if keeps { spare += 1 } else { none += 1 }
                }
            }
        }
        // Both answers occur: the comparison is not vacuous.
        #expect(spare > 0 && none > 0, "\(spare) with a weekend to spare, \(none) without")
    }

    @Test("a cell may change, by the grid's minutes, exactly when the changed row keeps the checker's most minutes")
    func minutesToSpare() throws {
        var random = SplitMix64(seed: 7)
        var within = 0, beyond = 0
        for (problem, roster) in try Self.started() {
            let grid = RosterGrid(problem, roster: roster)
            for (p, worker) in problem.workers.enumerated() {
                let alone = problem.neighbourhood(of: [worker.id], in: [])
                for _ in 0..<20 {
                    let d = Int.random(in: 0..<grid.days, using: &random), t = Int.random(in: -1..<grid.types, using: &random)
                    var changed = roster.filter { $0.worker == worker.id && $0.day != d }
                    if t >= 0 { changed.append(ShiftAssignment(day: d, worker: worker.id, shift: problem.shiftTypes[t].id)) }
                    let keeps = !ShiftRosterChecker.check(changed, against: alone).violations.contains { $0.rule == .maxTotalMinutes }
                    #expect(grid.staysWithinMostMinutes(p, d, t) == keeps, "\(problem.name) \(worker.id) day \(d) type \(t)")
                    if keeps { within += 1 } else { beyond += 1 }
                }
            }
        }
        // Both answers occur: the comparison is not vacuous.
        #expect(within > 0 && beyond > 0, "\(within) within the most minutes, \(beyond) beyond")
    }

    @Test("the prices of a grid's changes add up to what the checker's objective changes by")
    func pricesAddUp() throws {
        var random = SplitMix64(seed: 6)
        for (problem, roster) in try Self.started() {
            var grid = RosterGrid(problem, roster: roster)
            let first = ShiftRosterChecker.check(roster, against: problem).objective.total
            #expect(grid.objective == Double(first), "\(problem.name)")
            var total = 0.0
            for step in 1...300 {
                let p = Int.random(in: 0..<grid.people, using: &random), d = Int.random(in: 0..<grid.days, using: &random)
                total += grid.set(p, d, to: Int.random(in: -1..<grid.types, using: &random))
                guard step % 50 == 0 else { continue }
                let now = ShiftRosterChecker.check(grid.roster, against: problem).objective.total
                #expect(abs(Double(first) + total - Double(now)) < 1e-6, "\(problem.name) after \(step) changes")
                #expect(abs(grid.objective - Double(now)) < 1e-6, "\(problem.name) after \(step) changes")
            }
        }
    }

    @Test("annealing gives valid rosters, never worse than the start, its objective the checker's, the same from the same seed",
          arguments: [AnnealingSearch.Pace.quick, .slow])
    func annealingKeepsRules(pace: AnnealingSearch.Pace) throws {
        for (problem, roster) in try Self.started() {
            let start = ShiftRosterChecker.check(roster, against: problem).objective.total
            func anneal() -> (roster: [ShiftAssignment], objective: Double) {
                var search = AnnealingSearch(problem, from: roster, seed: 3, pace: pace)
                search.run(cycles: 2, until: 600, clock: TimeBudget(seconds: 600), stoppingAt: nil, givingUpAfterFruitlessCycle: false, logger: nil)
                return (search.roster, search.objective)
            }
            let first = anneal(), second = anneal()
            let report = ShiftRosterChecker.check(first.roster, against: problem)
            #expect(report.isValid, "\(problem.name): \(report.violations.prefix(3))")
            #expect(first.objective == Double(report.objective.total), "\(problem.name)")
            #expect(report.objective.total <= start, "\(problem.name)")
            #expect(first.roster == second.roster, "\(problem.name)")
        }
    }

    @Test("annealing gains on a constructed year-long ward")
    func annealingGains() throws {
        let problem = try BestResponseTests.year(seed: 4)
        let roster = try #require(try BestResponse(problem).construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil)).roster
        let start = ShiftRosterChecker.check(roster, against: problem).objective.total
        var search = AnnealingSearch(problem, from: roster, seed: 1, pace: .quick)
        search.run(cycles: 1, until: 600, clock: TimeBudget(seconds: 600), stoppingAt: nil, givingUpAfterFruitlessCycle: false, logger: nil)
        let report = ShiftRosterChecker.check(search.roster, against: problem)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(report.objective.total < start, "\(report.objective.total) against \(start) constructed")
    }

    @Test("a year-long ward, priced inexactly, is searched without a whole model: a valid roster no worse than construction, no bound")
    func yearWithoutModel() throws {
        let problem = try BestResponseTests.year(seed: 5)
        let construction = try #require(try BestResponse(problem).construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil))
        #expect(ShiftSolver.searchesWithoutModel(inexact: construction.inexact, of: problem.workers.count, timeLimit: 30))
        // Long enough for a debug build on a loaded machine to construct the year (an optimised
        // build takes a fraction of a second).
        let result = try ShiftSolver.solve(problem, options: ShiftSolveOptions(timeLimit: 30))
        let report = ShiftRosterChecker.check(result.roster, against: problem)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(result.objective == Double(report.objective.total))
        // No better than construction is asserted of a timed search (a loaded machine may leave it
        // no time): ``annealingGains()`` shows the gain by a count of changes.
        #expect(report.objective.total <= ShiftRosterChecker.check(construction.roster, against: problem).objective.total)
        #expect(result.bound == nil && result.status == .timeLimit)
    }

    @Test("column generation is left out only where enough people were priced inexactly, and for a quarter only under two minutes")
    func whenWithoutModel() {
        #expect(!ShiftSolver.searchesWithoutModel(inexact: 0, of: 40, timeLimit: 20))
        #expect(!ShiftSolver.searchesWithoutModel(inexact: 4, of: 40, timeLimit: 20))
        #expect(ShiftSolver.searchesWithoutModel(inexact: 15, of: 40, timeLimit: 20))
        #expect(!ShiftSolver.searchesWithoutModel(inexact: 15, of: 40, timeLimit: 600))
        #expect(ShiftSolver.searchesWithoutModel(inexact: 21, of: 40, timeLimit: 600))
        #expect(!ShiftSolver.searchesWithoutModel(inexact: 0, of: 0, timeLimit: 20))
    }

    @Test("slow cycles are 150 times quick ones, up to the longest, never shorter than quick ones, and start hotter")
    func cycleLengths() {
        for cells in [1, 840, 3360, 9100, 54600] {
            let quick = AnnealingSearch.changes(perCycleOf: cells, pace: .quick), slow = AnnealingSearch.changes(perCycleOf: cells, pace: .slow)
            #expect(slow >= quick && slow <= max(quick, AnnealingSearch.longestSlowCycle), "\(cells) cells")
        }
        #expect(AnnealingSearch.changes(perCycleOf: 840, pace: .slow) == 150 * AnnealingSearch.changes(perCycleOf: 840, pace: .quick))
        #expect(AnnealingSearch.changes(perCycleOf: 54600, pace: .slow) == AnnealingSearch.longestSlowCycle)
        #expect(AnnealingSearch.changes(perCycleOf: 1_000_000, pace: .slow) == AnnealingSearch.changes(perCycleOf: 1_000_000, pace: .quick))
        #expect(AnnealingSearch.Pace.slow.hottest > AnnealingSearch.Pace.quick.hottest)
        #expect(AnnealingSearch.Pace.slow.screensExchanges && !AnnealingSearch.Pace.quick.screensExchanges)
    }

    @Test("an instance without shift types anneals to its empty roster without a change to draw")
    func noShiftTypes() {
        let contract = WorkContract(maxShifts: [:], minMinutes: 0, maxMinutes: 0, maxConsecutiveShifts: 1, minConsecutiveShifts: 1,
                                    minConsecutiveDaysOff: 1, maxWeekends: 0)
        let problem = ShiftProblem(name: "empty", days: 7, shiftTypes: [], workers: [.init(id: "A", contract: contract)], requests: [], cover: [])
        var search = AnnealingSearch(problem, from: [], seed: 1, pace: .quick)
        search.run(cycles: 1, until: 600, clock: TimeBudget(seconds: 600), stoppingAt: nil, givingUpAfterFruitlessCycle: false, logger: nil)
        #expect(search.roster.isEmpty && search.objective == 0)
    }
}
