@testable import DutyModelParts
import Foundation
import GLPK
import Testing

/// The timer keeps GLPK's start-up time back from every call, and starts none it cannot finish.
@Suite struct GLPKCallTimerTests {
    @Test("no call is started once less than the expected start-up time is left")
    func refusesLateCalls() {
        let soon = GLPKCallTimer(deadline: .now + .milliseconds(300), buildSeconds: 0.5)
        #expect(soon.limit() == nil)
        let later = GLPKCallTimer(deadline: .now + .seconds(10), buildSeconds: 0.5)
        let limit = later.limit(atMost: 20)
        #expect(limit.map { $0 > 7.5 && $0 < 8.1 } == true, "\(String(describing: limit))")
        #expect(later.limit(atMost: 2) == 2)
        let passed = GLPKCallTimer(deadline: .now - .seconds(1), buildSeconds: 0)
        #expect(passed.limit() == nil && passed.remaining == 0)
    }

    @Test("a call's limit is the one given, and a call that ran past it raises the start-up estimate")
    func learnsOverrun() throws {
        let problem = try Problem(name: "tiny")
        let x = try problem.addColumn(named: "x", kind: .binary, bounds: .range(0, 1), objective: -1)
        _ = try problem.addRow(named: "cap", terms: [(x, 1)], bounds: .upper(1))
        let timer = GLPKCallTimer(deadline: .now + .seconds(10), buildSeconds: 0)
        let before = timer.overrun
        let solution = try timer.solve(problem, SolveOptions(), limit: 5)
        #expect(solution.status == .optimal && solution.objective == -1)
        #expect(timer.overrun == before, "a call that ended early changes nothing")
    }
}
