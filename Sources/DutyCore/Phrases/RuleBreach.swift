/// What exactly breaks a hard rule in a roster, by meaning, as the independent checker finds
/// it; `RuleBreach+Words.swift` says it in either language. The rule's own name stays
/// machine-readable beside it.
public enum RuleBreach: Hashable, Sendable {
    /// An assignment naming staff or a post the dataset lacks, or a date outside the month.
    case unknownReference(staff: String?, post: String?, date: LocalDate, outside: Month?)
    case shiftsInOneDay(posts: [String])
    case notQualified(staff: String, post: String)
    case onLeave(staff: String)
    case tooManyShifts(Int, limit: Int)
    case tooManyNights(Int, limit: Int)
    case workAfterNight(post: String, night: LocalDate)
    case daysInARow(Int, upTo: LocalDate, historyIncluded: Bool, limit: Int)
    case pinMissing(source: String?)
    case overstaffed(assigned: Int, demand: Int)

    /// The breach in `language`.
    public func text(_ language: Language) -> String { language == .zh ? chinese : english }

    private var english: String {
        switch self {
        case let .unknownReference(staff, post, date, outside):
            [staff.map { "staff \($0) is not in staff.csv" }, post.map { "post \($0) is not in posts.csv" },
             outside.map { "\(date) is outside \($0)" }].compactMap { $0 }.joined(separator: "; ")
        case let .shiftsInOneDay(posts): "\(posts.count) shifts (\(posts.joined(separator: ", "))); at most 1 per day"
        case let .notQualified(staff, post): "\(staff) is not qualified for \(post)"
        case let .onLeave(staff): "\(staff) is on leave"
        case let .tooManyShifts(count, limit): "\(count) shifts; at most \(limit)"
        case let .tooManyNights(count, limit): "\(count) night shifts; at most \(limit)"
        case let .workAfterNight(post, night): "works the day after night post \(post) on \(night)"
        case let .daysInARow(run, date, history, limit):
            "works \(run) days in a row up to \(date)\(history ? " (history included)" : ""); at most \(limit)"
        case let .pinMissing(source): "pinned assignment\(source.map { " (\($0))" } ?? "") is missing"
        case let .overstaffed(assigned, demand): "\(assigned) assigned; demand is \(demand)"
        }
    }

    private var chinese: String {
        switch self {
        case let .unknownReference(staff, post, date, outside):
            [staff.map { "人员 \($0) 不在 staff.csv 中" }, post.map { "岗位 \($0) 不在 posts.csv 中" },
             outside.map { "\(date) 不在 \(Phrases.chinese.month($0)) 内" }].compactMap { $0 }.joined(separator: "；")
        case let .shiftsInOneDay(posts): "一天排了 \(posts.count) 个班（\(posts.joined(separator: "、"))），每天至多 1 个"
        case let .notQualified(staff, post): "\(staff) 不具备岗位 \(post) 的资格"
        case let .onLeave(staff): "\(staff) 当天请假"
        case let .tooManyShifts(count, limit): "本月 \(count) 个班，至多 \(limit) 个"
        case let .tooManyNights(count, limit): "本月 \(count) 个夜班，至多 \(limit) 个"
        case let .workAfterNight(post, night): "\(night) 值了夜班 \(post)，次日不能再排班"
        case let .daysInARow(run, date, history, limit):
            "到 \(date) 连续上班 \(run) 天\(history ? "（含上月）" : "")，至多 \(limit) 天"
        case let .pinMissing(source): "指定的排班\(source.map { "（\($0)）" } ?? "")没有排上"
        case let .overstaffed(assigned, demand): "排了 \(assigned) 人，多于需求的 \(demand) 人"
        }
    }
}
