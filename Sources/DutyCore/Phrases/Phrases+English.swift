import Foundation

extension Phrases {
    /// English (`--lang en`).
    static let english = Phrases(
        language: .en,
        weekday: { $0.rawValue },
        month: { Phrases.monthName($0) },
        separator: ", ",
        bracketed: { " (\($0))" },
        legend: { "假 public holiday · 班 make-up working day · ⚠ people missing on a post · shaded: weekend or holiday" + ($0 ? " · ✎ changed from the published roster" : "") },
        outcome: { status, seconds, gap in
            switch status {
            case .optimal: "proven optimal"
            case .feasible: "found, at most \(Phrases.percent(gap)) from the best (the gap asked for)"
            case .timeLimit where gap >= 1: "found within \(Phrases.seconds(seconds)) s; how far from the best is not known yet"
            case .timeLimit: "found within \(Phrases.seconds(seconds)) s, at most \(Phrases.percent(gap)) from the best"
            case .infeasible: "no roster satisfies every hard rule"
            }
        },
        checkedNotSolved: "Edited by hand: checked, breaks no hard rule",
        rule: { $0.rawValue },
        term: {
            switch $0 {
            case .shortfall: "posts left short (by priority)"
            case .requests: "requests not honoured"
            case .fairness: "uneven workload"
            case .nightFairness: "uneven nights"
            case .minShifts: "shifts below the minimum"
            case .changes: "changed person-days"
            }
        },
        total: "total",
        penalty: "penalty",
        rosterTitle: { "Duty roster \(Phrases.monthName($0))" },
        calendar: "Calendar",
        staffTotals: "Per-person totals",
        uncovered: "Posts left short",
        allCovered: "Every shift needed is covered.",
        missing: { "⚠ \($0) missing" },
        date: "date", day: "day", post: "post", area: "area", time: "time",
        staffID: "id", name: "name", shifts: "shifts", nights: "nights", weekendShifts: "weekend & holiday shifts", missingCount: "missing",
        personalTitle: "Personal duty list",
        personalSummary: { "\($0) shifts this month: \($1) nights, \($2) on weekends or holidays." },
        noDuties: "No duties this month.",
        assignments: "Assignments",
        changesTitle: "Changes from the published roster",
        changesIntro: { "Re-planned from \($0); earlier days are as published, and ✎ in the calendar marks a changed day. Tell these people." },
        nothingChanged: "Nothing changed.",
        off: "off", before: "before", after: "after", changed: "changed",
        appraisalTitle: { "Appraisal \($0)" },
        base: { "Base \($0)." },
        rank: "rank", score: "score", grade: "grade", categoryColumn: "category", appraisalSheet: "Appraisal",
        category: { $0 },
        quotaMove: { " (score band \($0), over its quota)" },
        vetoHeading: { "Vetoed (一票否决): \($0) whatever the score" },
        veto: "veto",
        vetoedPerson: { "\($0), score \($1): \($2)" },
        records: "Records",
        source: "source", reference: "reference", points: "points", detail: "detail",
        recordSource: { $0.rawValue.replacingOccurrences(of: "_", with: " ") },
        shortageTitle: { "Staff shortage sweep \($0)" },
        shortageMedians: { "Medians over \($0) seeds per level." },
        shortageColumns: ["level", "staff", "coverage (GLPK)", "coverage (greedy)", "weighted shortfall (GLPK)", "weighted shortfall (greedy)", "seconds"],
        uncoveredIn: { "uncovered \($0)" },
        chartTitle: { "What a staff shortage leaves uncovered, \($0)" },
        chartSubtitle: { "Medians over \($0) random draws per level; bars: person-shifts left uncovered by GLPK, by area" },
        coverageAxis: "coverage (person-shifts covered / demanded)", shortfallAxis: "weighted shortfall (priority × missing)",
        removedAxis: "staff removed (share of the team)",
        chartLines: ["coverage, GLPK", "coverage, greedy", "weighted shortfall, GLPK", "weighted shortfall, greedy"],
        appName: "Duty office",
        loginTitle: "Log in", userName: "Name", password: "Password", logIn: "Log in", logOut: "Log out",
        wrongLogin: "Wrong name or password.", tooManyLogins: "Too many failed logins; try again in 15 minutes.",
        myDuties: "My duties",
        dutiesOf: { "Duties of \($0), \($1)" },
        noRosterYet: { "There is no roster for \(Phrases.monthName($0)) yet." },
        draftNotice: "Draft: not published yet, and it may still change.",
        publishedNotice: { "Published (version \($0))." },
        calendarFeed: "Add to your phone's calendar", calendarFeedHelp: "Subscribe to this address in your phone's calendar; it updates when your duties change.",
        notStaff: "This account is not a staff member's, so it has no duties of its own.",
        otherLanguage: "中文",
        previousMonth: "previous month", nextMonth: "next month",
        recordInspection: "Record an inspection", inspectionID: "Record id", staffMember: "Staff member", item: "Item",
        pointsOptional: "Points (blank: the item's default)", inspector: "Inspector", note: "Note", save: "Save",
        recordAdded: { "Record \($0) saved." },
        notAllowed: "Your account may not open this page.",
        place: { post, replaced in replaced.map { "\(post) in place of \($0)" } ?? "one more on \(post)" },
        nobodyCanTakeIt: "Nobody can take it without breaking a hard rule.",
        cannotTakeIt: "cannot take it (the rules it would break):",
        objectiveIfTaken: "penalty if taken",
        solved: { command, month, outcome, seconds in "duty \(command) \(month): \(outcome) (\(String(format: "%.2f", seconds)) s)" },
        appraised: { period, people, bands in
            "duty appraise \(period): \(people) people — " + bands.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        },
        top: { "top: \($0)" },
        vetoedPeople: { "vetoed 一票否决: \($0)" },
        objectiveLine: { total, terms in
            "penalty \(TextFormat.rounded(total, places: 2)) = " + terms.map { "\($0.name) \(TextFormat.rounded($0.value, places: 2))" }.joined(separator: " + ")
        },
        wrote: { folder, files in "wrote \(folder)/" + files.joined(separator: ", ") },
        warningsAbove: { "warnings: \($0), listed above" },
        coverage: { covered, demanded in
            "coverage \(covered)/\(demanded) person-shifts (\(String(format: "%.1f", demanded == 0 ? 100 : 100 * Double(covered) / Double(demanded)))%)"
        },
        uncoveredByArea: { areas in areas.isEmpty ? "uncovered: none" : "uncovered by area: " + areas.map { "\($0.area) \($0.missing)" }.joined(separator: ", ") },
        changesSummary: { from, days, people in "changes from \(from): \(days) person-days of \(people) people (listed in changes.csv)" },
        progress: { seconds, best, gap in
            "solving: \(String(format: "%.1f", seconds)) s" + (best.map { ", best \(TextFormat.rounded($0, places: 2))" } ?? ", no roster yet")
                + (gap.map { ", at most \(Phrases.percent($0)) from the best" } ?? "")
        })
}

extension Phrases {
    /// A fraction as a percentage with one decimal: `3.2%`.
    static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }
    /// `October 2025`.
    static func monthName(_ month: Month) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(names[month.month - 1]) \(month.year)"
    }
    /// Seconds rounded up to a whole number, as a person says "within 30 seconds".
    static func seconds(_ value: Double) -> String { String(Int(value.rounded(.up))) }
}
