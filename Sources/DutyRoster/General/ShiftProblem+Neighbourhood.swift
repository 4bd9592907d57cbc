import DutyCore

extension ShiftProblem {
    /// The problem of re-rostering only `chosen` people while everyone else keeps the shifts
    /// they have in `roster`: their requests, and cover reduced by what the others already
    /// staff (a negative requirement means the shift is already over-staffed, so each extra
    /// person costs the over weight). Its objective differs from the whole problem's by a
    /// constant, so a better sub-roster is a better roster.
    func neighbourhood(of chosen: Set<Worker.ID>, in roster: [ShiftAssignment]) -> ShiftProblem {
        var staffedByOthers: [Int: [ShiftType.ID: Int]] = [:]
        for assignment in roster where !chosen.contains(assignment.worker) {
            staffedByOthers[assignment.day, default: [:]][assignment.shift, default: 0] += 1
        }
        let cover = cover.map { item in
            Cover(day: item.day, shift: item.shift, requirement: item.requirement - (staffedByOthers[item.day]?[item.shift] ?? 0),
                  underWeight: item.underWeight, overWeight: item.overWeight)
        }
        return ShiftProblem(name: name, days: days, shiftTypes: shiftTypes, workers: workers.filter { chosen.contains($0.id) },
                            requests: requests.filter { chosen.contains($0.worker) }, cover: cover)
    }
}
