import DutyCheck
import DutyCore
import DutyRoster
import DutyTesting
import Testing
@testable import DutyBench

@Suite struct ShortageSweepTests {
    private func sweep(seed: UInt64 = 11, people: Int = 8) -> ShortageSweep {
        let (dataset, month) = SeededDatasets.make(seed: seed, people: people)
        var sweep = ShortageSweep(dataset: dataset, month: month)
        sweep.levels = [0, 25, 50, 75]
        sweep.seeds = 2
        sweep.timeLimit = 20
        return sweep
    }

    @Test("removals are nested as the level grows and ⌈level% × staff⌉ long", arguments: 1...5)
    func nested(seed: Int) {
        let sweep = sweep(people: 9)
        var previous: [Staff.ID] = []
        for level in [0, 10, 20, 30, 40, 60, 100] {
            let removed = sweep.removed(level: level, seed: seed)
            #expect(removed.count == Int((Double(level) * 9 / 100).rounded(.up)))
            #expect(Array(removed.prefix(previous.count)) == previous)
            #expect(Set(removed).count == removed.count)
            previous = removed
        }
    }

    @Test("the same seed removes the same people; another seed usually does not")
    func reproducible() {
        let sweep = sweep(people: 12)
        #expect(sweep.removed(level: 40, seed: 3) == sweep.removed(level: 40, seed: 3))
        #expect((1...6).map { sweep.removed(level: 40, seed: $0) }.count { $0 != sweep.removed(level: 40, seed: 1) } > 0)
    }

    @Test("the solver never leaves more weighted shortfall than the greedy baseline, and shortfall grows with the shortage", arguments: [21, 22, 23])
    func solverBeatsGreedy(seed: Int) throws {
        let rows = try sweep(seed: UInt64(seed)).run()
        #expect(rows.count == 8)
        for row in rows { #expect(row.shortfall <= row.greedyShortfall + 1e-9, "level \(row.level) seed \(row.seed)") }
        for seed in 1...2 {
            let series = rows.filter { $0.seed == seed }.sorted { $0.level < $1.level }
            // Monotonicity holds between optima: every solve of these small months must be one.
            try #require(series.allSatisfy { $0.status == .optimal }, "seed \(seed): \(series.map(\.status))")
            for (smaller, larger) in zip(series, series.dropFirst()) {
                #expect(larger.shortfall >= smaller.shortfall - 1e-9, "seed \(seed): \(smaller.level)% → \(larger.level)%")
            }
        }
    }

    @Test("shortage.csv has the reference's columns and one row per (level, seed); the files are reproducible")
    func csv() throws {
        let sweep = sweep()
        let report = ShortageReport(rows: try sweep.run(), month: sweep.month, language: .en)
        let lines = report.csv().split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        for column in ["level", "seed", "staff", "removed", "demand", "covered", "coverage", "shortfall", "objective", "status", "seconds", "gap",
                       "greedy_covered", "greedy_shortfall", "greedy_objective"] {
            #expect(header.contains(column), "\(column)")
        }
        #expect(header.contains { $0.hasPrefix("uncovered_") })
        #expect(lines.count == 1 + 8)
        let again = ShortageReport(rows: try sweep.run(), month: sweep.month, language: .en)
        let seconds = header.firstIndex(of: "seconds")!
        func withoutSeconds(_ text: String) -> [[Substring]] {
            text.split(separator: "\n").map { line in line.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != seconds }.map(\.element) }
        }
        #expect(withoutSeconds(again.csv()) == withoutSeconds(report.csv()))
        let svg = ShortageChart(report: report).svg()
        #expect(svg.hasPrefix("<svg") && svg.contains("coverage, GLPK") && svg.contains("weighted shortfall"))
    }

    @Test("the greedy roster of a 40-person month passes the checker")
    func greedyLargeMonth() {
        let (dataset, month) = SeededDatasets.make(seed: 5, people: 40)
        let roster = GreedyRoster(dataset: dataset, month: month).build()
        #expect(RosterChecker(dataset: dataset, month: month).check(roster).isValid)
    }
}
