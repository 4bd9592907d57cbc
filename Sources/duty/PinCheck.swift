import DutyCheck
import DutyCore

/// Finds pins that contradict the hard rules by themselves, before any solve,
/// so that the message can name the conflicting rows.
///
/// The pins alone are checked as a roster by the independent checker; every
/// violation except missing pins and coverage shortfall is a contradiction.
struct PinCheck {
    let dataset: Dataset
    let month: Month

    func requireConsistent() throws {
        let pins = dataset.pins.filter { month.contains($0.date) }
        guard !pins.isEmpty else { return }
        let report = RosterChecker(dataset: dataset, month: month).check(pins)
        let conflicts = report.violations.filter { $0.rule != .pinned }
        guard !conflicts.isEmpty else { return }
        let lines = conflicts.map { violation -> String in
            let rows = pins.filter { pin in
                (violation.staff == nil || pin.staff == violation.staff) && (violation.date == nil || pin.date == violation.date)
                    && (violation.post == nil || pin.post == violation.post)
            }.compactMap { $0.source?.description }
            let leave = violation.rule == .leave
                ? dataset.leave.filter { $0.staff == violation.staff && violation.date.map($0.covers) == true }.compactMap { $0.source?.description } : []
            return "  \(violation) [rows: \((rows + leave).joined(separator: ", "))]"
        }
        throw RuleFailure(description: "infeasible: pinned assignments contradict the hard rules:\n" + lines.joined(separator: "\n"))
    }
}
