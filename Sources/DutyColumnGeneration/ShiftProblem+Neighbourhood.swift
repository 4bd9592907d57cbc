import DutyCore
import DutyModelParts
import DutyShiftRostering

extension ShiftProblem {
    /// The problem of re-rostering only `chosen` people while everyone else keeps the shifts
    /// they have in `roster`: their requests, and cover reduced by what the others already
    /// staff (a negative requirement means the shift is already over-staffed, so each extra
    /// person costs the over weight). Its objective differs from the whole problem's by a
    /// constant, so a better sub-roster is a better roster.
    func neighbourhood(of chosen: Set<Worker.ID>, in roster: [ShiftAssignment]) -> ShiftProblem {
        let staffedByOthers = Self.staffing(of: roster.filter { !chosen.contains($0.worker) })
        let chosenWorkers = workers.filter { chosen.contains($0.id) }
        let workable = Set(shiftTypes.map(\.id).filter { shift in chosenWorkers.contains { $0.contract.allows(shift) } })
        // Lines of shifts nobody chosen may work are constants here: left out, the model stays small.
        let cover = cover.filter { workable.contains($0.shift) }.map { item in
            Cover(day: item.day, shift: item.shift, requirement: item.requirement - (staffedByOthers[item.day]?[item.shift] ?? 0),
                  underWeight: item.underWeight, overWeight: item.overWeight)
        }
        return ShiftProblem(name: name, days: days, shiftTypes: shiftTypes, workers: chosenWorkers,
                            requests: requests.filter { chosen.contains($0.worker) }, cover: cover)
    }

    /// People per day and shift type in `roster`.
    static func staffing(of roster: [ShiftAssignment]) -> [Int: [ShiftType.ID: Int]] {
        var staffed: [Int: [ShiftType.ID: Int]] = [:]
        for assignment in roster { staffed[assignment.day, default: [:]][assignment.shift, default: 0] += 1 }
        return staffed
    }

    /// Minutes each person may still work under their contract's maximum in `roster`.
    func spareMinutes(in roster: [ShiftAssignment]) -> [Worker.ID: Int] {
        let minutes = Dictionary(uniqueKeysWithValues: shiftTypes.map { ($0.id, $0.minutes) })
        var spare = Dictionary(uniqueKeysWithValues: workers.map { ($0.id, $0.contract.maxMinutes) })
        for assignment in roster { spare[assignment.worker, default: 0] -= minutes[assignment.shift] ?? 0 }
        return spare
    }
}
