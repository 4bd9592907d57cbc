import DutyCheck
import DutyCore

/// Finds pins that contradict the hard rules by themselves, before any solve, so that the
/// message can name the conflicting rows.
///
/// The pins alone are checked as a roster by the independent checker; every violation
/// except missing pins and coverage shortfall is a contradiction. In a repaired month only
/// the pins from its `from` date on count, checked after the frozen days as published.
enum PinCheck {
    /// - Throws: ``RosterFailure/contradictoryPins(_:)`` listing every contradiction.
    static func requireConsistent(_ dataset: Dataset, month: Month, published: PublishedMonth? = nil) throws(RosterFailure) {
        let pins = dataset.pins.filter { month.contains($0.date) && $0.date >= (published?.from ?? month.firstDay) }
        guard !pins.isEmpty else { return }
        let report = RosterChecker(dataset: dataset, month: month, from: published?.from).check((published?.frozen ?? []) + pins)
        let conflicts = report.violations.filter { $0.rule != .pinned }
        guard !conflicts.isEmpty else { return }
        throw .contradictoryPins(conflicts.map { violation in
            let rows = pins.filter { pin in
                (violation.staff == nil || pin.staff == violation.staff) && (violation.date == nil || pin.date == violation.date)
                    && (violation.post == nil || pin.post == violation.post)
            }.compactMap(\.source)
            let leave = violation.rule == .leave
                ? dataset.leave.filter { $0.staff == violation.staff && violation.date.map($0.covers) == true }.compactMap(\.source) : []
            return PinContradiction(finding: violation.description, rows: rows + leave)
        })
    }
}
