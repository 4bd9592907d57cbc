import DutyCheck
@testable import DutyColumnGeneration
import DutyCore
import DutyCurtois
import DutyShiftRostering
import Testing

/// The incumbent the solver's steps share: the cheaper of the rosters offered, and the gap
/// that decides whether branch-and-price follows a dive, measured from the bound rounded up.
@Suite struct IncumbentTests {
    @Test("the incumbent keeps the cheaper roster offered, and its gap is measured from the bound rounded up")
    func gapFromWholeBound() throws {
        let problem = try CurtoisReader.read(path: ColumnGenerationTests.shipped("Instance1"))
        var incumbent = Incumbent(model: try ShiftModel(problem))
        #expect(incumbent.gap == nil, "no roster yet")
        let built = try #require(try BestResponse(problem).construct(until: 60, clock: TimeBudget(seconds: 60), logger: nil))
        let objective = Double(ShiftRosterChecker.check(built.roster, against: problem).objective.total)
        try incumbent.offer(built.roster)
        // Nobody working leaves every line short, or breaks someone's least minutes: never kept.
        try incumbent.offer([])
        #expect(incumbent.objective == objective)
        #expect(incumbent.gap == nil, "no bound yet")
        incumbent.raiseBound(557.5)
        #expect(abs(try #require(incumbent.gap) - (objective - 558) / objective) < 1e-12)
        #expect(!incumbent.isProven)
        incumbent.raiseBound(objective - 0.5)
        #expect(incumbent.gap == 0 && incumbent.isProven)
    }
}
