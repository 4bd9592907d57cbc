import DutyCore
import Testing
@testable import DutyRoster

/// What the neighbourhood search reads off a roster: the sub-problem of a few people and
/// the minutes each person has left, on a hand-made instance.
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
}
