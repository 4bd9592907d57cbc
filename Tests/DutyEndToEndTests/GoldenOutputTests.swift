import Foundation
import Testing

/// Exact outputs against files in Fixtures/: `duty check` on a hand-broken roster, and every file
/// and the summary of `duty roster` on the shipped month (but the solve's seconds).
@Suite struct GoldenOutputTests {
    private func fixture(_ name: String) throws -> String {
        try String(contentsOf: DutyProcess.packageRoot.appendingPathComponent("Tests/DutyEndToEndTests/Fixtures/\(name)"), encoding: .utf8)
    }

    @Test("check lists every violation by rule, date, staff and post, recomputes the objective, and exits 1")
    func checkBrokenRoster() throws {
        let run = try DutyProcess.run(["check", "--data", "datasets/example", "--month", "2025-10",
                                       "--roster", "Tests/DutyEndToEndTests/Fixtures/broken-roster.csv"],
                                      in: DutyProcess.packageRoot.path)
        #expect(run.status == 1)
        #expect(run.stdout == (try fixture("check-broken.stdout")))
        #expect(run.stderr == (try fixture("check-broken.stderr")))
    }

    @Test("roster writes the shipped month's four files and summary byte for byte as recorded")
    func rosterExample() throws {
        let out = DutyProcess.temporaryPath("golden")
        let run = try DutyProcess.run(["roster", "--data", "datasets/example", "--month", "2025-10", "--out", out], in: DutyProcess.packageRoot.path)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = run.stdout.replacingOccurrences(of: #"（用时 [0-9.]+ 秒）"#, with: "（用时 SECONDS 秒）", options: .regularExpression)
            .replacingOccurrences(of: out, with: "OUT")
        #expect(summary == (try fixture("roster-example/roster.stdout")), "\(summary)")
        for file in ["roster.csv", "roster.md", "roster.html"] {
            #expect(try String(contentsOfFile: "\(out)/\(file)", encoding: .utf8) == (try fixture("roster-example/\(file)")), "\(file)")
        }
        let json = try String(contentsOfFile: "\(out)/roster.json", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"seconds\"") }.joined(separator: "\n")
        #expect(json == (try fixture("roster-example/roster.json-without-seconds")))
    }
}
