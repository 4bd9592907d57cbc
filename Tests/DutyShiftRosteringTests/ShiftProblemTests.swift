import DutyCore
import Testing
@testable import DutyShiftRostering

/// The general problem's own values: weekends of the horizon, contracts, the objective's sum
/// and the rule names the model's rows carry.
@Suite struct ShiftProblemTests {
    @Test("weekends are days 7k+5 and 7k+6 of whole weeks, day 0 a Monday")
    func weekends() {
        let problem = ShiftProblem(name: "p", days: 14, shiftTypes: [ShiftType(id: "D", minutes: 480)], workers: [], requests: [], cover: [])
        #expect(problem.weekends == [[5, 6], [12, 13]])
    }

    @Test("a contract allows exactly the shift types it gives a maximum above 0")
    func contract() {
        let contract = WorkContract(maxShifts: ["D": 5, "N": 0], minMinutes: 0, maxMinutes: 4800, maxConsecutiveShifts: 5,
                                    minConsecutiveShifts: 1, minConsecutiveDaysOff: 1, maxWeekends: 2)
        #expect(contract.allows("D") && !contract.allows("N") && !contract.allows("L"))
    }

    @Test("the objective is the sum of its terms; every rule has a model name without dashes")
    func objectiveAndNames() {
        var objective = ShiftObjective()
        objective[.coverUnder] = 100
        objective[.shiftOffRequests] = 3
        #expect(objective.total == 103 && objective[.coverOver] == 0)
        for rule in ShiftRule.allCases { #expect(!rule.modelName.contains("-") && rule.modelName.count == rule.rawValue.count) }
    }
}
