import DutyCheck
@testable import DutyColumnGeneration
import DutyCore
import DutyShiftRostering
import DutyTesting
import Testing

@Suite struct ShiftRuleTests {
    static func solve(_ scenario: ShiftScenario, timeLimit: Double = 10) throws -> (ShiftSolveResult, ShiftCheckReport) {
        let problem = try scenario.problem()
        let result = try ShiftSolver.solve(problem, options: ShiftSolveOptions(timeLimit: timeLimit))
        return (result, ShiftRosterChecker.check(result.roster, against: problem))
    }

    @Test("every rule has a binding scenario")
    func catalogueCovered() {
        #expect(Set(BindingRule.all.map(\.rule)) == Set(ShiftRule.allCases).subtracting([.unknownWorkerOrShift]))
    }

    @Test("the solver obeys each rule where it binds", arguments: BindingRule.all)
    func binds(_ case: BindingRule) throws {
        let (strict, strictReport) = try Self.solve(`case`.strict())
        #expect(strictReport.violations.isEmpty, "\(strictReport.violations)")
        #expect(strict.status == .optimal)
        #expect(strictReport.objective.total == `case`.optimum)
        #expect(strict.objective == Double(`case`.optimum))
        let (_, relaxedReport) = try Self.solve(`case`.relaxed())
        #expect(relaxedReport.objective.total < `case`.optimum, "the rule does not bind: without it the optimum is the same")
    }

    @Test("runs touching the first or last day may be shorter than the minimum")
    func edgeExemption() throws {
        // Work wanted on day 0 only, and on day 6 only: a one-day run at either edge is allowed.
        for wanted in [0, 6] {
            let scenario = ShiftScenario(staff: ["A,D=7,100000,0,7,3,3,4"], cover: ShiftScenario.cover(days: 7, wanted: [wanted]))
            let (result, report) = try Self.solve(scenario)
            #expect(report.isValid)
            #expect(result.objective == 0)
            #expect(result.roster == [ShiftAssignment(day: wanted, worker: "A", shift: "D")])
        }
        // The validator agrees: short runs of work and of rest at the edges are fine, inside they are not.
        let problem = try ShiftScenario(staff: ["A,D=7,100000,0,7,3,3,4"]).problem()
        let edges = [0, 5, 6].map { ShiftAssignment(day: $0, worker: "A", shift: "D") }
        #expect(ShiftRosterChecker.check(edges, against: problem).isValid)
        let inside = [0, 1, 2, 4, 5, 6].map { ShiftAssignment(day: $0, worker: "A", shift: "D") }
        #expect(ShiftRosterChecker.check(inside, against: problem).violations.map(\.rule) == [.minConsecutiveDaysOff])
    }

    @Test("requests and cover are priced as the benchmark prices them")
    func objectiveTerms() throws {
        var scenario = ShiftScenario(days: 2, staff: ["A,D=2,100000,0,7,1,1,4", "B,D=2,100000,0,7,1,1,4"])
        scenario.onRequests = ["A,0,D,3", "B,1,D,4"]
        scenario.offRequests = ["A,1,D,5"]
        scenario.cover = ["0,D,1,100,2", "1,D,2,100,7"]
        let problem = try scenario.problem()
        // A on day 0 and 1, B on day 0: on-requests B/1 missed (4), off-request A/1 broken (5),
        // day 0 one over (2), day 1 one under (100).
        let roster = [ShiftAssignment(day: 0, worker: "A", shift: "D"), ShiftAssignment(day: 1, worker: "A", shift: "D"),
                      ShiftAssignment(day: 0, worker: "B", shift: "D")]
        let objective = ShiftRosterChecker.check(roster, against: problem).objective
        #expect(objective[.shiftOnRequests] == 4)
        #expect(objective[.shiftOffRequests] == 5)
        #expect(objective[.coverOver] == 2)
        #expect(objective[.coverUnder] == 100)
        let model = try ShiftModel(problem)
        #expect(try model.objective(of: #require(model.values(of: roster))) == 111)
        let (result, report) = try Self.solve(scenario)
        #expect(report.isValid)
        // Optimum: A on 0, B on 1 … and day 1 still needs a second person: A/1 costs 5, under costs 100.
        #expect(report.objective.total == 5)
        #expect(result.objective == 5)
    }

    @Test("an instance without staff solves to an empty roster that misses every cover line")
    func nobody() throws {
        let (result, report) = try Self.solve(ShiftScenario(staff: []))
        #expect(result.roster.isEmpty)
        #expect(report.objective.total == 700)
        #expect(result.status == .optimal)
    }

    @Test("a contract that no roster can meet is reported as proven infeasible")
    func infeasible() throws {
        // Four shifts of 480 minutes at most, but 2400 minutes required.
        let problem = try ShiftScenario(staff: ["A,D=4,100000,2400,7,1,1,4"]).problem()
        #expect { try ShiftSolver.solve(problem, options: ShiftSolveOptions(timeLimit: 5)) } throws: { error in
            (error as? ShiftInfeasible)?.proven == true
        }
    }
}

extension BindingRule: CustomTestStringConvertible {}
