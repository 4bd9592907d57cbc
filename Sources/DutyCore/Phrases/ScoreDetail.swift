/// Why a score line gave its points, by meaning, for the appraisal's trail; worded in either
/// language here. appraisal.json keeps the English words in `detail`.
public enum ScoreDetail: Hashable, Sendable {
    case inspection(date: LocalDate, item: String, text: String, note: String)
    case absent(date: LocalDate, note: String)
    case late(date: LocalDate, note: String)
    /// A repair past its deadline: completed after it, or still open at the end of `month`.
    case repairLate(kind: RepairTicket.Kind, reported: LocalDateTime, completed: LocalDateTime?, due: LocalDateTime, month: Month)
    case extraShifts(worked: Int, rostered: Int, absent: Int, extra: Int, above: Int, standard: Int)
    case deductionsCapped(Double)
    case bonusCapped(Double)
    case floored
    /// A month of a term: its score and grade.
    case month(period: String, score: Double, grade: String, vetoed: Bool)

    /// The detail in `language`.
    public func text(_ language: Language) -> String { language == .zh ? chinese : english }

    private var english: String {
        switch self {
        case let .inspection(date, item, text, note): "\(date) \(item) \(text)\(note.isEmpty ? "" : " — \(note)")"
        case let .absent(date, note): "\(date) absent \(note)"
        case let .late(date, note): "\(date) late \(note)"
        case let .repairLate(kind, reported, completed, due, month):
            "\(kind.rawValue) repair reported \(reported): " + (completed.map { "completed \($0), due \(due)" } ?? "still open at the end of \(month), due \(due)")
        case let .extraShifts(worked, rostered, absent, extra, above, standard):
            "worked \(worked) shifts (rostered \(rostered) − absent \(absent) + extra \(extra)), \(above) above the standard \(standard)"
        case let .deductionsCapped(cap): "deductions capped at \(cap)"
        case let .bonusCapped(cap): "bonus capped at \(cap)"
        case .floored: "score floored at 0"
        case let .month(period, score, grade, vetoed): "\(period): score \(score), grade \(grade)\(vetoed ? ", vetoed" : "")"
        }
    }

    private var chinese: String {
        func clock(_ time: LocalDateTime) -> String { time.description.replacingOccurrences(of: "T", with: " ") }
        switch self {
        case let .inspection(date, item, text, note): return "\(date) \(item) \(text)\(note.isEmpty ? "" : " — \(note)")"
        case let .absent(date, note): return "\(date) 缺勤\(note.isEmpty ? "" : "：\(note)")"
        case let .late(date, note): return "\(date) 迟到\(note.isEmpty ? "" : "：\(note)")"
        case let .repairLate(kind, reported, completed, due, month):
            let what = kind == .minor ? "小修" : "大修"
            return "\(what)，\(clock(reported)) 报修，期限 \(clock(due))；" + (completed.map { "\(clock($0)) 才修好" } ?? "到 \(Phrases.chinese.month(month))底仍未修好")
        case let .extraShifts(worked, rostered, absent, extra, above, standard):
            return "实际上班 \(worked) 个（排班 \(rostered) − 缺勤 \(absent) + 加班 \(extra)），比标准 \(standard) 个多 \(above) 个"
        case let .deductionsCapped(cap): return "扣分封顶 \(TextFormat.shortest(cap)) 分"
        case let .bonusCapped(cap): return "加分封顶 \(TextFormat.shortest(cap)) 分"
        case .floored: return "得分最低为 0"
        case let .month(period, score, grade, vetoed): return "\(period)：得分 \(TextFormat.rounded(score, places: 2))，等级 \(grade)\(vetoed ? "，一票否决" : "")"
        }
    }
}
