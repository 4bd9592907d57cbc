import DutyCore
import DutyIO
import DutyRoster
import Foundation
import GLPK
import Testing

/// Runs the built `duty` and checks stdout, stderr, exit codes and files.
@Suite struct CommandLineTests {
    @Test("--version and --help work and exit 0")
    func versionAndHelp() throws {
        let version = try DutyProcess.run(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try DutyProcess.run(["--help"])
        #expect(help.status == 0)
        for command in ["roster", "check", "export-model", "demo"] { #expect(help.stdout.contains(command)) }
    }

    @Test("roster writes the four files, prints a summary, and check accepts the roster with the same objective")
    func rosterThenCheck() throws {
        let out = DutyProcess.temporaryPath("out")
        let roster = try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out])
        #expect(roster.status == 0, "\(roster.stderr)")
        #expect(roster.stdout.contains("duty roster 2025-10：已证明最优"), "\(roster.stdout)")
        #expect(roster.stdout.contains("缺人：grounds 5 人次"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["roster.csv", "roster.html", "roster.json", "roster.md", "roster.xlsx"])
        let english = try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out, "--lang", "en"])
        #expect(english.stdout.contains("duty roster 2025-10: proven optimal"), "\(english.stdout)")
        #expect(english.stdout.contains("uncovered by area: grounds 5"))
        #expect(try String(contentsOfFile: out + "/roster.md", encoding: .utf8).hasPrefix("# Duty roster October 2025"))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/roster.json"))) as! [String: Any]
        let objective = json["objective"] as! [String: Double]
        #expect(Set(objective.keys) == ["total", "shortfall", "requests", "fairness", "night_fairness", "min_shifts"])
        #expect((json["solver"] as! [String: Any])["status"] as? String == "optimal")
        #expect(!(json["shortfall"] as! [Any]).isEmpty)

        let check = try DutyProcess.run(["check", "--data", DutyProcess.example, "--month", "2025-10", "--roster", out + "/roster.csv"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("objective \(formatted(objective["total"]!))"))
        let html = try String(contentsOfFile: out + "/roster.html", encoding: .utf8)
        #expect(html.contains("<table class=\"cal\">") && !html.contains("<script") && !html.contains("href=\"http"))
    }

    @Test("two runs write identical rosters and reports")
    func deterministic() throws {
        let first = DutyProcess.temporaryPath("a"), second = DutyProcess.temporaryPath("b")
        for out in [first, second] { try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out]) }
        for file in ["roster.csv", "roster.md", "roster.html"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(file)")) == Data(contentsOf: URL(fileURLWithPath: "\(second)/\(file)")))
        }
        func withoutSeconds(_ path: String) throws -> String {
            try String(contentsOfFile: path + "/roster.json", encoding: .utf8).split(separator: "\n").filter { !$0.contains("\"seconds\"") }.joined(separator: "\n")
        }
        #expect(try withoutSeconds(first) == withoutSeconds(second))
    }

    @Test("a broken roster makes check exit 1 naming each rule")
    func checkBroken() throws {
        let path = DutyProcess.temporaryPath("broken.csv")
        try "date,post,staff\n2025-10-01,gate_day,s03\n2025-10-01,gate_night,s03\n2025-10-02,canteen_lunch,s03\n2025-10-12,gate_day,s04\n".write(toFile: path, atomically: true, encoding: .utf8)
        let check = try DutyProcess.run(["check", "--data", DutyProcess.example, "--month", "2025-10", "--roster", path])
        #expect(check.status == 1)
        for rule in ["one-shift-per-day", "skill", "leave", "max-consecutive-days", "pinned"] {
            #expect(check.stdout.contains("violation \(rule):"), "\(rule) missing in \(check.stdout)")
        }
        // The rule names and ids stay for scripts; what is wrong is said in the office's language.
        #expect(check.stdout.contains("violation one-shift-per-day: date 2025-10-01, staff s03, post -: 一天排了 2 个班（gate_day、gate_night），每天至多 1 个"), "\(check.stdout)")
        let english = try DutyProcess.run(["check", "--data", DutyProcess.example, "--month", "2025-10", "--roster", path, "--lang", "en"])
        #expect(english.stdout.contains("violation one-shift-per-day: date 2025-10-01, staff s03, post -: 2 shifts (gate_day, gate_night); at most 1 per day"), "\(english.stdout)")
    }

    @Test("bad input exits 2 with file, line and column, and writes nothing")
    func badInput() throws {
        let data = try DutyProcess.exampleCopy(replacing: ["staff.csv": "id,name,skills,max_shifts\ns01,王师傅,gate_day;gate_night,二十\n"])
        let out = DutyProcess.temporaryPath("never")
        let run = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.contains("staff.csv:2:4: 错误: max_shifts: “二十”不是不小于 0 的整数"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("bad usage exits 2", arguments: [["roster", "--data", "x", "--month", "2025-13"], ["roster", "--month", "2025-10"], ["nonsense"],
                                           ["roster", "--data", "x", "--month", "2025-10", "--time-limit", "-1"]])
    func badUsage(arguments: [String]) throws {
        #expect(try DutyProcess.run(arguments).status == 2)
    }

    @Test("a pin on a leave day exits 1 naming the pin and leave rows, writing nothing")
    func pinOnLeave() throws {
        let data = try DutyProcess.exampleCopy(replacing: ["pinned.csv": "date,staff,post\n2025-10-20,s04,gate_day\n"])
        let out = DutyProcess.temporaryPath("never")
        let run = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("pinned.csv:2") && run.stderr.contains("leave.csv:2") && run.stderr.contains("leave"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("export-model writes the model roster solves, and GLPK's readers take it back", arguments: ["lp", "mps"])
    func exportModel(format: String) throws {
        let path = DutyProcess.temporaryPath("model.\(format)")
        let run = try DutyProcess.run(["export-model", "--data", DutyProcess.example, "--month", "2025-10", "--format", format, "--out", path])
        #expect(run.status == 0)
        let copy = try Problem.read(from: path, format: format == "lp" ? .cplexLP : .freeMPS)
        let dataset = try DatasetReader.read(directory: DutyProcess.example, month: Month("2025-10")!)
        let model = try RosterModel(dataset: dataset, month: Month("2025-10")!)
        #expect(copy.columnCount == model.size.columns && copy.rowCount == model.size.rows)
        #expect(copy.row(named: "rest_after_night_s03_d02") != nil || copy.row(named: "no_overstaffing_d01_gate_day") != nil)
        let solved = try copy.solve(SolveOptions())
        let direct = try model.problem.solve(SolveOptions())
        #expect(abs((solved.objective ?? .nan) - (direct.objective ?? .nan)) < 1e-6)
    }

    @Test("demo runs with no arguments and writes out/2025-10")
    func demo() throws {
        let folder = DutyProcess.temporaryPath("demo")
        try FileManager.default.createDirectory(atPath: folder + "/datasets", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: DutyProcess.example, toPath: folder + "/datasets/example")
        let run = try DutyProcess.run(["demo"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/2025-10/roster.html"))
    }

    private func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.4f", value)
    }
}
