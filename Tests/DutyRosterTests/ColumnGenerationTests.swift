import DutyCheck
import DutyCore
import DutyIO
import Foundation
import Testing
@testable import DutyRoster

/// Column generation over patterns: pricing keeps every hard rule, the pattern LP's bound
/// never passes the optimum, and a dive ends in a roster the independent validator accepts.
@Suite struct ColumnGenerationTests {
    static func shipped(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/curtois/\(name).txt").standardizedFileURL.path
    }

    /// Seconds since `began`, the clock the solver steps take.
    private static func clock() -> () -> Double {
        let clock = ContinuousClock(), began = clock.now
        return { (clock.now - began).inSeconds }
    }

    @Test("pricing returns a pattern that keeps every rule of its person, at the reduced cost the duals give",
          arguments: BindingRule.all)
    func pricingKeepsRules(_ case: BindingRule) throws {
        let problem = try `case`.strict().problem()
        let pricing = try PatternPricing(problem, worker: problem.workers[0])
        // Every line pays 150 for a person: more than any request or cover weight, so the
        // pattern works as much as the rules allow, and breaks one if the model lets it.
        let priced = try #require(try pricing.price(coverDual: { _, _ in 150 }, timeLimit: 10))
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

    @Test("labelling finds patterns as cheap as the person's MIP does, under random duals, and they keep every rule")
    func labellingMatchesModel() throws {
        var random = SplitMix64(seed: 7)
        for problem in try Self.pricingProblems() {
            for worker in problem.workers {
                let labelling = try PatternPricing(problem, worker: worker)
                let model = try PatternPricing(problem, worker: worker, labelling: false)
                for _ in 0..<4 {
                    let duals = (0..<problem.days).map { _ in problem.shiftTypes.map { _ in Double.random(in: -20...120, using: &random) } }
                    let dual: (Int, Int) -> Double = { duals[$0][$1] }
                    let fast = try #require(try labelling.price(coverDual: dual, timeLimit: 30))
                    let exact = try #require(try model.price(coverDual: dual, timeLimit: 30))
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
        }
    }

    @Test("where each rule binds, the pattern LP bound is at most the optimum and the dive's roster is valid",
          arguments: BindingRule.all)
    func boundAndDive(_ case: BindingRule) throws {
        let problem = try `case`.strict().problem()
        let spent = Self.clock()
        let start = try #require(try ShiftSolver.construct(problem, until: 30, spent: spent, logger: nil))
        var generation = try ColumnGeneration(problem, from: start)
        try generation.run(until: 30, longestRound: 30, spent: spent, logger: nil)
        #expect(generation.isSolved)
        #expect((generation.bound ?? 0) <= Double(`case`.optimum) + 1e-6)
        let roster = try #require(try generation.dive(until: 30, spent: spent, logger: nil))
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.objective.total >= `case`.optimum)
    }

    @Test("on Instance1 the pattern LP bound (558) is far above the assignment model's LP (430.25) and below the optimum 607")
    func instance1() throws {
        let problem = try CurtoisReader.read(path: Self.shipped("Instance1"))
        let compact = try #require(try ShiftModel(problem).relaxation(timeLimit: 30))
        let spent = Self.clock()
        let start = try #require(try ShiftSolver.construct(problem, until: 30, spent: spent, logger: nil))
        var generation = try ColumnGeneration(problem, from: start)
        try generation.run(until: 60, longestRound: 60, spent: spent, logger: nil)
        #expect(generation.converged)
        let bound = try #require(generation.bound)
        #expect(abs(compact.objective - 430.25) < 1e-6)
        #expect(abs(bound - 558) < 1e-6)
        let roster = try #require(try generation.dive(until: 60, spent: spent, logger: nil))
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.isValid, "\(report.violations)")
        #expect(report.objective.total >= 607)
        // The guide for the neighbourhood search: every assignment's share lies in [0, 1].
        let values = try #require(generation.relaxation?.values)
        #expect(values.values.allSatisfy { $0 > 0 && $0 <= 1 + 1e-6 })
    }
}
