
/// The catalogue of everything DutyEngine says to a person, in one language: the roster and
/// appraisal documents, the spreadsheets, the shortage report and the terminal's summaries.
/// `Phrases+Chinese.swift` and `Phrases+English.swift` hold the two catalogues; code asks
/// for a phrase by its meaning and never spells a sentence itself.
///
/// Solver terms are plain words here ("已证明最优", "距最优至多 3%"); the numbers behind them
/// stay in roster.json.
public struct Phrases: Sendable {
    public let language: Language

    // MARK: Calendar words
    /// Short weekday name: 一 … 日, Mon … Sun.
    public let weekday: @Sendable (Weekday) -> String
    /// The month as a title: 2025年10月, October 2025.
    public let month: @Sendable (Month) -> String
    /// Between the names of a list: 、 or a comma.
    public let separator: String
    /// Text in brackets after a name: （s01） or (s01).
    public let bracketed: @Sendable (String) -> String
    /// The legend of the calendar marks; `repaired` adds the mark of a changed day.
    public let legend: @Sendable (_ repaired: Bool) -> String

    // MARK: The solve in plain words
    /// How the solve ended, for a person: proven best, or found within a limit and at most so far from the best.
    public let outcome: @Sendable (_ status: RosterStatus, _ seconds: Double, _ gap: Double) -> String
    /// A roster that was checked (no hard rule broken) but not solved here: edited by hand.
    public let checkedNotSolved: String
    /// A hard rule in words (its machine name stays in JSON and `duty check`).
    public let rule: @Sendable (HardRule) -> String
    /// What an objective term means.
    public let term: @Sendable (ObjectiveTerm) -> String
    public let total: String
    /// "penalty points", the unit of the objective.
    public let penalty: String

    // MARK: The roster
    public let rosterTitle: @Sendable (Month) -> String
    public let calendar: String
    public let staffTotals: String
    public let uncovered: String
    public let allCovered: String
    /// `⚠ 2 missing`.
    public let missing: @Sendable (Int) -> String
    public let date: String, day: String, post: String, area: String, time: String
    public let staffID: String, name: String, shifts: String, nights: String, weekendShifts: String, missingCount: String
    public let personalTitle: String
    /// One person's month in a sentence: shifts, nights, weekend and holiday shifts.
    public let personalSummary: @Sendable (_ shifts: Int, _ nights: Int, _ weekends: Int) -> String
    public let noDuties: String
    public let assignments: String
    public let changesTitle: String
    public let changesIntro: @Sendable (LocalDate) -> String
    public let nothingChanged: String
    public let off: String, before: String, after: String, changed: String

    // MARK: The appraisal
    public let appraisalTitle: @Sendable (String) -> String
    public let base: @Sendable (String) -> String
    public let rank: String, score: String, grade: String, categoryColumn: String, appraisalSheet: String
    /// A rubric category by its key (attendance, quality, …); unknown keys as they are.
    public let category: @Sendable (String) -> String
    /// Why a person's grade is below their score's band: the band's label.
    public let quotaMove: @Sendable (String) -> String
    /// The heading of the vetoed, with the label they all get.
    public let vetoHeading: @Sendable (String) -> String
    public let veto: String
    /// A vetoed person's line: who, their score, the records that vetoed them.
    public let vetoedPerson: @Sendable (_ who: String, _ score: String, _ records: String) -> String
    public let records: String
    public let source: String, reference: String, points: String, detail: String
    public let recordSource: @Sendable (ScoreLine.Source) -> String

    // MARK: The shortage benchmark
    public let shortageTitle: @Sendable (Month) -> String
    /// How the table's figures are taken: medians over this many seeds per level.
    public let shortageMedians: @Sendable (Int) -> String
    /// level, staff, coverage GLPK, coverage greedy, weighted shortfall GLPK, weighted shortfall greedy, seconds.
    public let shortageColumns: [String]
    /// The column (or legend entry) of an area's uncovered person-shifts.
    public let uncoveredIn: @Sendable (String) -> String
    public let chartTitle: @Sendable (Month) -> String
    public let chartSubtitle: @Sendable (Int) -> String
    public let coverageAxis: String, shortfallAxis: String, removedAxis: String
    /// The four lines of the chart: coverage GLPK, coverage greedy, shortfall GLPK, shortfall greedy.
    public let chartLines: [String]

    // MARK: Pages of the web application
    public let appName: String
    public let loginTitle: String, userName: String, password: String, logIn: String, logOut: String
    public let wrongLogin: String, tooManyLogins: String
    public let myDuties: String
    /// "Duties of <name> in <month>".
    public let dutiesOf: @Sendable (_ name: String, _ month: String) -> String
    public let noRosterYet: @Sendable (Month) -> String
    public let draftNotice: String
    public let publishedNotice: @Sendable (Int) -> String
    public let calendarFeed: String, calendarFeedHelp: String
    public let notStaff: String
    public let otherLanguage: String
    public let previousMonth: String, nextMonth: String
    public let recordInspection: String, inspectionID: String, staffMember: String, item: String, pointsOptional: String
    public let inspector: String, note: String, save: String
    public let recordAdded: @Sendable (String) -> String
    public let notAllowed: String

    // MARK: Suggestions
    /// The place: one more on a post, or a post in place of someone.
    public let place: @Sendable (_ post: String, _ replaced: String?) -> String
    public let nobodyCanTakeIt: String
    public let cannotTakeIt: String
    /// The candidates' column of the objective.
    public let objectiveIfTaken: String

    // MARK: The terminal
    /// The first line of a solve's summary: the command, the month, how it ended and in how long.
    public let solved: @Sendable (_ command: String, _ month: Month, _ outcome: String, _ seconds: Double) -> String
    /// The first line of an appraisal's summary: the period, how many, how many in each band.
    public let appraised: @Sendable (_ period: String, _ people: Int, _ bands: [(label: String, count: Int)]) -> String
    /// The top of the ranking, and the vetoed, each a list of `name (id) score`.
    public let top: @Sendable (String) -> String
    public let vetoedPeople: @Sendable (String) -> String
    /// The objective as a sum of what its terms mean.
    public let objectiveLine: @Sendable (_ total: Double, _ terms: [(name: String, value: Double)]) -> String
    public let wrote: @Sendable (_ folder: String, _ files: [String]) -> String
    public let warningsAbove: @Sendable (Int) -> String
    public let coverage: @Sendable (_ covered: Int, _ demanded: Int) -> String
    public let uncoveredByArea: @Sendable ([(area: String, missing: Int)]) -> String
    public let changesSummary: @Sendable (_ from: LocalDate, _ days: Int, _ people: Int) -> String
    public let progress: @Sendable (_ seconds: Double, _ best: Double?, _ gap: Double?) -> String

    /// The catalogue of `language`.
    public static func of(_ language: Language) -> Phrases { language == .zh ? .chinese : .english }
}
