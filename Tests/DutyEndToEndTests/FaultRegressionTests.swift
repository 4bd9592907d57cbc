import DutyCore
import Foundation
import Testing

/// The faults found by fault testing, each run through the real `duty` as a user would:
/// bad input is exit 2 with its file and line and no output, never a trap or a silent loss.
@Suite struct FaultRegressionTests {
    @Test("an unclosed quote in leave.csv is exit 2 naming its line, for roster and for check")
    func unclosedQuote() throws {
        let leave = "staff,from,to,reason\ns04,2025-10-09,2025-10-31,\"病假 sick leave\ns05,2025-10-01,2025-10-10,年假\n"
        let data = try DutyProcess.exampleCopy(replacing: ["leave.csv": leave])
        let out = DutyProcess.temporaryPath("never")
        let roster = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", out])
        #expect(roster.status == 2)
        #expect(roster.stderr.contains("leave.csv:2: 错误: 这里的引号开始了一个字段却没有结束"), "\(roster.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let rosterFile = DutyProcess.temporaryPath("roster.csv")
        try "date,post,staff\n2025-10-01,gate_day,s03\n".write(toFile: rosterFile, atomically: true, encoding: .utf8)
        let check = try DutyProcess.run(["check", "--data", data, "--month", "2025-10", "--roster", rosterFile])
        #expect(check.status == 2, "\(check.stdout)\(check.stderr)")
    }

    @Test("a 20-digit day in a roster CSV given to check or appraise is exit 2, not a trap", arguments: ["check", "appraise"])
    func hugeDayInRoster(command: String) throws {
        let rosterFile = DutyProcess.temporaryPath("folder") + "-roster.csv"
        try "date,post,staff\n2025-10-99999999999999999999,gate_day,s03\n".write(toFile: rosterFile, atomically: true, encoding: .utf8)
        let out = command == "appraise" ? ["--out", DutyProcess.temporaryPath("never")] : []
        let run = try DutyProcess.run([command, "--data", DutyProcess.example, "--month", "2025-10", "--roster", rosterFile] + out)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("roster.csv:2:1: 错误: date: “2025-10-99999999999999999999”不是日期"), "\(run.stderr)")
    }

    @Test("a time limit beyond range is exit 2 on every command that takes one", arguments: [
        ["roster", "--data", DutyProcess.example, "--month", "2025-10", "--time-limit", "1e17"],
        ["roster", "--data", DutyProcess.example, "--month", "2025-10", "--time-limit", "99999999999999999999"],
        ["bench", "curtois", DutyProcess.packageRoot.appendingPathComponent("datasets/curtois/Instance1.txt").path, "--time-limit", "1e308"],
        ["bench", "shortage", "--data", DutyProcess.example, "--month", "2025-10", "--time-limit", "1e17"],
    ])
    func hugeTimeLimit(arguments: [String]) throws {
        let run = try DutyProcess.run(arguments + ["--out", DutyProcess.temporaryPath("never")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--time-limit"), "\(run.stderr)")
    }

    @Test("Chinese, punctuated and 250-character staff ids beside s1 solve and export")
    func unusualIDs() throws {
        let long = String(repeating: "x", count: 250)
        let staff = "id,name,skills,max_shifts\ns1,甲,gate_day;gate_night,20\ns0,乙,gate_day;gate_night,20\n张三,张三,gate_day;gate_night,20\n"
            + "x-y,丙,gate_day,20\né,丁,gate_day,20\n\(long),戊,gate_day;gate_night,20\n"
        let data = try DutyProcess.exampleCopy(replacing: [
            "staff.csv": staff, "leave.csv": "staff,from,to\n", "requests.csv": "staff,date,post,kind\n",
            "history.csv": "date,staff,post\n", "pinned.csv": "date,staff,post\n",
            "demand.csv": "post,day,count\ngate_day,weekday,2\ngate_night,weekday,1\n",
        ])
        let out = DutyProcess.temporaryPath("ids")
        let roster = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", out, "--time-limit", "10"])
        #expect(roster.status == 0, "\(roster.stderr)")
        let csv = try String(contentsOfFile: out + "/roster.csv", encoding: .utf8)
        #expect(csv.contains("张三") && csv.contains(long))
        let model = DutyProcess.temporaryPath("model.lp")
        let export = try DutyProcess.run(["export-model", "--data", data, "--month", "2025-10", "--format", "lp", "--out", model])
        #expect(export.status == 0, "\(export.stderr)")
    }

    @Test("export-model refuses a FIFO or a device as --out and writes through a symbolic link")
    func exportTargets() throws {
        let fifo = DutyProcess.temporaryPath("fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let toFIFO = try DutyProcess.run(["export-model", "--data", DutyProcess.example, "--month", "2025-10", "--format", "lp", "--out", fifo])
        #expect(toFIFO.status == 2 && toFIFO.stderr.contains("这个路径是设备、管道或套接字"), "\(toFIFO.stderr)")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        let toDevice = try DutyProcess.run(["export-model", "--data", DutyProcess.example, "--month", "2025-10", "--format", "lp", "--out", "/dev/null"])
        #expect(toDevice.status == 2)
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)

        let real = DutyProcess.temporaryPath("real.lp"), link = DutyProcess.temporaryPath("link.lp")
        try "old".write(toFile: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let throughLink = try DutyProcess.run(["export-model", "--data", DutyProcess.example, "--month", "2025-10", "--format", "lp", "--out", link])
        #expect(throughLink.status == 0, "\(throughLink.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("Subject To"))
    }

    @Test("a roster output folder whose roster.csv is a FIFO is refused before anything is replaced")
    func outputFolderWithFIFO() throws {
        let out = DutyProcess.temporaryPath("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "keep".write(toFile: out + "/roster.md", atomically: true, encoding: .utf8)
        #expect(mkfifo(out + "/roster.csv", 0o644) == 0)
        let run = try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out])
        #expect(run.status == 2 && run.stderr.contains("roster.csv: 错误: 这个路径是设备、管道或套接字"), "\(run.stderr)")
        #expect(try String(contentsOfFile: out + "/roster.md", encoding: .utf8) == "keep")
    }

    @Test("warnings go to stderr with file and line and leave the exit code alone")
    func warningsOnStderr() throws {
        let data = try DutyProcess.exampleCopy(replacing: ["pinned.csv": "date,staff,post\n2025-11-03,s03,gate_day\n"])
        let run = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", DutyProcess.temporaryPath("out"), "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("pinned.csv:2: warning: date: 2025-11-03 lies outside 2025-10"), "\(run.stderr)")
    }
}

/// The time limit is the budget of the whole command, also where GLPK cannot even start in it.
///
/// Measured on the release build, which `make test` builds first and names in `DUTY_RELEASE`:
/// a debug build spends several seconds in reading, building and writing alone.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DUTY_RELEASE"] != nil, "needs DUTY_RELEASE, the release build of duty (make test sets it)"))
struct WholeCommandTimeLimitTests {
    static let release = ProcessInfo.processInfo.environment["DUTY_RELEASE"] ?? ""

    /// A month of 400 people and 60 posts (seeded), whose LP relaxation GLPK does not solve in 30 s.
    static func largeMonth() throws -> String {
        var random = SplitMix64(seed: 400)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        var posts = "id,name,area,start,end,night,priority\n", staff = "id,name,skills,max_shifts,min_shifts,max_nights\n"
        var demand = "post,day,count\n"
        for p in 0..<60 {
            let night = p % 6 == 5
            posts += "p\(p),岗位\(p),\(["canteen", "gate", "grounds"][p % 3]),\(night ? "19:00,07:00,true" : "08:00,16:00,false"),\([10, 30, 50, 100][below(4)])\n"
            demand += "p\(p),weekday,\(3 + below(5))\np\(p),weekend,\(1 + below(4))\n"
        }
        for s in 0..<400 {
            let skills = Set((0..<6).map { _ in "p\(below(60))" }).sorted().joined(separator: ";")
            staff += "s\(s),员工\(s),\(skills),\([16, 18, 20, 22][below(4)]),\(["", "8", "10"][below(3)]),\(["", "4", "8"][below(3)])\n"
        }
        let folder = DutyProcess.temporaryPath("large")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in ["posts.csv": posts, "staff.csv": staff, "demand.csv": demand] {
            try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("a 400-person month with --time-limit 5 returns a checked roster within 1.1 × 5 + 1 s")
    func largeMonthOnTime() throws {
        let data = try Self.largeMonth(), out = DutyProcess.temporaryPath("out")
        let started = ContinuousClock.now
        let run = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", out, "--time-limit", "5"],
                                      executable: URL(fileURLWithPath: Self.release))
        let wall = ContinuousClock.now - started
        #expect(run.status == 0, "\(run.stderr)")
        #expect(wall <= .milliseconds(6500), "took \(wall)")
        let check = try DutyProcess.run(["check", "--data", data, "--month", "2025-10", "--roster", out + "/roster.csv"])
        #expect(check.status == 0, "\(check.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/roster.json"))) as! [String: Any]
        let solver = json["solver"] as! [String: Any]
        #expect(solver["status"] as? String == "time_limit")
        #expect((solver["bound"] as? Double ?? .nan) <= ((json["objective"] as! [String: Double])["total"] ?? -1))
    }
}

/// A month that reads without error but looks wrong is warned about before the roster goes
/// out, and an output folder that cannot be written is found before any solve.
@Suite struct WrongLookingMonthTests {
    @Test("no demand, a post nobody can work, leave all month and a request without the skill are each warned about")
    func monthWarnings() throws {
        let data = try DutyProcess.exampleCopy(replacing: [
            "demand.csv": "post,day,count\n",
            "leave.csv": "staff,from,to,reason\ns04,2025-09-25,2025-11-02,病假\n",
            "requests.csv": "staff,date,post,kind,weight\ns01,2025-10-09,gate_night,on,5\n",
            "pinned.csv": "date,staff,post\n",
        ])
        let run = try DutyProcess.run(["roster", "--data", data, "--month", "2025-10", "--out", DutyProcess.temporaryPath("out")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("demand.csv: 注意: 2025年10月 没有任何岗位需要人"), "\(run.stderr)")
        #expect(run.stderr.contains("leave.csv:2: 注意: staff: s04（刘洋）整个 2025年10月 都在请假"), "\(run.stderr)")
        #expect(run.stderr.contains("requests.csv:2: 注意: post: s01 申请 2025-10-09 上 gate_night，但不具备这个技能"), "\(run.stderr)")
        #expect(run.stdout.contains("警告 3 条，见上方"), "\(run.stdout)")

        let nobody = try DutyProcess.exampleCopy(replacing: [
            "posts.csv": "id,name,area,start,end,night,priority\ngate_day,门卫白班,gate,07:00,19:00,false,100\nlibrary,图书馆,grounds,08:00,16:00,false,10\n",
            "staff.csv": "id,name,skills,max_shifts\ns01,甲,gate_day,20\n",
            "demand.csv": "post,day,count\ngate_day,weekday,1\nlibrary,weekday,1\n",
            "leave.csv": "staff,from,to\n", "requests.csv": "staff,date,kind\n", "history.csv": "date,staff,post\n", "pinned.csv": "date,staff,post\n",
        ])
        let unskilled = try DutyProcess.run(["roster", "--data", nobody, "--month", "2025-10", "--out", DutyProcess.temporaryPath("out")])
        #expect(unskilled.status == 0, "\(unskilled.stderr)")
        #expect(unskilled.stderr.contains("注意: post: 岗位 library 在 2025年10月 需要 24 人次，但 staff.csv 里没有人具备这个技能"), "\(unskilled.stderr)")
    }

    @Test("an absence on a day the person was not rostered is warned about, and still counts")
    func attendanceOffRoster() throws {
        let roster = DutyProcess.temporaryPath("folder") + "-roster.csv"
        try "date,post,staff\n2025-10-02,gate_day,s03\n".write(toFile: roster, atomically: true, encoding: .utf8)
        let data = try DutyProcess.exampleCopy(replacing: ["attendance.csv": "date,staff,post,status,note\n2025-10-05,s03,gate_day,absent,\n"])
        let run = try DutyProcess.run(["appraise", "--data", data, "--month", "2025-10", "--roster", roster, "--out", DutyProcess.temporaryPath("out")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("attendance.csv:2: 注意: date: s03 在 2025-10-05 记为缺勤，但当天没有排班"), "\(run.stderr)")
    }

    @Test("an output folder that cannot be written is exit 2 before any solve", arguments: ["roster", "shortage"])
    func unwritableOut(command: String) throws {
        let file = DutyProcess.temporaryPath("plain-file")
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let out = file + "/month"
        let arguments = command == "roster"
            ? ["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out]
            : ["bench", "shortage", "--data", DutyProcess.example, "--month", "2025-10", "--seeds", "1", "--out", out]
        let started = ContinuousClock.now
        let run = try DutyProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(out): 错误: 它位于 \(file) 之内，而 \(file) 不是文件夹"), "\(run.stderr)")
        #expect(ContinuousClock.now - started < .seconds(5), "no solve should have run")
    }
}

/// Ctrl-C during a solve says what happened, and nothing is written.
@Suite struct InterruptTests {
    @Test("an interrupted roster exits 130 saying that nothing was written")
    func interrupted() throws {
        let data = try WholeCommandTimeLimitTests.largeMonth(), out = DutyProcess.temporaryPath("out")
        let process = Process()
        process.executableURL = DutyProcess.executable
        process.arguments = ["roster", "--data", data, "--month", "2025-10", "--out", out, "--time-limit", "60", "--lang", "en"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("interrupted: nothing was written"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// roster.html on paper: printed by Chromium to PDF, A4, the calendar on one landscape page,
/// the totals on the next, one portrait page per person.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "needs Debian's chromium (make test installs it)"))
struct PrintTests {
    /// Width and height in points of every page of a PDF, in order.
    static func pageSizes(_ pdf: Data) -> [(Double, Double)] {
        let text = String(decoding: pdf, as: UTF8.self)
        let pattern = try! NSRegularExpression(pattern: #"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let width = Range(match.range(at: 1), in: text), let height = Range(match.range(at: 2), in: text) else { return nil }
            return (Double(text[width]) ?? 0, Double(text[height]) ?? 0)
        }
    }

    /// The page sizes of `html` printed to PDF by headless Chromium.
    static func printed(_ html: String) throws -> [(Double, Double)] {
        let pdf = html + ".pdf"
        let chromium = Process()
        chromium.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        chromium.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"]
        chromium.standardOutput = Pipe()
        chromium.standardError = Pipe()
        try chromium.run()
        chromium.waitUntilExit()
        return pageSizes(try Data(contentsOf: URL(fileURLWithPath: pdf)))
    }

    @Test("the shipped month prints on A4: calendar and totals landscape, then a page for each of the 12 people")
    func rosterOnA4() throws {
        let out = DutyProcess.temporaryPath("print")
        #expect(try DutyProcess.run(["roster", "--data", DutyProcess.example, "--month", "2025-10", "--out", out]).status == 0)
        let sizes = try Self.printed(out + "/roster.html")
        #expect(sizes.count == 2 + 12, "\(sizes)")
        let landscape = sizes.prefix(2).allSatisfy { abs($0.0 - 841.9) < 1 && abs($0.1 - 595) < 1 }
        let portrait = sizes.dropFirst(2).allSatisfy { abs($0.0 - 595) < 1 && abs($0.1 - 841.9) < 1 }
        #expect(landscape && portrait, "\(sizes)")
    }

    @Test("the appraisal prints on A4 portrait")
    func appraisalOnA4() throws {
        let out = DutyProcess.temporaryPath("print-appraisal")
        let roster = DutyProcess.packageRoot.appendingPathComponent("Tests/DutyEndToEndTests/Fixtures/roster-example/roster.csv").path
        #expect(try DutyProcess.run(["appraise", "--data", DutyProcess.example, "--month", "2025-10", "--roster", roster, "--out", out]).status == 0)
        let sizes = try Self.printed(out + "/appraisal.html")
        #expect(!sizes.isEmpty && sizes.allSatisfy { abs($0.0 - 595) < 1 && abs($0.1 - 841.9) < 1 }, "\(sizes)")
    }
}
