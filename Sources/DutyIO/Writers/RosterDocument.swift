import DutyCore
import Foundation

/// A solved or checked month with everything the roster outputs show.
public struct RosterDocument: Sendable {
    public struct Solver: Sendable {
        public let status: RosterStatus
        public let seconds: Double
        public let gap: Double
        public let bound: Double
        public init(status: RosterStatus, seconds: Double, gap: Double, bound: Double) {
            self.status = status
            self.seconds = seconds
            self.gap = gap
            self.bound = bound
        }
    }
    /// What a repair of a published month changed (`duty replan`).
    /// Where the calendar's dates, names and gaps lead, when they are links.
    public struct CalendarLinks {
        public let day: (LocalDate) -> String
        public let person: (LocalDate, Staff.ID) -> String
        public let gap: (LocalDate, Post.ID) -> String
        public init(day: @escaping (LocalDate) -> String, person: @escaping (LocalDate, Staff.ID) -> String, gap: @escaping (LocalDate, Post.ID) -> String) {
            self.day = day
            self.person = person
            self.gap = gap
        }
    }

    public struct Repair: Sendable {
        /// The first date re-solved; earlier days are as published.
        public let from: LocalDate
        /// Changed person-days, by date then staff.
        public let changes: [RosterChange]
        public init(from: LocalDate, changes: [RosterChange]) {
            self.from = from
            self.changes = changes.sorted { ($0.date, $0.staff.rawValue) < ($1.date, $1.staff.rawValue) }
        }
    }
    public let dataset: Dataset
    public let month: Month
    public let assignments: [Assignment]
    public let uncovered: [Shortfall]
    public let objective: ObjectiveBreakdown
    /// How the solve went; `nil` for a roster that was checked but not solved here (edited by hand).
    public let solver: Solver?
    /// Set when the month is a repaired published roster.
    public let repair: Repair?

    public init(dataset: Dataset, month: Month, assignments: [Assignment], uncovered: [Shortfall], objective: ObjectiveBreakdown, solver: Solver?,
                repair: Repair? = nil) {
        self.dataset = dataset
        self.month = month
        self.assignments = assignments.sorted()
        self.uncovered = uncovered.sorted { ($0.date, $0.post) < ($1.date, $1.post) }
        self.objective = objective
        self.solver = solver
        self.repair = repair
    }

    /// Whether the person's day is a change against the published roster.
    func isChanged(_ staff: Staff.ID, on date: LocalDate) -> Bool {
        repair?.changes.contains { $0.staff == staff && $0.date == date } ?? false
    }

    /// Per-person totals for the reports.
    public struct StaffTotals: Sendable {
        public let staff: Staff
        public let shifts: Int
        public let nights: Int
        public let weekends: Int
    }

    /// Totals of every person in staff.csv, by id.
    public var totals: [StaffTotals] {
        let night = Set(dataset.posts.filter(\.night).map(\.id))
        return dataset.staff.sorted { $0.id < $1.id }.map { person in
            let own = assignments.filter { $0.staff == person.id }
            return StaffTotals(staff: person, shifts: own.count, nights: own.filter { night.contains($0.post) }.count,
                               weekends: own.filter { dataset.calendar.isRestDay($0.date) }.count)
        }
    }

    /// The files of `duty roster` (and `changes.csv` of a repair), in the order they are listed
    /// to the user; what a person reads is in `language`.
    public func files(in language: Language) throws(OutputError) -> [OutputFile] {
        let words = Phrases.of(language)
        return [OutputFile("roster.csv", text: csv()), OutputFile("roster.json", text: try json()), OutputFile("roster.md", text: markdown(words)),
                OutputFile("roster.html", text: html(words)), OutputFile("roster.xlsx", data: try spreadsheet(words))]
            + (repair == nil ? [] : [OutputFile("changes.csv", text: changesCSV())])
    }

    /// changes.csv of a repair: `date,staff,name,before,after` by date then staff (empty post = off):
    /// the people to tell.
    public func changesCSV() -> String {
        let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
        return CSVText.make(header: ["date", "staff", "name", "before", "after"], rows: (repair?.changes ?? []).map {
            [$0.date.description, $0.staff.rawValue, names[$0.staff] ?? "", $0.before?.rawValue ?? "", $0.after?.rawValue ?? ""]
        })
    }

    /// roster.csv: `date,post,staff`, sorted by date, post, staff.
    public func csv() -> String {
        CSVText.make(header: ["date", "post", "staff"], rows: assignments.map { [$0.date.description, $0.post.rawValue, $0.staff.rawValue] })
    }

    /// roster.json as docs/REFERENCE.md defines it (keys sorted, so the file is reproducible).
    public func json() throws(OutputError) -> String {
        var document: [String: Any] = [
            "month": month.description,
            "assignments": assignments.map { ["date": $0.date.description, "post": $0.post.rawValue, "staff": $0.staff.rawValue] },
            "shortfall": uncovered.map { ["date": $0.date.description, "post": $0.post.rawValue, "missing": $0.missing] as [String: Any] },
            "objective": objective.jsonObject,
        ]
        if let solver {
            document["solver"] = ["status": solver.status.rawValue, "seconds": solver.seconds, "gap": solver.gap, "bound": solver.bound] as [String: Any]
        }
        if let repair {
            document["from"] = repair.from.description
            document["changes"] = repair.changes.map {
                ["date": $0.date.description, "staff": $0.staff.rawValue, "before": $0.before?.rawValue ?? "", "after": $0.after?.rawValue ?? ""]
            }
        }
        return try JSONText.make(document, file: "roster.json")
    }
}
