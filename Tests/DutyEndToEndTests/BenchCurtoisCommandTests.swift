import DutyCheck
import DutyCore
import DutyCurtois
import DutyIO
import Foundation
import GLPK
import Testing

@Suite struct BenchCurtoisCommandTests {
    static let instances = DutyProcess.packageRoot.appendingPathComponent("datasets/curtois").path

    @Test("bench curtois writes the roster, curtois.csv and curtois.md, and the roster scores what the report says")
    func instance1() throws {
        let out = DutyProcess.temporaryPath("curtois")
        let run = try DutyProcess.run(["bench", "curtois", "\(Self.instances)/Instance1.txt", "--out", out, "--time-limit", "30"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try String(contentsOfFile: "\(out)/curtois.csv", encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "instance,staff,days,shift_types,objective,status,seconds,gap,bound,best_known,ratio_to_best_known")
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(fields[0..<6]) == ["Instance1", "8", "14", "1", "607", "optimal"])
        #expect(fields[7] == "0" && fields[8] == "607" && fields[9] == "607")
        #expect(try String(contentsOfFile: "\(out)/curtois.md", encoding: .utf8).contains("| Instance1 | 8 | 14 | 1 | 607 | 607 |"))
        // The written roster, read and scored independently of the run.
        let problem = try CurtoisReader.read(path: "\(Self.instances)/Instance1.txt")
        let roster = try ShiftRosterCSV.read("\(out)/Instance1.roster.csv")
        let report = ShiftRosterChecker.check(roster, against: problem)
        #expect(report.isValid)
        #expect(report.objective.total == 607)
        #expect(try String(contentsOfFile: "\(out)/Instance1.roster.csv", encoding: .utf8).hasPrefix("day,staff,shift\n"))
    }

    @Test("--seed changes the search's random choices, not the result of a proven solve; a seed that is not a number exits 2")
    func seed() throws {
        let out = DutyProcess.temporaryPath("curtois-seed")
        let run = try DutyProcess.run(["bench", "curtois", "\(Self.instances)/Instance1.txt", "--out", out, "--time-limit", "30", "--seed", "7"])
        #expect(run.status == 0, "\(run.stderr)")
        let fields = try String(contentsOfFile: "\(out)/curtois.csv", encoding: .utf8).split(separator: "\n")[1].split(separator: ",").map(String.init)
        #expect(Array(fields[4...5]) == ["607", "optimal"])
        let bad = try DutyProcess.run(["bench", "curtois", "\(Self.instances)/Instance1.txt", "--out", DutyProcess.temporaryPath("curtois-seed-bad"), "--seed", "minus"])
        #expect(bad.status == 2 && bad.stderr.contains("--seed"), "\(bad.stderr)")
    }

    @Test("--model-out writes each instance's model as free MPS, which reads back with the assignment LP of Instance1 (430.25)")
    func modelOut() throws {
        let out = DutyProcess.temporaryPath("curtois-model")
        let models = "\(out)/models"
        let run = try DutyProcess.run(["bench", "curtois", "\(Self.instances)/Instance1.txt", "--out", out, "--time-limit", "10", "--model-out", models])
        #expect(run.status == 0, "\(run.stderr)")
        let model = try Problem.read(from: "\(models)/Instance1.mps", format: .freeMPS)
        #expect(model.columnCount > 8 * 14 && model.rowCount > 0)
        var options = SolveOptions()
        options.relaxationOnly = true
        let lp = try model.solve(options)
        #expect(lp.status == .optimal)
        #expect(abs((lp.objective ?? 0) - 430.25) < 1e-6, "\(lp.objective ?? .nan)")
    }

    @Test("a malformed instance exits 2 naming file and line, and nothing is written")
    func malformed() throws {
        let folder = DutyProcess.temporaryPath("curtois-bad")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: "\(Self.instances)/Instance1.txt", encoding: .utf8).replacingOccurrences(of: "A,D=14,", with: "A,D=fourteen,")
        try text.write(toFile: "\(folder)/Broken.txt", atomically: true, encoding: .utf8)
        let out = "\(folder)/out"
        let run = try DutyProcess.run(["bench", "curtois", "\(Self.instances)/Instance1.txt", "\(folder)/Broken.txt", "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Broken.txt:13:2: error: max shifts:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("an infeasible instance is reported and exits 1 without a roster")
    func infeasible() throws {
        let folder = DutyProcess.temporaryPath("curtois-infeasible")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Two D shifts at most, but at least three shifts' worth of minutes.
        let text = "SECTION_HORIZON\n7\n\nSECTION_SHIFTS\nD,480,\n\nSECTION_STAFF\nA,D=2,10000,1440,7,1,1,1\n\nSECTION_COVER\n0,D,1,100,1\n"
        try text.write(toFile: "\(folder)/Tight.txt", atomically: true, encoding: .utf8)
        let run = try DutyProcess.run(["bench", "curtois", "\(folder)/Tight.txt", "--out", "\(folder)/out", "--time-limit", "5"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Tight: infeasible"), "\(run.stderr)")
        #expect(try String(contentsOfFile: "\(folder)/out/curtois.csv", encoding: .utf8).contains("Tight,1,7,1,,infeasible,"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out/Tight.roster.csv"))
    }
}
