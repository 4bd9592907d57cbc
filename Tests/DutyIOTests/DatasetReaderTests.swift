import DutyCore
import Foundation
import Testing
@testable import DutyIO

/// A dataset folder written into a temporary directory for one test.
struct TemporaryDataset {
    let path: String

    static let minimal: [String: String] = [
        "posts.csv": "id,name,area,start,end,night,priority\ngate_day,门卫白班,gate,07:00,19:00,false,100\ngate_night,门卫夜班,gate,19:00,07:00,true,120\n",
        "staff.csv": "id,name,skills,max_shifts,min_shifts,max_nights\ns01,王建国,gate_day;gate_night,20,,\n",
        "demand.csv": "post,day,count\ngate_day,weekday,1\n",
    ]

    init(_ files: [String: String], replacing: Bool = false) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("duty-dataset-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let all = replacing ? files : TemporaryDataset.minimal.merging(files) { $1 }
        for (name, contents) in all { try contents.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8) }
    }

    func read(month: String = "2025-10") throws(InputError) -> Dataset {
        try DatasetReader.read(directory: path, month: Month(month)!)
    }

    /// The messages of the input error that reading raises, or [] if reading succeeds.
    func issues(month: String = "2025-10") -> [InputIssue] {
        do { _ = try read(month: month); return [] } catch { return error.issues }
    }
}

@Suite struct DatasetReaderTests {
    @Test("the shipped example reads with all its files")
    func example() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/example").standardizedFileURL.path
        let dataset = try DatasetReader.read(directory: root, month: Month("2025-10")!)
        #expect(dataset.posts.count == 5)
        #expect(dataset.staff.count == 12)
        #expect(dataset.calendar.holidays.count == 8)
        #expect(!dataset.pins.isEmpty && !dataset.history.isEmpty && !dataset.requests.isEmpty && !dataset.leave.isEmpty)
    }

    @Test("BOM, quoted fields with commas and newlines, Chinese names and any column order are read")
    func tolerantCSV() throws {
        let dataset = try TemporaryDataset([
            "staff.csv": "\u{FEFF}max_shifts,skills,name,id\n18,\"gate_day;gate_night\",\"王, \"\"老\"\"\n师傅\",s01\n",
        ]).read()
        #expect(dataset.staff.first?.name == "王, \"老\"\n师傅")
        #expect(dataset.staff.first?.skills == ["gate_day", "gate_night"])
        #expect(dataset.staff.first?.maxShifts == 18)
    }

    @Test("line numbers count the lines a quoted newline spans")
    func lineNumbersAfterMultilineField() throws {
        let issues = try TemporaryDataset(["staff.csv": "id,name,skills,max_shifts\ns01,\"two\nlines\",gate_day,20\ns02,x,gate_day,二十\n"]).issues()
        #expect(issues.map(\.description) == [
            "\(issues.first?.file ?? ""):4:4: error: max_shifts: \"二十\" is not a whole number ≥ 0; expected an integer ≥ 0",
        ])
    }

    @Test("each kind of bad input names its file, line, field and what was expected", arguments: [
        ("staff.csv", "id,name,skills,max_shifts\ns01,a,gate_day,many\n", "staff.csv:2:4: error: max_shifts: \"many\" is not a whole number"),
        ("staff.csv", "id,name,skills,max_shifts\ns01,a,canteen,5\n", "staff.csv:2:3: error: skills: skill \"canteen\" names no post"),
        ("staff.csv", "id,name,max_shifts\ns01,a,5\n", "staff.csv:1: error: skills: column \"skills\" is missing"),
        ("staff.csv", "id,name,skills,max_shifts\ns01,a,gate_day,5\ns01,b,gate_day,5\n", "staff.csv:3:1: error: id: staff \"s01\" appears again (first on line 2)"),
        ("posts.csv", "id,name,area,start,end,night,priority\ngate_day,a,gate,7am,19:00,false,1\n", "posts.csv:2:4: error: start: \"7am\" is not a time of day"),
        ("posts.csv", "id,name,area,start,end,night,priority\ngate_day,a,gate,07:00,19:00,maybe,1\n", "posts.csv:2:6: error: night: \"maybe\" is not a truth value"),
        ("demand.csv", "post,day,count\ngate_day,someday,1\n", "demand.csv:2:2: error: day: \"someday\" is not a day"),
        ("demand.csv", "post,day,count\nlibrary,Mon,1\n", "demand.csv:2:1: error: post: unknown post \"library\""),
        ("demand.csv", "post,day,count\ngate_day,Mon,99999999999\n", "demand.csv:2:3: error: count: 99999999999 is too large"),
        ("leave.csv", "staff,from,to,reason\ns99,2025-10-01,2025-10-02,x\n", "leave.csv:2:1: error: staff: unknown staff \"s99\""),
        ("leave.csv", "staff,from,to,reason\ns01,2025-10-05,2025-10-02,x\n", "leave.csv:2:3: error: to: 2025-10-02 is before from = 2025-10-05"),
        ("leave.csv", "staff,from,to,reason\ns01,2025-13-01,2025-10-02,x\n", "leave.csv:2:2: error: from: \"2025-13-01\" is not a date"),
        ("history.csv", "date,staff,post\n2025-10-03,s01,gate_day\n", "history.csv:2:1: error: date: 2025-10-03 lies inside 2025-10"),
        ("pinned.csv", "date,staff,post\n2025-10-03,s01,canteen\n", "pinned.csv:2:3: error: post: unknown post \"canteen\""),
        ("requests.csv", "staff,date,post,kind,weight\ns01,2025-10-03,,maybe,\n", "requests.csv:2:4: error: kind: \"maybe\" is not a request kind"),
        ("calendar.csv", "date,kind\n2025-10-01,party\n", "calendar.csv:2:2: error: kind: \"party\" is not a day kind"),
        ("rules.yaml", "max_consecutive_days: six\n", "rules.yaml:1:23: error: max_consecutive_days: \"six\" is not a whole number from 1 to"),
        ("rules.yaml", "weights:\n  fairnes: 3\n", "rules.yaml:2:3: error: fairnes: unknown key \"fairnes\""),
        ("rules.yaml", "weights: [1, 2\n", "rules.yaml:"),
        // Every date column refuses a day or month of 19 digits and more instead of overflowing.
        ("leave.csv", "staff,from,to,reason\ns01,2025-10-01,2025-10-99999999999999999999,x\n", "leave.csv:2:3: error: to: \"2025-10-99999999999999999999\" is not a date"),
        ("leave.csv", "staff,from,to,reason\ns01,2025-99999999999999999999-01,2025-10-02,x\n", "leave.csv:2:2: error: from: "),
        ("history.csv", "date,staff,post\n2025-09-99999999999999999999,s01,gate_day\n", "history.csv:2:1: error: date: "),
        ("pinned.csv", "date,staff,post\n99999999999999999999-10-01,s01,gate_day\n", "pinned.csv:2:1: error: date: "),
        ("requests.csv", "staff,date,post,kind,weight\ns01,2025-10-99999999999999999999,,off,\n", "requests.csv:2:2: error: date: "),
        ("calendar.csv", "date,kind\n2025-10-99999999999999999999,holiday\n", "calendar.csv:2:1: error: date: "),
        ("demand.csv", "post,day,count\ngate_day,2025-10-99999999999999999999,1\n", "demand.csv:2:2: error: day: "),
        // An unclosed quote is named on the line where it opened; the rows after it are not lost.
        ("leave.csv", "staff,from,to,reason\ns01,2025-10-09,2025-10-31,\"病假 sick leave\ns01,2025-10-01,2025-10-02,x\n", "leave.csv:2: error: a quote opens a field here and is never closed"),
        ("staff.csv", "id,name,skills,max_shifts\ns01,\"王\"x,gate_day,5\n", "staff.csv:2: error: text after the closing quote"),
        // Numbers that are multiplied or summed are bounded, so that no objective can overflow.
        ("posts.csv", "id,name,area,start,end,night,priority\ngate_day,a,gate,07:00,19:00,false,1e308\n", "posts.csv:2:7: error: priority: 1e308 is out of range; expected a number from 0 to 1000000"),
        ("requests.csv", "staff,date,post,kind,weight\ns01,2025-10-03,,off,1e300\n", "requests.csv:2:5: error: weight: 1e300 is out of range"),
        ("rules.yaml", "weights:\n  fairness: 1e12\n", "rules.yaml:2:13: error: weights.fairness: \"1e12\" is not a number from 0 to 1000000"),
        ("rules.yaml", "time_limit: 1e17\n", "rules.yaml:1:13: error: time_limit: "),
        // Silent acceptance is gone: a date that is both kinds, a column named twice, a key given twice.
        ("calendar.csv", "date,kind\n2025-10-01,holiday\n2025-10-01,workday\n", "calendar.csv:3:1: error: date: 2025-10-01 is a workday here but a holiday on line 2"),
        ("staff.csv", "id,name,skills,max_shifts,id\ns01,a,gate_day,5,s02\n", "staff.csv:1:5: error: id: column \"id\" appears again (first as column 1)"),
        ("rules.yaml", "time_limit: 5\nmip_gap: 0\ntime_limit: 9\n", "rules.yaml:3: error: time_limit: key \"time_limit\" appears again in one mapping (first on line 1)"),
        ("rules.yaml", "weights: {request: 1, request: 2}\n", "rules.yaml:1: error: request: key \"request\" appears again"),
    ])
    func badInput(file: String, contents: String, expected: String) throws {
        let messages = try Self.messages(file, contents, in: .en)
        #expect(messages.contains { $0.hasPrefix(expected) }, "got \(messages)")
    }

    /// The errors of a dataset with `file` replaced, in `language`, located relative to the folder.
    private static func messages(_ file: String, _ contents: String, in language: Language) throws -> [String] {
        let dataset = try TemporaryDataset([file: contents])
        return dataset.issues().map { $0.text(language).replacingOccurrences(of: dataset.path + "/", with: "") }
    }

    @Test("in Chinese, the same errors keep their file, line, column and field, and say what to write", arguments: [
        ("staff.csv", "id,name,skills,max_shifts\ns01,a,gate_day,many\n", "staff.csv:2:4: 错误: max_shifts: “many”不是不小于 0 的整数"),
        ("staff.csv", "id,name,skills,max_shifts\ns01,a,canteen,5\n", "staff.csv:2:3: 错误: skills: 技能“canteen”不是任何岗位"),
        ("staff.csv", "id,name,skills,max_shifts\ns01,a,gate_day,5\ns01,b,gate_day,5\n", "staff.csv:3:1: 错误: id: 人员编号“s01”重复（第一次在第 2 行）"),
        ("leave.csv", "staff,from,to,reason\ns99,2025-10-01,2025-10-02,x\n", "leave.csv:2:1: 错误: staff: 不认识的人员“s99”；应为 staff.csv 中的人员编号"),
        ("leave.csv", "staff,from,to,reason\ns01,2025-13-01,2025-10-02,x\n", "leave.csv:2:2: 错误: from: “2025-13-01”不是日期；应写成 YYYY-MM-DD"),
        ("history.csv", "date,staff,post\n2025-10-03,s01,gate_day\n", "history.csv:2:1: 错误: date: 2025-10-03 在 2025年10月 之内"),
        ("rules.yaml", "weights:\n  fairnes: 3\n", "rules.yaml:2:3: 错误: fairnes: 不认识的键“fairnes”"),
        ("leave.csv", "staff,from,to,reason\ns01,2025-10-09,2025-10-31,\"病假\ns01,2025-10-01,2025-10-02,x\n", "leave.csv:2: 错误: 这里的引号开始了一个字段却没有结束"),
    ])
    func badInputInChinese(file: String, contents: String, expected: String) throws {
        let messages = try Self.messages(file, contents, in: .zh)
        #expect(messages.contains { $0.hasPrefix(expected) }, "got \(messages)")
    }

    @Test("a full-width comma is explained in Chinese too")
    func fullWidthInChinese() throws {
        let comma = try TemporaryDataset(["leave.csv": "staff,from,to,reason\ns01，2025-10-20，2025-10-22，事假\n"]).issues()
        #expect(comma.contains { $0.text(.zh).contains("这一行有全角逗号（，）：字段之间要用半角逗号（,）分隔") }, "\(comma)")
        let more = InputError(Array(repeating: comma[0], count: 53))
        #expect(more.text(.zh).hasSuffix("…… 还有 3 处错误") && more.text(.en).hasSuffix("… and 3 more errors"))
    }

    @Test("accepted input that deserves a look is warned about with file and line")
    func warnings() throws {
        let dataset = try TemporaryDataset([
            "calendar.csv": "date,kind\n2025-10-01,holiday\n2025-10-01,holiday\n",
            "pinned.csv": "date,staff,post\n2025-11-03,s01,gate_day\n",
            "history.csv": "date,staff,post\n2025-11-05,s01,gate_day\n2025-09-30,s01,gate_day\n2025-09-30,s01,gate_day\n",
            "leave.csv": "staff,from,to,reason\ns01,2025-10-01,2025-10-02,\"two\nlines\"\n",
        ])
        let read = try dataset.read()
        let warnings = read.warnings.map { $0.description.replacingOccurrences(of: dataset.path + "/", with: "") }
        #expect(warnings.contains { $0.hasPrefix("calendar.csv:3: warning: date: 2025-10-01 is listed again as holiday (first on line 2)") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("pinned.csv:2: warning: date: 2025-11-03 lies outside 2025-10") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("leave.csv:2: warning: a quoted field runs from line 2 to line 3") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("history.csv:2: warning: date: 2025-11-05 lies after 2025-10") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("history.csv:4: warning: repeats line 3 (2025-09-30, s01, gate_day); read once") }, "\(warnings)")
        #expect(read.pins.isEmpty && read.history.count == 1 && read.calendar.holidays.count == 1 && read.leave.count == 1)
    }

    @Test("all errors of all files are reported together")
    func collectsAll() throws {
        let issues = try TemporaryDataset([
            "staff.csv": "id,name,skills,max_shifts\ns01,a,gate_day,x\ns02,b,nowhere,y\n",
            "leave.csv": "staff,from,to\nnobody,2025-10-01,2025-10-02\n",
        ]).issues()
        #expect(issues.count == 4)
        #expect(Set(issues.map { URL(fileURLWithPath: $0.file).lastPathComponent }) == ["staff.csv", "leave.csv"])
    }

    @Test("a missing required file or folder is an error, optional files are not")
    func missingFiles() throws {
        let issues = try TemporaryDataset(["posts.csv": TemporaryDataset.minimal["posts.csv"]!], replacing: true).issues()
        #expect(issues.count == 2)
        #expect(issues.allSatisfy { $0.message.text(.en).hasPrefix("missing; expected the required file") })
        #expect(throws: InputError.self) { try DatasetReader.read(directory: "/nonexistent/dataset", month: Month("2025-10")!) }
    }

    @Test("records outside the month are left out; request weights default from rules.yaml")
    func monthScope() throws {
        let dataset = try TemporaryDataset([
            "requests.csv": "staff,date,post,kind,weight\ns01,2025-10-03,,off,\ns01,2025-11-03,,off,4\n",
            "rules.yaml": "weights:\n  request: 7\n",
            "leave.csv": "staff,from,to\ns01,2025-09-01,2025-09-05\ns01,2025-09-28,2025-10-02\n",
        ]).read()
        #expect(dataset.requests.map(\.weight) == [7])
        #expect(dataset.leave.count == 1)
    }
}

/// What spreadsheets on Chinese Windows make of the files: GB18030 text and full-width punctuation.
@Suite struct SpreadsheetInputTests {
    @Test("a GB18030 file reads as its UTF-8 twin, with a warning naming the encoding")
    func gb18030() throws {
        let staff = "id,name,skills,max_shifts\ns01,王建国,gate_day;gate_night,20\n"
        let dataset = try TemporaryDataset([:])
        let gb = try #require(staff.data(using: TextDecoding.gb18030))
        #expect(String(data: gb, encoding: .utf8) == nil, "the sample must not be valid UTF-8")
        try gb.write(to: URL(fileURLWithPath: dataset.path + "/staff.csv"))
        let read = try dataset.read()
        #expect(read.staff.map(\.name) == ["王建国"] && read.staff.first?.skills == ["gate_day", "gate_night"])
        #expect(read.warnings.contains { $0.file.hasSuffix("staff.csv") && $0.message.text(.en).hasPrefix("read as GB18030") }, "\(read.warnings)")
    }

    @Test("bytes that are neither UTF-8 nor GB18030 are an error naming the file")
    func undecodable() throws {
        let dataset = try TemporaryDataset([:])
        try Data([0x69, 0x64, 0x0A, 0xFF, 0xFF, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: dataset.path + "/leave.csv"))
        let issues = dataset.issues()
        #expect(issues.contains { $0.file.hasSuffix("leave.csv") && $0.message.text(.en).hasPrefix("the file is neither UTF-8 nor GB18030") }, "\(issues)")
    }

    @Test("a full-width comma or semicolon is named in the message with its fix")
    func fullWidth() throws {
        let comma = try TemporaryDataset(["leave.csv": "staff,from,to,reason\ns01，2025-10-20，2025-10-22，事假\n"]).issues()
        #expect(comma.contains { $0.message.text(.en).contains("full-width comma (，): separate fields with an ASCII comma (,)") }, "\(comma)")
        let header = try TemporaryDataset(["leave.csv": "staff，from，to，reason\ns01,2025-10-20,2025-10-22,事假\n"]).issues()
        #expect(header.contains { $0.line == 1 && $0.message.text(.en).contains("full-width comma") }, "\(header)")
        let semicolon = try TemporaryDataset(["staff.csv": "id,name,skills,max_shifts\ns01,王,gate_day；gate_night,20\n"]).issues()
        #expect(semicolon.contains { $0.field == "skills" && $0.message.text(.en).contains("full-width semicolon (；)") }, "\(semicolon)")
    }
}
