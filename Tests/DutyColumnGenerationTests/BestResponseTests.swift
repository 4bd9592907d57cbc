import DutyCheck
@testable import DutyColumnGeneration
import DutyCore
import DutyShiftRostering
import DutyTesting
import Testing

/// Construction by best responses, and the two inexact ways a long horizon
/// prices a person (the one-pass greedy and labelling with few labels per state): every
/// pattern and roster they give keeps every hard rule by the independent checker, and the
/// objectives they count are the checker's.
@Suite struct BestResponseTests {
    /// A year of a small ward, as tight as Instance22 (232–234 shifts of 364 days, at most 26
    /// weekends, runs of 2–5, rests of at least 2), with blocks of days off and requests drawn
    /// from `seed`: exact labelling has too many labels here, so the inexact ways are used.
    /// With `partTimer`, one more person last, off all year but the first 30 days and working
    /// at most 30 shifts, whom exact labelling prices easily.
    static func year(seed: UInt64, people count: Int = 6, partTimer: Bool = false) throws -> ShiftProblem {
        var random = SplitMix64(seed: seed)
        let people = (0..<count).map { String(UnicodeScalar(UInt8(65 + $0))) }
        let shifts = ["E1,480,", "E2,480,", "L1,480,E1|E2", "L2,480,E1|E2", "N1,480,E1|E2|L1|L2", "N2,480,E1|E2|L1|L2"]
        var scenario = ShiftScenario(days: 364, shifts: shifts, staff: people.enumerated().map { index, id in
            "\(id),E1=46|E2=\(index % 2 == 0 ? 46 : 364)|L1=46|L2=364|N1=\(index < 3 ? 58 : 0)|N2=46,112320,111360,5,2,2,26"
        } + (partTimer ? ["PT,E1=364|E2=364|L1=364|L2=364|N1=0|N2=364,14400,0,5,1,1,52"] : []))
        scenario.daysOff = people.map { id in
            let start = Int(random.next() % 300)
            return ([id] + (start..<start + 10).map(String.init)).joined(separator: ",")
        } + (partTimer ? [(["PT"] + (30..<364).map(String.init)).joined(separator: ",")] : [])
        scenario.onRequests = (0..<60).map { _ in "\(people[Int(random.next() % UInt64(count))]),\(random.next() % 364),E1,\(1 + random.next() % 3)" }
        scenario.offRequests = (0..<60).map { _ in "\(people[Int(random.next() % UInt64(count))]),\(random.next() % 364),L2,\(1 + random.next() % 3)" }
        scenario.cover = (0..<364).flatMap { d in shifts.map { "\(d),\($0.prefix(2)),1,100,1" } }
        return try scenario.problem()
    }

    /// A year whose cover rises, as Instance24's does: three people a day in the first half,
    /// five in the second, for eight people who must work 209 or 210 shifts' worth of minutes
    /// (more than the first half needs, and the second half's five a day need the minutes
    /// kept for them), in runs of 2–5 with rests of at least 2.
    static func risingYear() throws -> ShiftProblem {
        let people = (0..<8).map { String(UnicodeScalar(UInt8(65 + $0))) }
        let shifts = ["E,480,", "L,480,", "N,600,E|L"]
        let staff = people.map { "\($0),E=364|L=364|N=364,100800,100320,5,2,2,52" }
        let cover = (0..<364).flatMap { d in ["\(d),E,\(d < 182 ? 1 : 3),100,1", "\(d),L,2,100,1", "\(d),N,0,100,1"] }
        return try ShiftScenario(days: 364, shifts: shifts, staff: staff, cover: cover).problem()
    }

    /// A year whose weekends' cover rises by a quarter at a time (one person a weekend day in the
    /// first quarter, four in the last) while every weekday wants one: eight people allowed 20
    /// weekends each, about what the weekends' cover asks in all, in runs of at least two days.
    static func risingWeekendsYear() throws -> ShiftProblem {
        let people = (0..<8).map { String(UnicodeScalar(UInt8(65 + $0))) }
        let staff = people.map { "\($0),E=364,100800,0,5,2,1,20" }
        let cover = (0..<364).map { d in "\(d),E,\(d % 7 >= 5 ? 1 + d / 91 : 1),100,1" }
        return try ShiftScenario(days: 364, shifts: ["E,480,"], staff: staff, cover: cover).problem()
    }

    static func problems() throws -> [ShiftProblem] {
        try ColumnGenerationTests.pricingProblems() + [try year(seed: 1)]
    }

    @Test("construction: valid rosters for everyone, their objectives as the checker counts them, every person priced exactly")
    func construct() throws {
        for problem in try ColumnGenerationTests.pricingProblems() {
            let responses = BestResponse(problem)
            let construction = try #require(try responses.construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil), "\(problem.name)")
            #expect(construction.inexact == 0, "\(problem.name)")
            let roster = construction.roster
            let report = ShiftRosterChecker.check(roster, against: problem)
            #expect(report.isValid, "\(problem.name): \(report.violations.prefix(3))")
            #expect(responses.objective(of: roster) == Double(report.objective.total))
        }
    }

    @Test("the one-pass greedy and capped labelling give patterns that keep every rule, under random costs, at every pace")
    func inexactPatternsKeepRules() throws {
        var random = SplitMix64(seed: 11)
        var greedyPatterns = 0, cappedPatterns = 0, tries = 0
        for problem in try Self.problems() {
            for worker in problem.workers {
                let labeller = PatternLabelling(problem, worker: worker)
                let alone = problem.neighbourhood(of: [worker.id], in: [])
                for _ in 0..<3 {
                    let cost = (0..<problem.days).map { _ in problem.shiftTypes.map { _ in Double.random(in: -120...40, using: &random) } }
                    tries += 1
                    for pacing in GreedyPacing.allCases {
                        for pace in pacing.paces {
                            guard let pattern = labeller.greedy(cost: cost, pacing: pacing, pace: pace) else { continue }
                            greedyPatterns += 1
                            let report = ShiftRosterChecker.check(Self.assignments(pattern, of: worker, in: problem), against: alone)
                            #expect(report.isValid, "\(problem.name) \(worker.id) \(pacing) pace \(pace): \(report.violations.prefix(3))")
                        }
                    }
                    if case let .cheapest(pattern, _) = labeller.cheapest(cost: cost, perState: 1, minutesStep: labeller.maxMinutes / 64) {
                        cappedPatterns += 1
                        let report = ShiftRosterChecker.check(Self.assignments(pattern, of: worker, in: problem), against: alone)
                        #expect(report.isValid, "\(problem.name) \(worker.id) capped: \(report.violations.prefix(3))")
                    }
                }
            }
        }
        // Both ways find patterns for most people: the checks above are not vacuous.
        #expect(greedyPatterns > tries && cappedPatterns > tries / 2, "\(greedyPatterns) greedy and \(cappedPatterns) capped of \(tries)")
    }

    @Test("a year-long ward is constructed by the inexact ways, every person with a valid roster")
    func yearNeedsInexactWays() throws {
        let problem = try Self.year(seed: 2)
        let labeller = PatternLabelling(problem, worker: problem.workers[0])
        var random = SplitMix64(seed: 3)
        let cost = (0..<problem.days).map { _ in problem.shiftTypes.map { _ in Double.random(in: -120...40, using: &random) } }
        guard case .tooLarge = labeller.cheapest(cost: cost, labelLimit: BestResponse.labelLimit) else {
            Issue.record("exact labelling fits under \(BestResponse.labelLimit) labels: the year does not test the inexact ways")
            return
        }
        let construction = try #require(try BestResponse(problem).construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil))
        #expect(construction.inexact > 0)
        let roster = construction.roster
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(Set(roster.map(\.worker)) == Set(problem.workers.map(\.id)))
    }

    @Test("on a year whose cover rises, minutes paced by the cover give the cheaper construction, and construction keeps it")
    func pacesMinutesByTheCover() throws {
        let problem = try Self.risingYear()
        let responses = BestResponse(problem)
        let clock = TimeBudget(seconds: 600)
        var objectives: [GreedyPacing: Double] = [:]
        for pacing in GreedyPacing.allCases {
            let (construction, _) = try #require(try responses.construct(around: [], of: [], pacing: pacing, exactlyPriced: nil, until: 600,
                                                                         clock: clock, logger: nil))
            let report = ShiftRosterChecker.check(construction.roster, against: problem)
            #expect(report.isValid, "\(pacing): \(report.violations.prefix(3))")
            #expect(construction.objective == Double(report.objective.total), "\(pacing)")
            objectives[pacing] = construction.objective
        }
        let even = try #require(objectives[.even])
        let byCover = try #require(objectives.filter { $0.key != .even }.values.min())
        #expect(byCover < even)
        let kept = try #require(try responses.construct(until: 600, clock: clock, logger: nil))
        #expect(kept.pacing != .even && kept.objective == byCover)
    }

    @Test("by the cover, the weekends allowed are spent as the weekends' cover rises, where the even pace spends them early")
    func pacesWeekendsByTheCover() throws {
        let problem = try Self.risingWeekendsYear()
        // Every weekend day pays and no weekday does, so the pacing alone decides which weekends are worked.
        let cost = (0..<problem.days).map { d in [d % 7 >= 5 ? -100.0 : 10] }
        func peoplePerQuarter(_ pacing: GreedyPacing) throws -> [Int] {
            var perQuarter = [0, 0, 0, 0]
            for worker in problem.workers {
                let labeller = PatternLabelling(problem, worker: worker)
                let pattern = try #require(labeller.greedy(cost: cost, pacing: pacing, pace: 1), "\(pacing) \(worker.id)")
                let report = ShiftRosterChecker.check(Self.assignments(pattern, of: worker, in: problem),
                                                      against: problem.neighbourhood(of: [worker.id], in: []))
                #expect(report.isValid, "\(pacing) \(worker.id): \(report.violations.prefix(3))")
                for weekend in Set(pattern.map(\.day).filter { $0 % 7 >= 5 }.map { $0 / 7 }) { perQuarter[weekend / 13] += 1 }
            }
            return perQuarter
        }
        // The weekends' cover in the quarters is 1 : 2 : 3 : 4.
        let byCover = try peoplePerQuarter(.byCover(lead: 1.0 / 16))
        #expect(byCover.reduce(0, +) >= 150, "\(byCover): most of the 160 weekends allowed are worked")
        #expect(zip(byCover, byCover.dropFirst()).allSatisfy { $0 < $1 } && byCover[3] >= 3 * byCover[0], "\(byCover)")
        // The even pace, a weekend ahead of its share at most, works the first quarter's most.
        let even = try peoplePerQuarter(.even)
        #expect(even[0] >= even[3], "\(even)")
    }

    @Test("construction stops trying exact labelling once failed tries have covered eight people's years")
    func givesUpExactLabellingOnLongHorizons() throws {
        let failuresAllowed = BestResponse.failedDaysBeforeGivingUp / 364
        // Before the budget is spent the part-timer, tried, is priced exactly: the check below is not vacuous.
        let within = try Self.year(seed: 4, people: failuresAllowed - 1, partTimer: true)
        let tried = try #require(try BestResponse(within).construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil))
        #expect(tried.inexact == failuresAllowed - 1)
        // After it, nobody is tried: the part-timer too is priced the inexact way, and the roster still keeps every rule.
        let beyond = try Self.year(seed: 4, people: failuresAllowed + 1, partTimer: true)
        let construction = try #require(try BestResponse(beyond).construct(until: 600, clock: TimeBudget(seconds: 600), logger: nil))
        #expect(construction.inexact == failuresAllowed + 2)
        let report = ShiftRosterChecker.check(construction.roster, against: beyond)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(Set(construction.roster.map(\.worker)) == Set(beyond.workers.map(\.id)))
    }

    private static func assignments(_ pattern: [(day: Int, shift: Int)], of worker: ShiftProblem.Worker, in problem: ShiftProblem) -> [ShiftAssignment] {
        pattern.map { ShiftAssignment(day: $0.day, worker: worker.id, shift: problem.shiftTypes[$0.shift].id) }
    }
}
