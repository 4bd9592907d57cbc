import DutyCore
import DutyShiftRostering
import DutyTesting
import Testing
@testable import DutyCheck

/// The general problem's validator alone: every rule of its catalogue has a roster that breaks
/// it, and the validator names exactly that rule.
@Suite struct ShiftRosterCheckerTests {
    @Test("every rule has a broken roster")
    func catalogueCovered() {
        #expect(Set(BrokenRoster.all.map(\.rule)) == Set(ShiftRule.allCases))
    }

    @Test("the validator names the broken rule", arguments: BrokenRoster.all)
    func caught(_ case: BrokenRoster) throws {
        let problem = try `case`.scenario().problem()
        let roster = `case`.worked.map { ShiftAssignment(day: $0.0, worker: "A", shift: .init($0.1)) }
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.violations.map(\.rule) == [`case`.rule], "\(report.violations)")
    }
}

extension BrokenRoster: CustomTestStringConvertible {}
