import DutyCore
import DutyShiftRostering

/// Checks a roster of a ``ShiftProblem`` against every ``ShiftRule`` and computes its
/// objective from the assignments alone. It shares no code with the model builder:
/// runs are found by walking each person's days, not through the model's rows.
public enum ShiftRosterChecker {
    public static func check(_ roster: [ShiftAssignment], against problem: ShiftProblem) -> ShiftCheckReport {
        var violations: [ShiftViolation] = []
        let shifts = Dictionary(uniqueKeysWithValues: problem.shiftTypes.map { ($0.id, $0) })
        let workers = Set(problem.workers.map(\.id))
        var worked: [ShiftProblem.Worker.ID: [Int: [ShiftType.ID]]] = [:]
        for assignment in roster {
            guard workers.contains(assignment.worker), shifts[assignment.shift] != nil, (0..<problem.days).contains(assignment.day) else {
                violations.append(ShiftViolation(rule: .unknownWorkerOrShift, worker: assignment.worker, day: assignment.day,
                                                 detail: "staff \(assignment.worker), shift \(assignment.shift) on day \(assignment.day) is not in the instance"))
                continue
            }
            worked[assignment.worker, default: [:]][assignment.day, default: []].append(assignment.shift)
        }
        for worker in problem.workers {
            violations += personalViolations(worker, worked[worker.id] ?? [:], problem: problem, shifts: shifts)
        }
        let order = Dictionary(uniqueKeysWithValues: ShiftRule.allCases.enumerated().map { ($1, $0) })
        violations.sort { (order[$0.rule]!, $0.worker?.rawValue ?? "", $0.day ?? -1, $0.detail) < (order[$1.rule]!, $1.worker?.rawValue ?? "", $1.day ?? -1, $1.detail) }
        return ShiftCheckReport(violations: violations, objective: objective(worked, problem: problem))
    }

    /// Every rule about one person's own days.
    static func personalViolations(_ worker: ShiftProblem.Worker, _ days: [Int: [ShiftType.ID]], problem: ShiftProblem,
                                   shifts: [ShiftType.ID: ShiftType]) -> [ShiftViolation] {
        var found: [ShiftViolation] = []
        func add(_ rule: ShiftRule, _ day: Int?, _ detail: String) {
            found.append(ShiftViolation(rule: rule, worker: worker.id, day: day, detail: detail))
        }
        let contract = worker.contract
        var counts: [ShiftType.ID: Int] = [:]
        var minutes = 0
        for (day, list) in days.sorted(by: { $0.key < $1.key }) {
            if list.count > 1 { add(.oneShiftPerDay, day, "\(list.count) shifts (\(list.map(\.rawValue).sorted().joined(separator: ", "))); at most 1") }
            if worker.daysOff.contains(day) { add(.dayOff, day, "works \(list.map(\.rawValue).sorted().joined(separator: ", ")) on a day off") }
            for shift in list {
                counts[shift, default: 0] += 1
                minutes += shifts[shift]!.minutes
                for next in days[day + 1] ?? [] where shifts[shift]!.forbiddenNext.contains(next) {
                    add(.forbiddenSuccession, day + 1, "\(next) the day after \(shift)")
                }
            }
        }
        for (shift, count) in counts.sorted(by: { $0.key < $1.key }) where count > contract.maxShifts[shift] ?? 0 {
            add(.maxShiftsPerType, nil, "\(count) shifts of \(shift); at most \(contract.maxShifts[shift] ?? 0)")
        }
        if minutes < contract.minMinutes { add(.minTotalMinutes, nil, "\(minutes) minutes; at least \(contract.minMinutes)") }
        if minutes > contract.maxMinutes { add(.maxTotalMinutes, nil, "\(minutes) minutes; at most \(contract.maxMinutes)") }

        var start = 0
        while start < problem.days {
            let working = days[start] != nil
            var end = start
            while end + 1 < problem.days, (days[end + 1] != nil) == working { end += 1 }
            let length = end - start + 1
            let touchesEdge = start == 0 || end == problem.days - 1
            if working, length > contract.maxConsecutiveShifts {
                add(.maxConsecutiveShifts, start, "\(length) working days in a row from day \(start); at most \(contract.maxConsecutiveShifts)")
            }
            if working, length < contract.minConsecutiveShifts, !touchesEdge {
                add(.minConsecutiveShifts, start, "\(length) working days in a row from day \(start); at least \(contract.minConsecutiveShifts)")
            }
            if !working, length < contract.minConsecutiveDaysOff, !touchesEdge {
                add(.minConsecutiveDaysOff, start, "\(length) days off in a row from day \(start); at least \(contract.minConsecutiveDaysOff)")
            }
            start = end + 1
        }
        let weekendsWorked = problem.weekends.filter { $0.contains { days[$0] != nil } }.count
        if weekendsWorked > contract.maxWeekends {
            add(.maxWeekends, nil, "\(weekendsWorked) weekends worked; at most \(contract.maxWeekends)")
        }
        return found
    }

    /// Requests not honoured and cover missed or exceeded, priced with the instance's weights.
    static func objective(_ worked: [ShiftProblem.Worker.ID: [Int: [ShiftType.ID]]], problem: ShiftProblem) -> ShiftObjective {
        var objective = ShiftObjective()
        for request in problem.requests {
            let works = worked[request.worker]?[request.day]?.contains(request.shift) ?? false
            switch request.kind {
            case .on where !works: objective[.shiftOnRequests] += request.weight
            case .off where works: objective[.shiftOffRequests] += request.weight
            default: break
            }
        }
        var staffed: [Int: [ShiftType.ID: Int]] = [:]
        for days in worked.values {
            for (day, list) in days { for shift in list { staffed[day, default: [:]][shift, default: 0] += 1 } }
        }
        for cover in problem.cover {
            let count = staffed[cover.day]?[cover.shift] ?? 0
            objective[.coverUnder] += max(0, cover.requirement - count) * cover.underWeight
            objective[.coverOver] += max(0, count - cover.requirement) * cover.overWeight
        }
        return objective
    }
}
