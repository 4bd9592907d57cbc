import DutyCore
import Foundation

/// Reads a dataset folder (docs/REFERENCE.md, "The dataset folder") into a checked ``Dataset``.
///
/// Every row is validated and cross-checked against the other files; all
/// problems of all files are reported together as one ``InputError``.
public enum DatasetReader {
    /// Reads the files of `directory` that the roster of `month` needs.
    ///
    /// Leave, requests and pins outside the month are kept out of the result
    /// (a folder may hold several months); history must lie before the month.
    /// The folder's rules.yaml alone (defaults when it has none), for commands that read no
    /// roster data but speak its language (`duty appraise`).
    public static func rules(of files: DatasetFiles) throws(InputError) -> Rules {
        let log = IssueLog()
        let rules = RulesFile.read(Folder(files: files, log: log))
        try log.throwIfAny()
        return rules
    }

    /// The dataset folder at `directory`, for `month`.
    public static func read(directory: String, month: Month) throws(InputError) -> Dataset {
        try read(.folder(directory), month: month)
    }

    /// The dataset in `files`, for `month`.
    public static func read(_ files: DatasetFiles, month: Month) throws(InputError) -> Dataset {
        let log = IssueLog()
        let folder = Folder(files: files, log: log)
        guard folder.exists else {
            throw InputError([InputIssue(file: files.location, line: 0, message: .noDatasetFolder)])
        }
        let posts = readPosts(folder.table("posts.csv", required: true), log: log)
        let postIDs = Set(posts.map(\.id))
        let staff = readStaff(folder.table("staff.csv", required: true), posts: postIDs, log: log)
        let staffIDs = Set(staff.map(\.id))
        let demand = readDemand(folder.table("demand.csv", required: true), posts: postIDs, log: log)
        let calendar = readCalendar(folder.table("calendar.csv", required: false), log: log)
        let leave = readLeave(folder.table("leave.csv", required: false), staff: staffIDs, log: log)
        let rules = RulesFile.read(folder)
        let requests = readRequests(folder.table("requests.csv", required: false), staff: staffIDs, posts: postIDs,
                                    defaultWeight: rules.weights.request, log: log)
        let history = readAssignments(folder.table("history.csv", required: false), staff: staffIDs, posts: postIDs, log: log) { date, fields in
            if date >= month.firstDay && month.contains(date) {
                fields.fail("date", .historyInsideMonth(date, month))
                return false
            }
            if date > month.lastDay {
                log.warn(file: fields.table.file, line: fields.row.line, field: "date", .historyAfterMonth(date, month))
            }
            return date < month.firstDay
        }
        let pins = readAssignments(folder.table("pinned.csv", required: false), staff: staffIDs, posts: postIDs, log: log) { date, fields in
            if !month.contains(date) {
                log.warn(file: fields.table.file, line: fields.row.line, field: "date", .pinOutsideMonth(date, month))
            }
            return month.contains(date)
        }
        try log.throwIfAny()
        return Dataset(posts: posts, staff: staff, demandRules: demand, calendar: calendar,
                       leave: leave.filter { $0.to >= month.firstDay && $0.from <= month.lastDay },
                       requests: requests.filter { month.contains($0.date) },
                       history: history, pins: pins, rules: rules, warnings: log.warnings)
    }

    static func readPosts(_ table: CSVTable?, log: IssueLog) -> [Post] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["id", "name", "area", "start", "end", "night", "priority"]) else { return [] }
        var posts: [Post] = []
        var seen: [String: Int] = [:]
        reader.forEachRow { row in
            guard let id = row.uniqueID("id", kind: .post, seen: &seen) else { return }
            let area = row.required("area", expected: .area)
            let start = row.timeOfDay("start"), end = row.timeOfDay("end")
            let night = row.boolean("night"), priority = row.number("priority")
            guard let area, let start, let end, let night, let priority else { return }
            posts.append(Post(id: Post.ID(id), name: row.text("name").isEmpty ? id : row.text("name"), area: area,
                              start: start, end: end, night: night, priority: priority))
        }
        if posts.isEmpty && log.issues.isEmpty { log.add(file: table.file, line: 0, .noPosts) }
        return posts
    }

    static func readStaff(_ table: CSVTable?, posts: Set<Post.ID>, log: IssueLog) -> [Staff] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["id", "name", "skills", "max_shifts"]) else { return [] }
        var staff: [Staff] = []
        var seen: [String: Int] = [:]
        reader.forEachRow { row in
            guard let id = row.uniqueID("id", kind: .staff, seen: &seen) else { return }
            let skills = row.text("skills").split(separator: ";").map { Post.ID($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.rawValue.isEmpty }
            var skillsValid = true
            for skill in skills where !posts.contains(skill) {
                row.fail("skills", .unknownSkill(skill.rawValue))
                skillsValid = false
            }
            let maxShifts = row.integer("max_shifts")
            let minShifts = row.integer("min_shifts", fallback: .some(0))
            let maxNights = row.integer("max_nights", fallback: .some(nil))
            guard skillsValid, let maxShifts = maxShifts ?? nil, let minShifts = minShifts ?? nil, let maxNights else { return }
            staff.append(Staff(id: Staff.ID(id), name: row.text("name").isEmpty ? id : row.text("name"), skills: skills,
                               maxShifts: maxShifts, minShifts: minShifts, maxNights: maxNights))
        }
        return staff
    }

    static func readDemand(_ table: CSVTable?, posts: Set<Post.ID>, log: IssueLog) -> [DemandRule] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["post", "day", "count"]) else { return [] }
        var rules: [DemandRule] = []
        var seen: [String: Int] = [:]
        reader.forEachRow { row in
            let post = row.required("post", expected: .postID).map { Post.ID($0) }
            if let post, !posts.contains(post) { row.fail("post", .unknownPost(post.rawValue, emptyAllowed: false)) }
            let day = daySelector(row.text("day"))
            if day == nil { row.fail("day", .notDay(row.text("day"))) }
            let count = row.integer("count") ?? nil
            guard let post, posts.contains(post), let day, let count else { return }
            let key = "\(post)|\(row.text("day"))"
            if let first = seen[key] { row.fail("day", .repeatedDemand(post: post.rawValue, day: row.text("day"), firstLine: first)); return }
            seen[key] = row.row.line
            rules.append(DemandRule(post: post, day: day, count: count))
        }
        return rules
    }

    static func daySelector(_ text: String) -> DaySelector? {
        if let date = LocalDate(iso: text) { return .date(date) }
        switch text.lowercased() {
        case "holiday": return .holiday
        case "weekday": return .weekdays
        case "weekend": return .weekend
        default: return Weekday.allCases.first { $0.rawValue.lowercased() == text.lowercased() }.map { .weekday($0) }
        }
    }

    static func readCalendar(_ table: CSVTable?, log: IssueLog) -> DutyCalendar {
        var calendar = DutyCalendar()
        guard let table else { return calendar }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["date", "kind"]) else { return calendar }
        var seen: [LocalDate: (kind: String, line: Int)] = [:]
        reader.forEachRow { row in
            let date = row.date("date")
            let kind = row.text("kind").lowercased()
            guard kind == "holiday" || kind == "workday" else {
                row.fail("kind", .notDayKind(row.text("kind")))
                return
            }
            guard let date else { return }
            if let first = seen[date] {
                if first.kind == kind {
                    log.warn(file: table.file, line: row.row.line, field: "date", .repeatedDay(date, kind: kind, firstLine: first.line))
                } else {
                    row.fail("date", .conflictingDayKind(date, kind: kind, firstKind: first.kind, firstLine: first.line))
                }
                return
            }
            seen[date] = (kind, row.row.line)
            if kind == "holiday" { calendar.holidays.insert(date) } else { calendar.workdays.insert(date) }
        }
        return calendar
    }

    static func readLeave(_ table: CSVTable?, staff: Set<Staff.ID>, log: IssueLog) -> [Leave] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["staff", "from", "to"]) else { return [] }
        var leave: [Leave] = []
        reader.forEachRow { row in
            let person = knownStaff(row, staff)
            let from = row.date("from"), to = row.date("to")
            if let from, let to, to < from { row.fail("to", .toBeforeFrom(to: to, from: from)) }
            guard let person, let from, let to, from <= to else { return }
            leave.append(Leave(staff: person, from: from, to: to, reason: row.text("reason"), source: row.source))
        }
        return leave
    }

    static func readRequests(_ table: CSVTable?, staff: Set<Staff.ID>, posts: Set<Post.ID>, defaultWeight: Double, log: IssueLog) -> [Request] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["staff", "date", "kind"]) else { return [] }
        var requests: [Request] = []
        reader.forEachRow { row in
            let person = knownStaff(row, staff)
            let date = row.date("date")
            let postText = row.text("post")
            let post: Post.ID? = postText.isEmpty ? nil : Post.ID(postText)
            if let post, !posts.contains(post) { row.fail("post", .unknownPost(post.rawValue, emptyAllowed: true)) }
            let kind = Request.Kind(rawValue: row.text("kind").lowercased())
            if kind == nil { row.fail("kind", .notRequestKind(row.text("kind"))) }
            let weight = row.number("weight", fallback: defaultWeight)
            guard let person, let date, let kind, let weight, post.map(posts.contains) ?? true else { return }
            requests.append(Request(staff: person, date: date, post: post, kind: kind, weight: weight, source: row.source))
        }
        return requests
    }

    /// Rows of `date,staff,post` (history.csv, pinned.csv); `keep` decides, per date, whether the row belongs to the month.
    static func readAssignments(_ table: CSVTable?, staff: Set<Staff.ID>, posts: Set<Post.ID>, log: IssueLog,
                                keep: (LocalDate, Fields) -> Bool) -> [Assignment] {
        guard let table else { return [] }
        let reader = RowReader(table: table, log: log)
        guard reader.requireColumns(["date", "staff", "post"]) else { return [] }
        var rows: [Assignment] = []
        var seen: [Assignment: Int] = [:]
        reader.forEachRow { row in
            let date = row.date("date")
            let person = knownStaff(row, staff)
            let post = row.required("post", expected: .postID).map { Post.ID($0) }
            if let post, !posts.contains(post) { row.fail("post", .unknownPost(post.rawValue, emptyAllowed: false)) }
            guard let date, let person, let post, posts.contains(post), keep(date, row) else { return }
            let assignment = Assignment(date: date, post: post, staff: person, source: row.source)
            // The same row twice means the same thing once: read once, with a warning.
            if let first = seen[assignment] {
                log.warn(file: table.file, line: row.row.line, .repeatedAssignment(firstLine: first, date: date, staff: person.rawValue, post: post.rawValue))
                return
            }
            seen[assignment] = row.row.line
            rows.append(assignment)
        }
        return rows
    }

    static func knownStaff(_ row: Fields, _ staff: Set<Staff.ID>) -> Staff.ID? {
        guard let text = row.required("staff", expected: .staffID) else { return nil }
        guard staff.contains(Staff.ID(text)) else {
            row.fail("staff", .unknownStaff(text))
            return nil
        }
        return Staff.ID(text)
    }
}
