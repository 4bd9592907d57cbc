import Foundation
import Testing

/// `duty replan`, `duty suggest` and `duty check --from --baseline` as a user runs them.
@Suite struct ReplanCommandTests {
    /// The shipped month solved once, as the published roster.
    static let published: String = {
        let out = DutyProcess.temporaryPath("published")
        _ = try? DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out])
        return out + "/roster.csv"
    }()

    @Test("replan after new sick leave writes the roster files and changes.csv; check --from --baseline agrees")
    func sickLeave() throws {
        let leave = try String(contentsOfFile: DutyProcess.example + "/leave.csv", encoding: .utf8) + "s03,2025-10-10,2025-10-16,病假\n"
        let data = try DutyProcess.exampleCopy(replacing: ["leave.csv": leave])
        let out = DutyProcess.temporaryPath("replan")
        let run = try DutyProcess.run(["replan", "--data", data, "--month", "2025-10", "--roster", Self.published, "--from", "2025-10-10", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("自 2025-10-10 起变更"), "\(run.stdout)")
        for file in ["roster.csv", "roster.json", "roster.md", "roster.html", "roster.xlsx", "changes.csv"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(file)"), "\(file)")
        }
        let changes = try String(contentsOfFile: out + "/changes.csv", encoding: .utf8).split(separator: "\n")
        #expect(changes.first == "date,staff,name,before,after")
        #expect(changes.dropFirst().contains { $0.hasPrefix("2025-10-10,s03,张伟,") && $0.hasSuffix(",") })
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/roster.json"))) as? [String: Any])
        #expect(json["from"] as? String == "2025-10-10")
        let listed = try #require(json["changes"] as? [[String: String]])
        #expect(listed.count == changes.count - 1)
        let objective = try #require(json["objective"] as? [String: Double])
        #expect(objective["changes"] == Double(listed.count) * 10)
        let markdown = try String(contentsOfFile: out + "/roster.md", encoding: .utf8)
        #expect(markdown.contains("✎"))
        let check = try DutyProcess.run(["check", "--data", data, "--month", "2025-10", "--roster", out + "/roster.csv",
                                         "--from", "2025-10-10", "--baseline", Self.published])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("changes \(Int(objective["changes"]!))"), "\(check.stdout)")
        #expect(check.stdout.contains("changes from 2025-10-10: \(listed.count) person-days"))
    }

    @Test("replan refuses --from outside the month and a published roster naming unknown staff, with file and line, writing nothing")
    func badInput() throws {
        let out = DutyProcess.temporaryPath("never")
        let outside = try DutyProcess.run(["replan", "--data", DutyProcess.example, "--month", "2025-10", "--roster", Self.published,
                                           "--from", "2025-11-01", "--out", out])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--from"), "\(outside.stderr)")
        let broken = DutyProcess.temporaryPath("published") + ".csv"
        try "date,post,staff\n2025-10-01,gate_day,s03\n2025-10-02,gate_day,nobody\n2025-11-02,gate_day,s03\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let unknown = try DutyProcess.run(["replan", "--data", DutyProcess.example, "--month", "2025-10", "--roster", broken,
                                           "--from", "2025-10-10", "--out", out])
        #expect(unknown.status == 2)
        let name = URL(fileURLWithPath: broken).lastPathComponent
        #expect(unknown.stderr.contains("\(name):3"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("不认识的人员“nobody”"))
        #expect(unknown.stderr.contains("\(name):4"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("suggest prints a ranked table and JSON; bad places exit 2")
    func suggest() throws {
        let base = ["suggest", "--data", DutyProcess.example, "--month", "2025-10", "--roster", Self.published, "--date", "2025-10-14"]
        let table = try DutyProcess.run(base + ["--replace", "s03"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("顶替 张伟（s03） 的「绿化养护（grounds）」"), "\(table.stdout)")
        let json = try DutyProcess.run(base + ["--post", "gate_day", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["date"] as? String == "2025-10-14")
        #expect(document["post"] as? String == "gate_day")
        #expect(document["replaced"] is NSNull)
        let excluded = try #require(document["excluded"] as? [[String: Any]])
        let candidates = try #require(document["candidates"] as? [[String: Any]])
        #expect(excluded.count + candidates.count == 12)
        for bad in [["--post", "nope"], ["--replace", "s04"], ["--post", "gate_day", "--replace", "s03"]] {
            let run = try DutyProcess.run(base + bad)
            #expect(run.status == 2, "\(bad): \(run.stderr)")
        }
        let outside = try DutyProcess.run(["suggest", "--data", DutyProcess.example, "--month", "2025-10", "--roster", Self.published,
                                           "--date", "2025-11-14", "--post", "gate_day"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--date"))
    }
}
