/// Everything the roster of one month depends on, read and cross-checked.
public struct Dataset: Sendable {
    public var posts: [Post]
    public var staff: [Staff]
    public var demandRules: [DemandRule] { didSet { demand = DemandTable(rules: demandRules, calendar: calendar) } }
    public var calendar: DutyCalendar { didSet { demand = DemandTable(rules: demandRules, calendar: calendar) } }
    public var leave: [Leave]
    public var requests: [Request]
    public var history: [Assignment]
    public var pins: [Assignment]
    public var rules: Rules
    /// What the reader accepted but reported, for the command to print before it starts.
    public var warnings: [InputWarning]

    public init(posts: [Post], staff: [Staff], demandRules: [DemandRule], calendar: DutyCalendar = DutyCalendar(),
                leave: [Leave] = [], requests: [Request] = [], history: [Assignment] = [], pins: [Assignment] = [],
                rules: Rules = Rules(), warnings: [InputWarning] = []) {
        self.posts = posts
        self.staff = staff
        self.demandRules = demandRules
        self.calendar = calendar
        self.leave = leave
        self.requests = requests
        self.history = history
        self.pins = pins
        self.rules = rules
        self.warnings = warnings
        demand = DemandTable(rules: demandRules, calendar: calendar)
    }

    /// Demand per date and post, resolved with this dataset's calendar: built once, and again
    /// whenever the rules or the calendar change.
    public private(set) var demand: DemandTable

    /// Whether `staff` is on leave on `date`.
    public func isOnLeave(_ staff: Staff.ID, on date: LocalDate) -> Bool {
        leave.contains { $0.staff == staff && $0.covers(date) }
    }

    /// cap_i of docs/REFERENCE.md: min(max_shifts, days of the month not on leave).
    public func cap(of person: Staff, in month: Month) -> Int {
        let available = month.days.filter { !isOnLeave(person.id, on: $0) }.count
        return min(person.maxShifts, available)
    }

    /// The dataset without the given people and everything that names them.
    public func removing(staff removed: Set<Staff.ID>) -> Dataset {
        var copy = self
        copy.staff.removeAll { removed.contains($0.id) }
        copy.leave.removeAll { removed.contains($0.staff) }
        copy.requests.removeAll { removed.contains($0.staff) }
        copy.history.removeAll { removed.contains($0.staff) }
        copy.pins.removeAll { removed.contains($0.staff) }
        return copy
    }
}
