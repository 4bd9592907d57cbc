import Foundation
import Testing

/// Exact stdout, stderr and exit code of `duty check` on a hand-broken roster, against files in Fixtures/.
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
}
