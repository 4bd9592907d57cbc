import DutyCore
import DutyIO
import Foundation

/// shortage.svg: coverage (left axis) and weighted shortfall (right axis) against the share
/// of staff removed, GLPK solid and greedy dashed, with the uncovered person-shifts of the
/// GLPK roster by area as stacked bars. Self-contained SVG, readable at a glance.
struct ShortageChart {
    let report: ShortageReport

    private let width = 900.0, height = 540.0
    private let left = 80.0, right = 90.0, top = 70.0, bottom = 150.0
    private var plotWidth: Double { width - left - right }
    private var plotHeight: Double { height - top - bottom }
    private let palette = ["#8fb9e0", "#f3c17a", "#a8d5a2", "#d9a3cf", "#c9c9c9"]

    private var words: Phrases { Phrases.of(report.language) }

    func svg() -> String {
        let levels = report.levels
        let coverage = report.medians(\.coverage), greedyCoverage = report.medians(\.greedyCoverage)
        let shortfall = report.medians(\.shortfall), greedyShortfall = report.medians(\.greedyShortfall)
        let areaStacks = report.areas.map { area in
            report.medians { row in Double(row.uncoveredByArea.first { $0.area == area }!.missing) }.map(\.value)
        }
        let shortfallTop = niceCeiling(max(1, (shortfall + greedyShortfall).map(\.value).max() ?? 1))
        let barTop = niceCeiling(max(1, (0..<levels.count).map { i in areaStacks.reduce(0) { $0 + $1[i] } }.max() ?? 1))
        let step = plotWidth / Double(max(levels.count, 1))
        func x(_ index: Int) -> Double { left + step * (Double(index) + 0.5) }
        func yCoverage(_ value: Double) -> Double { top + plotHeight * (1 - value) }
        func yShortfall(_ value: Double) -> Double { top + plotHeight * (1 - value / shortfallTop) }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Noto Sans CJK SC, Noto Sans, sans-serif" font-size="13">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(width / 2)" y="30" text-anchor="middle" font-size="18" font-weight="bold">\(words.chartTitle(report.month))</text>
        <text x="\(width / 2)" y="50" text-anchor="middle" fill="#555">\(words.chartSubtitle(Set(report.rows.map(\.seed)).count))</text>

        """
        // Grid and axes.
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let y = yCoverage(tick)
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + plotWidth)\" y2=\"\(y)\" stroke=\"#e5e5e5\"/>\n"
            svg += "<text x=\"\(left - 8)\" y=\"\(y + 4)\" text-anchor=\"end\" fill=\"#1f5fa8\">\(Int(tick * 100))%</text>\n"
            svg += "<text x=\"\(left + plotWidth + 8)\" y=\"\(y + 4)\" fill=\"#b3261e\">\(TextFormat.number(shortfallTop * tick))</text>\n"
        }
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#333\"/>\n"
        svg += "<line x1=\"\(left + plotWidth)\" y1=\"\(top)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#333\"/>\n"
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#333\"/>\n"
        svg += "<text transform=\"translate(22 \(top + plotHeight / 2)) rotate(-90)\" text-anchor=\"middle\" fill=\"#1f5fa8\">\(words.coverageAxis)</text>\n"
        svg += "<text transform=\"translate(\(width - 18) \(top + plotHeight / 2)) rotate(90)\" text-anchor=\"middle\" fill=\"#b3261e\">\(words.shortfallAxis)</text>\n"
        svg += "<text x=\"\(left + plotWidth / 2)\" y=\"\(top + plotHeight + 42)\" text-anchor=\"middle\">\(words.removedAxis)</text>\n"

        // Stacked bars of uncovered person-shifts by area (scaled to their own maximum, labelled).
        let barWidth = step * 0.45
        for (index, level) in levels.enumerated() {
            var base = top + plotHeight
            for (areaIndex, stack) in areaStacks.enumerated() where stack[index] > 0 {
                let h = plotHeight * 0.45 * stack[index] / barTop
                base -= h
                svg += "<rect x=\"\(x(index) - barWidth / 2)\" y=\"\(base)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"\(palette[areaIndex % palette.count])\" opacity=\"0.85\"><title>\(report.areas[areaIndex]): \(TextFormat.number(stack[index]))</title></rect>\n"
            }
            let total = areaStacks.reduce(0) { $0 + $1[index] }
            if total > 0 { svg += "<text x=\"\(x(index))\" y=\"\(base - 4)\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">\(TextFormat.number(total))</text>\n" }
            svg += "<text x=\"\(x(index))\" y=\"\(top + plotHeight + 20)\" text-anchor=\"middle\">\(level)%</text>\n"
        }

        func line(_ points: [(level: Int, value: Double)], y: (Double) -> Double, colour: String, dashed: Bool) -> String {
            let path = points.enumerated().map { "\(x($0.offset)),\(y($0.element.value))" }.joined(separator: " ")
            var text = "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(dashed ? " stroke-dasharray=\"7 5\"" : "")/>\n"
            for (index, point) in points.enumerated() {
                text += "<circle cx=\"\(x(index))\" cy=\"\(y(point.value))\" r=\"3.5\" fill=\"\(dashed ? "white" : colour)\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            }
            return text
        }
        svg += line(coverage, y: yCoverage, colour: "#1f5fa8", dashed: false)
        svg += line(greedyCoverage, y: yCoverage, colour: "#1f5fa8", dashed: true)
        svg += line(shortfall, y: yShortfall, colour: "#b3261e", dashed: false)
        svg += line(greedyShortfall, y: yShortfall, colour: "#b3261e", dashed: true)

        // Legend.
        var legendX = left, legendY = height - 60
        let entries: [(String, String, Bool)] = [
            (words.chartLines[0], "#1f5fa8", false), (words.chartLines[1], "#1f5fa8", true),
            (words.chartLines[2], "#b3261e", false), (words.chartLines[3], "#b3261e", true),
        ]
        for (label, colour, dashed) in entries {
            svg += "<line x1=\"\(legendX)\" y1=\"\(legendY)\" x2=\"\(legendX + 30)\" y2=\"\(legendY)\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(dashed ? " stroke-dasharray=\"7 5\"" : "")/>\n"
            svg += "<text x=\"\(legendX + 36)\" y=\"\(legendY + 4)\">\(label)</text>\n"
            legendX += 190
        }
        legendX = left
        legendY += 26
        for (index, area) in report.areas.enumerated() {
            svg += "<rect x=\"\(legendX)\" y=\"\(legendY - 9)\" width=\"14\" height=\"14\" fill=\"\(palette[index % palette.count])\"/>\n"
            svg += "<text x=\"\(legendX + 20)\" y=\"\(legendY + 3)\">\(TextFormat.escaped(words.uncoveredIn(area)))</text>\n"
            legendX += 150
        }
        return svg + "</svg>\n"
    }

    /// A round number at or above `value` for an axis maximum.
    private func niceCeiling(_ value: Double) -> Double {
        let magnitude = pow(10, floor(log10(value)))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }
}
