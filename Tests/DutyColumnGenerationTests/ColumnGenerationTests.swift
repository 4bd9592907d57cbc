import DutyCheck
@testable import DutyColumnGeneration
import DutyCore
import DutyCurtois
import DutyIO
import DutyModelParts
import DutyShiftRostering
import Foundation
import GLPK
import DutyTesting
import Testing

/// Column generation over patterns: pricing keeps every hard rule and every branching
/// decision, the pattern LP's bound never passes the optimum, a dive ends in a roster the
/// independent validator accepts, and branch-and-price proves the optimum.
@Suite struct ColumnGenerationTests {
    static func shipped(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/curtois/\(name).txt").standardizedFileURL.path
    }

    /// A clock started now, the one the solver steps take.
    private static func clock() -> TimeBudget { TimeBudget(seconds: 120) }

    /// Column generation from the construction's roster, as ``ShiftSolver`` starts it.
    private static func generation(_ problem: ShiftProblem, clock: TimeBudget) throws -> ColumnGeneration {
        let responses = BestResponse(problem)
        let start = try #require(try responses.construct(until: 30, clock: clock, logger: nil)).roster
        return try ColumnGeneration(problem, pricing: responses.pricing, from: start, objective: Double(ShiftRosterChecker.check(start, against: problem).objective.total))
    }

    @Test("pricing returns a pattern that keeps every rule of its person, at the reduced cost the duals give",
          arguments: BindingRule.all)
    func pricingKeepsRules(_ case: BindingRule) throws {
        let problem = try `case`.strict().problem()
        let pricing = PatternPricing(problem, worker: problem.workers[0])
        // Every line pays 150 for a person: more than any request or cover weight, so the
        // pattern works as much as the rules allow, and breaks one if the model lets it.
        let priced = try #require(try pricing.price(coverDual: { _, _ in 150 }, timeLimit: 10).found)
        let report = ShiftRosterChecker.check(priced.pattern, against: problem)
        #expect(report.isValid, "\(report.violations)")
        let cost = try #require(try pricing.cost(of: priced.pattern))
        #expect(cost == Double(report.objective[.shiftOnRequests] + report.objective[.shiftOffRequests]))
        #expect(abs(priced.reducedCost - (cost - 150 * Double(priced.pattern.count))) < 1e-6)
        #expect(priced.bound <= priced.reducedCost + 1e-9)
    }

    /// Every binding-rule scenario, the edge exemption with runs and rests of at least three,
    /// and the shipped Instances 1 and 3 (successions, weekends, three shift types).
    static func pricingProblems() throws -> [ShiftProblem] {
        try BindingRule.all.map { try $0.strict().problem() }
            + [try ShiftScenario(days: 14, staff: ["A,D=14,100000,2400,5,3,3,1"]).problem(),
               try CurtoisReader.read(path: shipped("Instance1")), try CurtoisReader.read(path: shipped("Instance3"))]
    }

    /// Every person of ``pricingProblems()``, priced by labelling and by their MIP, under four
    /// draws of random duals each.
    private static func forEachPricing(seed: UInt64, _ body: (_ problem: ShiftProblem, _ worker: ShiftProblem.Worker, _ labelling: PatternPricing,
                                                               _ model: PatternPricing, _ dual: (Int, Int) -> Double, _ random: inout SplitMix64) throws -> Void) throws {
        var random = SplitMix64(seed: seed)
        for problem in try pricingProblems() {
            for worker in problem.workers {
                let labelling = PatternPricing(problem, worker: worker)
                let model = PatternPricing(problem, worker: worker, labelling: false)
                for _ in 0..<4 {
                    let duals = (0..<problem.days).map { _ in problem.shiftTypes.map { _ in Double.random(in: -20...120, using: &random) } }
                    try body(problem, worker, labelling, model, { duals[$0][$1] }, &random)
                }
            }
        }
    }

    @Test("labelling finds patterns as cheap as the person's MIP does, under random duals, and they keep every rule")
    func labellingMatchesModel() throws {
        try Self.forEachPricing(seed: 7) { problem, worker, labelling, model, dual, _ in
            let fast = try #require(try labelling.price(coverDual: dual, timeLimit: 30).found)
            let exact = try #require(try model.price(coverDual: dual, timeLimit: 30).found)
            #expect(exact.exact && fast.exact)
            #expect(abs(fast.reducedCost - exact.reducedCost) < 1e-6, "\(problem.name) \(worker.id): \(fast.reducedCost) against \(exact.reducedCost)")
            let report = ShiftRosterChecker.check(fast.pattern, against: problem.neighbourhood(of: [worker.id], in: []))
            #expect(report.isValid, "\(problem.name) \(worker.id): \(report.violations)")
            let cost = try #require(try labelling.cost(of: fast.pattern))
            let paid = fast.pattern.reduce(0.0) { sum, assignment in
                sum + dual(assignment.day, problem.shiftTypes.firstIndex { $0.id == assignment.shift }!)
            }
            #expect(abs(fast.reducedCost - (cost - paid)) < 1e-6)
        }
    }

    @Test("under random branching decisions, labelling and the person's MIP agree on the cheapest pattern that keeps them, or that none does")
    func pricingKeepsDecisions() throws {
        var outcomes = (patterns: 0, impossible: 0)
        try Self.forEachPricing(seed: 11) { problem, worker, labelling, model, dual, random in
            // Decisions on single assignments and on whole days, as branching makes them.
            let decisions = (0..<3).map { _ in
                let day = Int.random(in: 0..<problem.days, using: &random), works = Bool.random(using: &random)
                return Bool.random(using: &random)
                    ? BranchingDecision(worker: worker.id, day: day, works: works)
                    : BranchingDecision(assignment: ShiftAssignment(day: day, worker: worker.id, shift: problem.shiftTypes.randomElement(using: &random)!.id),
                                         works: works)
            }
            let fast = try labelling.price(coverDual: dual, keeping: decisions, timeLimit: 30)
            let exact = try model.price(coverDual: dual, keeping: decisions, timeLimit: 30)
            switch (fast, exact) {
            case (.impossible, .impossible): outcomes.impossible += 1
            case let (.pattern(pattern, reducedCost, _, _), .pattern(_, exactCost, _, true)):
                outcomes.patterns += 1
                #expect(abs(reducedCost - exactCost) < 1e-6, "\(problem.name) \(worker.id) \(decisions): \(reducedCost) against \(exactCost)")
                for decision in decisions {
                    let worked = pattern.contains { $0.day == decision.day && (decision.shift == nil || $0.shift == decision.shift) }
                    #expect(worked == decision.works, "\(problem.name) \(worker.id): \(decision) broken")
                }
                let report = ShiftRosterChecker.check(pattern, against: problem.neighbourhood(of: [worker.id], in: []))
                #expect(report.isValid, "\(problem.name) \(worker.id): \(report.violations)")
            default: Issue.record("\(problem.name) \(worker.id) \(decisions): labelling \(fast), MIP \(exact)")
            }
        }
        // Both kinds of outcome are exercised.
        #expect(outcomes.patterns > 100 && outcomes.impossible > 10, "\(outcomes)")
    }

    @Test("where each rule binds, the pattern LP bound is at most the optimum and the dive's roster is valid",
          arguments: BindingRule.all)
    func boundAndDive(_ case: BindingRule) throws {
        let problem = try `case`.strict().problem()
        let clock = Self.clock()
        var generation = try Self.generation(problem, clock: clock)
        try generation.run(until: 30, longestRound: 30, clock: clock, logger: nil)
        #expect(generation.isSolved)
        #expect((generation.bound ?? 0) <= Double(`case`.optimum) + 1e-6)
        let dive = try #require(try generation.dive(until: 30, clock: clock, logger: nil))
        #expect(dive.finished, "the dive got to the end")
        let roster = dive.roster
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.objective.total >= `case`.optimum)
    }

    @Test("a stopped dive's unfixed people are constructed around the fixed ones, then re-solved together: valid, fixed ones kept, never worse")
    func completionAroundFixedPeople() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance3"))
        let clock = Self.clock()
        let full = try #require(try BestResponse(problem).construct(until: 30, clock: clock, logger: nil)).roster
        let kept = Set(problem.workers.prefix(problem.workers.count / 2).map(\.id))
        let fixed = full.filter { kept.contains($0.worker) }
        let completed = try #require(try BestResponse(problem).construct(around: fixed, of: kept, until: 30, clock: clock, logger: nil)).roster
        let report = ShiftRosterChecker.check(completed, against: problem)
        #expect(report.isValid, "\(report.violations)")
        #expect(completed.filter { kept.contains($0.worker) } == fixed)
        // Everyone in Instance3 must work some minutes: the others were all constructed.
        #expect(Set(completed.map(\.worker)) == Set(problem.workers.map(\.id)))

        var search = NeighbourhoodSearch(problem, from: completed, objective: Double(report.objective.total), relaxation: nil, seed: 1)
        try search.resolve(people: Set(problem.workers.map(\.id)).subtracting(kept), timeLimit: 30)
        let resolved = ShiftRosterChecker.check(search.roster, against: problem)
        #expect(resolved.isValid, "\(resolved.violations)")
        #expect(search.roster.filter { kept.contains($0.worker) } == fixed)
        #expect(resolved.objective.total <= report.objective.total)
        #expect(Double(resolved.objective.total) == search.objective)
    }

    @Test("re-solving the people a dive fixed last, in growing numbers: valid, better than construction, bookkeeping exact, and nothing done at the bound")
    func lastFixedResolved() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance3"))
        let clock = Self.clock()
        let start = try #require(try BestResponse(problem).construct(until: 30, clock: clock, logger: nil)).roster
        let before = ShiftRosterChecker.check(start, against: problem).objective.total
        let order = problem.workers.map(\.id)
        var search = NeighbourhoodSearch(problem, from: start, objective: Double(before), relaxation: nil, seed: 1)
        try search.resolveLast(of: order, until: clock.elapsed + 5, clock: clock, stoppingAt: nil)
        let report = ShiftRosterChecker.check(search.roster, against: problem)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.objective.total < before)
        #expect(report.objective.total >= 1001)
        #expect(Double(report.objective.total) == search.objective)

        var atBound = NeighbourhoodSearch(problem, from: start, objective: Double(before), relaxation: nil, seed: 1)
        try atBound.resolveLast(of: order, until: clock.elapsed + 30, clock: clock, stoppingAt: Double(before))
        #expect(atBound.roster == start)
    }

    @Test("fixing a pattern fixes its person's other patterns at 0 and leaves everyone else's free; unfixing frees them all again")
    func fixingPatterns() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance1"))
        let master = try PatternMaster(problem, unchosenCost: 1000)
        let (first, second) = (problem.workers[0].id, problem.workers[1].id)
        let patterns = [
            Pattern(person: 0, assignments: [ShiftAssignment(day: 0, worker: first, shift: problem.shiftTypes[0].id)], cost: 0),
            Pattern(person: 0, assignments: [ShiftAssignment(day: 1, worker: first, shift: problem.shiftTypes[0].id)], cost: 0),
            Pattern(person: 1, assignments: [ShiftAssignment(day: 0, worker: second, shift: problem.shiftTypes[0].id)], cost: 0),
        ]
        for pattern in patterns { try master.add(pattern) }
        func bounds() throws -> [Bounds] {
            try patterns.indices.map { try master.problem.bounds(of: #require(master.problem.column(named: "pattern_\($0)"))) }
        }
        try master.fix(pattern: 1)
        #expect(try bounds() == [.fixed(0), .fixed(1), .range(0, 1)])
        #expect(master.fixedPatterns().people == [first])
        try master.unfixAll()
        #expect(try bounds() == [.range(0, 1), .range(0, 1), .range(0, 1)])
        #expect(master.fixedPatterns().people.isEmpty)
    }

    @Test("a pattern the LP leaves unused at a positive reduced cost is parked after five LPs, stays parked through fixing, and is freed when found again or by a restriction")
    func parkingPatterns() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance1"))
        let master = try PatternMaster(problem, unchosenCost: 1000)
        let (first, last) = (problem.workers[0].id, try #require(problem.workers.last).id)
        let shift = problem.shiftTypes[0].id
        let cheap = Pattern(person: 0, assignments: [ShiftAssignment(day: 0, worker: first, shift: shift)], cost: 0)
        // Dearer than any cover line can pay for: never in use, its reduced cost positive.
        let dear = Pattern(person: 0, assignments: [ShiftAssignment(day: 1, worker: first, shift: shift)], cost: 100_000)
        try master.add(cheap)
        try master.add(dear)
        // A decision frees everyone's `unchosen` column, so that the LP is feasible with two patterns.
        let freeing = [BranchingDecision(worker: last, day: 0, works: false)]
        func dearBounds() throws -> Bounds { try master.problem.bounds(of: #require(master.problem.column(named: "pattern_1"))) }
        func solveAndPark(_ times: Int) throws {
            for _ in 0..<times { try master.park(idleIn: #require(try master.solveLP(afterFixing: false, timeLimit: 10)).solution) }
        }
        try master.restrict(to: freeing)
        try solveAndPark(PatternMaster.idleLPsToPark - 1)
        #expect(try dearBounds() == .range(0, 1))
        try solveAndPark(1)
        #expect(try dearBounds() == .fixed(0))
        #expect(try master.problem.bounds(of: #require(master.problem.column(named: "pattern_0"))) == .range(0, 1), "the pattern in use stays free")
        try master.fix(pattern: 0)
        try master.unfixAll()
        #expect(try dearBounds() == .fixed(0), "unfixing leaves a parked pattern parked")
        #expect(try master.add(dear), "a parked pattern found again counts as new")
        #expect(try dearBounds() == .range(0, 1))
        #expect(try !master.add(dear), "a free pattern found again does not")
        try solveAndPark(PatternMaster.idleLPsToPark)
        #expect(try dearBounds() == .fixed(0))
        try master.restrict(to: freeing)
        #expect(try dearBounds() == .range(0, 1), "a restriction frees parked patterns")
    }

    @Test("on Instance1 the pattern LP bound (558) is far above the assignment model's LP (430.25) and below the optimum 607")
    func instance1() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance1"))
        let compact = try #require(try ShiftModel(problem).relaxation(timeLimit: 30, timer: GLPKCallTimer(deadline: .now + .seconds(60), buildSeconds: 0)))
        let clock = Self.clock()
        var generation = try Self.generation(problem, clock: clock)
        try generation.run(until: 60, longestRound: 60, clock: clock, logger: nil)
        #expect(generation.converged)
        let bound = try #require(generation.bound)
        #expect(abs(compact.objective - 430.25) < 1e-6)
        #expect(abs(bound - 558) < 1e-6)
        let dive = try #require(try generation.dive(until: 60, clock: clock, logger: nil))
        #expect(dive.finished, "the dive got to the end")
        let roster = dive.roster
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.objective.total >= 607)
        // The guide for the neighbourhood search: every assignment's share lies in [0, 1].
        let values = try #require(generation.relaxation?.values)
        #expect(values.values.allSatisfy { $0 > 0 && $0 <= 1 + 1e-6 })
    }

    @Test("branching takes the person-day worked nearest ½, then the assignment nearest ½, and stops where every value is whole")
    func branchingDecisions() throws {
        let (a, b): (ShiftProblem.Worker.ID, ShiftProblem.Worker.ID) = ("A", "B")
        let early = ShiftAssignment(day: 0, worker: a, shift: "E"), late = ShiftAssignment(day: 0, worker: a, shift: "L")
        let other = ShiftAssignment(day: 1, worker: b, shift: "E")
        // A works day 0 whole, split between two shifts; B works day 1 at 0.7.
        let split = try #require(ColumnGeneration.branchingDecision(in: [early: 0.4, late: 0.6, other: 0.7]))
        #expect(split(true) == BranchingDecision(worker: b, day: 1, works: true))
        #expect(split(false) == BranchingDecision(worker: b, day: 1, works: false))
        // Every day whole: the assignment nearest ½.
        let shifts = try #require(ColumnGeneration.branchingDecision(in: [early: 0.4, late: 0.6, other: 1]))
        #expect(shifts(false) == BranchingDecision(assignment: early, works: false))
        #expect(ColumnGeneration.branchingDecision(in: [early: 1, other: 1]) == nil)
        // A day decision holds for any shift of the day; an assignment decision for its shift only.
        #expect(BranchingDecision(worker: a, day: 0, works: true).isKept(by: [late]))
        #expect(!BranchingDecision(worker: a, day: 0, works: false).isKept(by: [late]))
        #expect(!BranchingDecision(assignment: early, works: true).isKept(by: [late]))
        #expect(BranchingDecision(assignment: early, works: false).isKept(by: [late, other]))
    }

    @Test("branch-and-price proves the optimum where each rule binds, and every roster it offers is valid",
          arguments: BindingRule.all)
    func branchProvesOptimum(_ case: BindingRule) throws {
        try Self.expectBranchProves(try `case`.strict().problem(), optimum: `case`.optimum)
    }

    @Test("branch-and-price proves Instance1's optimum 607 from its pattern LP bound 558")
    func branchProvesInstance1() throws {
        try Self.expectBranchProves(try CurtoisReader.read(path: Self.shipped("Instance1")), optimum: 607)
    }

    @Test("an early end of branch-and-price holds only while its incumbent is above the mark: passed with the start above it, nothing is searched; with the start at the mark, Instance1's optimum is proven")
    func branchEarlyEnd() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance1"))
        let (generation, start, clock) = try Self.generation(for: problem)
        try #require(start > 607)
        var offered = 0
        let stopped = try generation.branch(below: Double(start), until: 120, earlyEnd: .init(deadline: clock.elapsed, above: 607), clock: clock,
                                            logger: nil) { _ in
            offered += 1
            return Double(start)
        }
        #expect(!stopped)
        #expect(offered == 0)
        try Self.expectBranchProves(problem, optimum: 607, earlyEndAtStart: true)
    }

    /// Column generation run to the end on `problem` from its construction, and the construction's objective.
    private static func generation(for problem: ShiftProblem) throws -> (ColumnGeneration, start: Int, TimeBudget) {
        let clock = clock()
        let responses = BestResponse(problem)
        let start = try #require(try responses.construct(until: 30, clock: clock, logger: nil)).roster
        let objective = ShiftRosterChecker.check(start, against: problem).objective.total
        var generation = try ColumnGeneration(problem, pricing: responses.pricing, from: start, objective: Double(objective))
        try generation.run(until: 60, longestRound: 60, clock: clock, logger: nil)
        return (generation, objective, clock)
    }

    /// Branch-and-price proves `optimum`, every roster it offers valid; with `earlyEndAtStart`,
    /// under an early end already passed whose mark is the start's objective.
    private static func expectBranchProves(_ problem: ShiftProblem, optimum: Int, earlyEndAtStart: Bool = false) throws {
        let (generation, start, clock) = try Self.generation(for: problem)
        var best = start
        let earlyEnd = earlyEndAtStart ? ColumnGeneration.EarlyEnd(deadline: clock.elapsed, above: Double(start)) : nil
        let exhausted = try generation.branch(below: Double(best), until: 120, earlyEnd: earlyEnd, clock: clock, logger: nil) { roster in
            let report = ShiftRosterChecker.check(roster, against: problem)
            #expect(report.isValid, "\(report.violations)")
            best = min(best, report.objective.total)
            return Double(best)
        }
        #expect(exhausted)
        #expect(best == optimum)
    }
}

extension PatternPricing.Outcome {
    /// The pattern found, if any.
    var found: (pattern: [ShiftAssignment], reducedCost: Double, bound: Double, exact: Bool)? {
        guard case let .pattern(pattern, reducedCost, bound, exact) = self else { return nil }
        return (pattern, reducedCost, bound, exact)
    }
}
