@testable import DutyColumnGeneration
import DutyCore
import DutyShiftRostering
import GLPK
import DutyTesting
import Testing

/// What the neighbourhood search reads off a roster: the sub-problem of a few people, the
/// minutes each person has left, and a part freed over several runs of days, on a hand-made
/// instance.
@Suite struct NeighbourhoodTests {
    /// Shifts D (480 minutes) and N (600); A may work 2000 minutes, B 1000; one D and one N
    /// wanted on each of three days; A asks for N on day 2, B for N on day 0.
    private func scenario() throws -> ShiftProblem {
        var scenario = ShiftScenario(days: 3, shifts: ["D,480,", "N,600,"],
                                     staff: ["A,D=3|N=3,2000,0,3,1,1,4", "B,D=3|N=3,1000,0,3,1,1,4"])
        scenario.cover = (0..<3).flatMap { ["\($0),D,1,100,1", "\($0),N,1,100,1"] }
        scenario.onRequests = ["A,2,N,5", "B,0,N,3"]
        return try scenario.problem()
    }

    private let roster = [ShiftAssignment(day: 0, worker: "A", shift: "D"), ShiftAssignment(day: 1, worker: "A", shift: "N"),
                          ShiftAssignment(day: 2, worker: "B", shift: "D")]

    @Test("spare minutes are the contract's maximum less the minutes rostered")
    func spareMinutes() throws {
        let spare = try scenario().spareMinutes(in: roster)
        #expect(spare == ["A": 2000 - 480 - 600, "B": 1000 - 480])
    }

    @Test("the sub-problem of one person keeps their requests and lowers cover by what the others staff")
    func neighbourhood() throws {
        let part = try scenario().neighbourhood(of: ["A"], in: roster)
        #expect(part.workers.map(\.id) == ["A"])
        #expect(part.requests.map(\.worker) == ["A"])
        let requirement = Dictionary(uniqueKeysWithValues: part.cover.map { ("\($0.day)\($0.shift)", $0.requirement) })
        #expect(requirement == ["0D": 1, "0N": 1, "1D": 1, "1N": 1, "2D": 0, "2N": 1])
    }

    @Test("a part over several runs of days re-solves those days and keeps every other day as it was")
    func partOverSeveralRuns() throws {
        let model = try ShiftModel(scenario())
        let start = try #require(model.values(of: roster))
        try model.fix(start, outside: [0..<1, 2..<3])
        var options = SolveOptions()
        options.warmStart = start
        let solution = try model.problem.solve(options)
        #expect(solution.status == .optimal)
        let solved = model.assignments(from: solution.values)
        // Day 1 stays as it was; on days 0 and 2 both people work, A the wanted night on day 2
        // and B, with 1000 minutes, two day shifts (so B's wish for a night on day 0 goes unmet).
        #expect(solved.filter { $0.day == 1 } == [ShiftAssignment(day: 1, worker: "A", shift: "N")])
        #expect(Set(solved.filter { $0.day != 1 }) == [ShiftAssignment(day: 0, worker: "A", shift: "N"), ShiftAssignment(day: 0, worker: "B", shift: "D"),
                                                      ShiftAssignment(day: 2, worker: "A", shift: "N"), ShiftAssignment(day: 2, worker: "B", shift: "D")])
    }
}
