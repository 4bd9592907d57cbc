import Foundation
import Testing

/// `duty appraise` as a user runs it: after `duty roster`, for a month and for a term.
@Suite struct AppraiseCommandTests {
    @Test("appraise writes the four files with the reference's columns, and a term aggregates months")
    func monthAndTerm() throws {
        let out = DutyProcess.temporaryPath("appraise")
        let roster = try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out + "/2025-10"])
        #expect(roster.status == 0)
        let month = try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--month", "2025-10", "--roster", out + "/2025-10/roster.csv", "--out", out + "/2025-10"])
        #expect(month.status == 0, "\(month.stderr)")
        #expect(month.stdout.contains("一票否决：周磊（s09）"), "\(month.stdout)")
        let csv = try String(contentsOfFile: out + "/2025-10/appraisal.csv", encoding: .utf8).split(separator: "\n")
        #expect(csv.first == "staff,name,score,grade,attendance,quality,timeliness,service,vetoed")
        #expect(csv.contains("s11,徐志刚,91,good,-5,-3,-1,0,false"))
        #expect(csv.contains("s09,周磊,96.5,fail,0.5,-4,0,0,true"))
        for file in ["appraisal.json", "appraisal.md", "appraisal.html", "appraisal.xlsx"] { #expect(FileManager.default.fileExists(atPath: "\(out)/2025-10/\(file)")) }
        // The vetoed stand apart with the record behind the veto; a quota move is said on its line.
        let markdown = try String(contentsOfFile: out + "/2025-10/appraisal.md", encoding: .utf8)
        #expect(markdown.contains("## 一票否决") && markdown.contains("- 周磊（s09），得分 96.5：I2510-16:"), "\(markdown)")
        #expect(markdown.contains("| s10 | 吴芳 | 100.5 | 良好（得分属「优秀」，超出该等级名额） |"), "\(markdown)")
        #expect(!markdown.contains("| s09 |"), "the vetoed are not ranked among those who passed")
        // The trail is in the office's words; appraisal.json keeps the English ones.
        #expect(markdown.contains("大修，2025-10-15 11:20 报修，期限 2025-10-17 00:00；2025-10-17 09:00 才修好"), "\(markdown)")
        #expect(markdown.contains("比标准 14 个多"), "\(markdown)")
        let people = (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/2025-10/appraisal.json"))) as! [String: Any])["people"] as! [[String: Any]]
        let zhou = try #require(people.first { $0["staff"] as? String == "s09" })
        #expect(zhou["rank"] as? Int == people.count && zhou["score_grade"] as? String == "excellent", "\(zhou)")
        // The trail names records by the file within the dataset, never by this machine's paths.
        let json = try String(contentsOfFile: out + "/2025-10/appraisal.json", encoding: .utf8)
        #expect(json.contains("\"reference\" : \"attendance.csv:") && !json.contains(DutyProcess.example), "trail references")
        #expect(json.contains("major repair reported 2025-10-15T11:20: completed 2025-10-17T09:00, due 2025-10-17T00:00"), "appraisal.json's detail")

        let term = try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--from", "2025-10", "--to", "2025-10", "--rosters", out, "--out", out + "/term"])
        #expect(term.status == 0, "\(term.stderr)")
        let termCSV = try String(contentsOfFile: out + "/term/appraisal.csv", encoding: .utf8)
        #expect(termCSV.contains("s11,徐志刚,91,good,-5,-3,-1,0,false"))
    }

    @Test("a missing roster or bad flags exit 2 and write nothing")
    func badInput() throws {
        let out = DutyProcess.temporaryPath("never")
        let missing = try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--month", "2025-10", "--roster", "/nonexistent/roster.csv", "--out", out])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/roster.csv: 错误: 这里没有 2025年10月 的排班表；请先运行 `duty roster --data"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let flags = try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--from", "2025-10"])
        #expect(flags.status == 2)
    }
}
