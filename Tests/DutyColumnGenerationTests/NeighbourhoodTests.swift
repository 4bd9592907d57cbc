@testable import DutyColumnGeneration
import DutyCore
import Foundation
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

    @Test("kinds' records forget by the search's time: a descent long ago fades behind a recent gain, an emptied record counts little, an untried kind a hundred points a second")
    func recordsForgetBySearchTime() {
        var quick = NeighbourhoodSearch.Record(size: 0), slow = quick
        #expect(quick.rate == 100)
        // Quick cycles' descent from a poor roster in the search's first second (Instance13:
        // 18 915 points in 0.7 s); 12 s later five fruitless quick cycles, and a slow cycle of
        // 3 s that gained 100 points.
        for cycle in 0..<10 { quick.add(gain: 1891.5, seconds: 0.07, at: 0.3 + 0.07 * Double(cycle + 1)) }
        for cycle in 0..<5 { quick.add(gain: 0, seconds: 0.04, at: 13 + 0.04 * Double(cycle + 1)) }
        slow.add(gain: 100, seconds: 3, at: 13.2)
        #expect(quick.decayed(to: 13.2).rate < slow.rate)
        #expect(quick.parts == 15 && abs(quick.meanSeconds - 0.9 / 15) < 1e-9)
        // Gain and seconds decay together: decayed twice is decayed once over the whole time.
        let twice = slow.decayed(to: 15).decayed(to: 20), once = slow.decayed(to: 20)
        #expect(abs(twice.gained - once.gained) < 1e-9 && abs(twice.seconds - once.seconds) < 1e-12 && once.updated == 20)
        #expect(abs(once.gained - 100 * pow(0.5, 6.8 / NeighbourhoodSearch.memorySeconds)) < 1e-9)
        // A fruitless part long ago: under a point a second, but not nothing.
        var fruitless = NeighbourhoodSearch.Record(size: 2)
        fruitless.add(gain: 0, seconds: 0.04, at: 2)
        #expect(fruitless.decayed(to: 20).rate <= 1 && fruitless.decayed(to: 20).rate > 0)
    }
}
