import DutyCore
import DutyColumnGeneration
import DutyCurtois
import DutyIO
import DutyShiftRostering
import Foundation

/// curtois.csv and curtois.md of `duty bench curtois`.
public struct CurtoisReport {
    public let rows: [CurtoisRow]
    public let timeLimit: Double
    public init(rows: [CurtoisRow], timeLimit: Double) {
        self.rows = rows
        self.timeLimit = timeLimit
    }

    public func files() -> [OutputFile] { [OutputFile("curtois.csv", text: csv()), OutputFile("curtois.md", text: markdown())] }

    public func csv() -> String {
        let header = ["instance", "staff", "days", "shift_types", "objective", "status", "seconds", "gap", "bound", "best_known", "ratio_to_best_known"]
        let body = rows.map { row -> [String] in
            let size = [row.instance, String(row.staff), String(row.days), String(row.shiftTypes)]
            let result = [row.objective.map(String.init) ?? "", row.status.rawValue, TextFormat.number(row.seconds),
                          row.gap.map(TextFormat.number) ?? "", row.bound.map(TextFormat.number) ?? ""]
            let best = [row.bestKnown.map(String.init) ?? "", row.ratioToBestKnown.map { String(format: "%.4f", $0) } ?? ""]
            return size + result + best
        }
        return CSVText.make(header: header, rows: body)
    }

    /// A table per instance: objective against the best known value, gap to our own bound, time.
    public func markdown() -> String {
        var lines = ["# Curtois–Qu benchmark", "",
                     "GLPK, time limit \(TextFormat.number(timeLimit)) s per instance. The objective is recomputed by the validator from the written roster; the bound is proven (GLPK's tree or LP bound, or the Lagrangian bound of column generation over patterns) and the gap is measured from it.", "",
                     "| instance | staff | days | shift types | objective | best known | × best known | status | gap | bound | seconds |",
                     "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |"]
        for row in rows {
            let above = row.ratioToBestKnown.map { String(format: "%.3f", $0) } ?? ""
            let gap = row.gap.map { String(format: "%.1f %%", $0 * 100) } ?? ""
            let cells = [row.instance, String(row.staff), String(row.days), String(row.shiftTypes), row.objective.map(String.init) ?? "–",
                         row.bestKnown.map(String.init) ?? "–", above, row.status.rawValue, gap, row.bound.map(TextFormat.number) ?? "–",
                         String(format: "%.1f", row.seconds)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
