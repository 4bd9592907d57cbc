import DutyCheck
import DutyCore

/// What the frozen days of a repaired month break under today's dataset. They are kept as
/// published whatever they break (they have happened, or were announced), so these are
/// warnings for the office to see, never violations.
public enum FrozenDayCheck {
    /// One warning per finding of the independent checker on the frozen days alone, on the
    /// published roster's line where the finding has one assignment.
    public static func warnings(_ dataset: Dataset, month: Month, published: PublishedMonth, file: String) -> [InputWarning] {
        let frozen = published.frozen
        let report = RosterChecker(dataset: dataset, month: month).check(frozen)
        return report.violations.compactMap { violation -> InputWarning? in
            // Only the days before `from`: later pins and rules are the repair's to honour.
            if let date = violation.date, date >= published.from { return nil }
            let row = frozen.first { $0.date == violation.date && $0.staff == violation.staff && (violation.post == nil || $0.post == violation.post) }
            return InputWarning(file: row?.source?.file ?? file, line: row?.source?.line ?? 0, field: violation.rule.rawValue,
                                message: .frozenDayBroken(from: published.from, rule: violation.rule, violation.breach))
        }
    }
}
