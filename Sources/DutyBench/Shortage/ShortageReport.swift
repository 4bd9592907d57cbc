import DutyCore
import DutyIO
import Foundation

/// The files of `duty bench shortage`: shortage.csv, shortage.md and shortage.svg.
public struct ShortageReport {
    public let rows: [ShortageRow]
    public let month: Month
    /// The language of the table and the chart's labels.
    public let language: Language

    public init(rows: [ShortageRow], month: Month, language: Language) {
        self.rows = rows
        self.month = month
        self.language = language
    }

    public func files() -> [OutputFile] {
        [OutputFile("shortage.csv", text: csv()), OutputFile("shortage.md", text: markdown()), OutputFile("shortage.svg", text: ShortageChart(report: self).svg())]
    }

    var areas: [String] { rows.first?.uncoveredByArea.map(\.area) ?? [] }

    /// One row per (level, seed).
    public func csv() -> String {
        let header = ["level", "seed", "staff", "removed", "demand", "covered", "coverage", "shortfall", "objective", "status", "seconds", "gap",
                      "greedy_covered", "greedy_shortfall", "greedy_objective", "fairness"] + areas.map { "uncovered_\($0)" }
        let body = rows.map { row in
            [String(row.level), String(row.seed), String(row.staff), row.removed.map(\.rawValue).joined(separator: ";"), String(row.demand),
             String(row.covered), TextFormat.number(row.coverage), TextFormat.number(row.shortfall), TextFormat.number(row.objective), row.status.rawValue, TextFormat.number(row.seconds),
             TextFormat.number(row.gap), String(row.greedyCovered), TextFormat.number(row.greedyShortfall), TextFormat.number(row.greedyObjective), TextFormat.number(row.fairness)]
                + row.uncoveredByArea.map { String($0.missing) }
        }
        return CSVText.make(header: header, rows: body)
    }

    /// Medians per level.
    public func markdown() -> String {
        let words = Phrases.of(language)
        var lines = ["# \(words.shortageTitle(month))", "", words.shortageMedians(Set(rows.map(\.seed)).count), ""]
        let head = words.shortageColumns
        lines.append("| " + (head + areas.map(words.uncoveredIn)).joined(separator: " | ") + " |")
        lines.append("| " + Array(repeating: "---:", count: head.count + areas.count).joined(separator: " | ") + " |")
        for level in levels {
            let group = rows.filter { $0.level == level }
            let cells = [
                "\(level)%", TextFormat.number(median(group.map { Double($0.staff) })),
                percent(median(group.map(\.coverage))), percent(median(group.map(\.greedyCoverage))),
                TextFormat.number(median(group.map(\.shortfall))), TextFormat.number(median(group.map(\.greedyShortfall))), TextFormat.number(median(group.map(\.seconds))),
            ] + areas.map { area in TextFormat.number(median(group.map { row in Double(row.uncoveredByArea.first { $0.area == area }!.missing) })) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var levels: [Int] { Array(Set(rows.map(\.level))).sorted() }

    /// Medians per level of a value, in level order.
    func medians(_ value: (ShortageRow) -> Double) -> [(level: Int, value: Double)] {
        levels.map { level in (level, median(rows.filter { $0.level == level }.map(value))) }
    }
}

/// The median of a non-empty list (the mean of the two middle values for an even count).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
