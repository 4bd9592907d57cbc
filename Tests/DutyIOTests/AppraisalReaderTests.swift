import DutyCore
import Foundation
import Testing
@testable import DutyIO

/// The appraisal files are read with the dataset reader's checks and messages.
@Suite struct AppraisalReaderTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/example").standardizedFileURL.path

    /// A copy of the example with files replaced; the messages of reading it.
    private func issues(_ files: [String: String]) throws -> [String] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duty-appraisal-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Self.example, toPath: path)
        for (name, contents) in files { try contents.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8) }
        do { _ = try AppraisalReader.read(directory: path); return [] } catch {
            return error.issues.map { $0.description.replacingOccurrences(of: path + "/", with: "") }
        }
    }

    @Test("the shipped example reads")
    func example() throws {
        let input = try AppraisalReader.read(directory: Self.example)
        #expect(input.staff.count == 12)
        #expect(input.rubric.items["S01"]?.veto == true)
        #expect(input.rubric.grades.map(\.name) == ["excellent", "good", "pass", "fail"])
        #expect(!input.records.inspections.isEmpty && !input.records.attendance.isEmpty && !input.records.repairs.isEmpty)
    }

    @Test("each bad appraisal input names file, line, field and what was expected", arguments: [
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,2025-10-01,s01,Z99,,a,\n", "inspections.csv:2:4: error: item: unknown item code \"Z99\""),
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,2025-10-01,s77,C01,,a,\n", "inspections.csv:2:3: error: staff: unknown staff \"s77\""),
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,10/01/2025,s01,C01,,a,\n", "inspections.csv:2:2: error: date: \"10/01/2025\" is not a date"),
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,2025-10-01,s01,C01,3,a,\n", "inspections.csv:2:5: error: points: 3 has the opposite sign"),
        ("inspections.csv", "id,date,staff,item,points\nI1,2025-10-01,s01,C01,\nI1,2025-10-02,s01,C01,\n", "inspections.csv:3:1: error: id: inspection \"I1\" appears again"),
        ("attendance.csv", "date,staff,post,status,note\n2025-10-01,s01,gate_day,asleep,\n", "attendance.csv:2:4: error: status: \"asleep\" is not an attendance exception"),
        ("repairs.csv", "id,reported,kind,staff,completed\nR1,2025-10-02T10:00,minor,s01,2025-10-01T09:00\n", "repairs.csv:2:5: error: completed: 2025-10-01T09:00 is before it was reported"),
        ("repairs.csv", "id,reported,kind,staff,completed\nR1,2025-10-02 10:00,minor,s01,\n", "repairs.csv:2:2: error: reported: \"2025-10-02 10:00\" is not a time stamp"),
        ("repairs.csv", "id,reported,kind,staff,completed\nR1,2025-10-02T10:00,huge,s01,\n", "repairs.csv:2:3: error: kind: \"huge\" is not a repair kind"),
        ("rubric.yaml", "categories:\n  quality: {cap: 40}\nitems:\n  C01: {category: hygiene, points: -2}\ngrades:\n  - {name: pass, min: 60}\n  - {name: fail, min: 0}\n",
         "rubric.yaml:4:19: error: items.C01.category: unknown category \"hygiene\""),
        ("rubric.yaml", "categories:\n  quality: {cap: 40}\nitems:\n  C01: {category: quality, points: -2}\ngrades:\n  - {name: fail, min: 0}\n  - {name: pass, min: 60}\n",
         "rubric.yaml:7:5: error: grades.min: band pass has min 60 after fail with min 0; expected bands in descending order"),
        // An unclosed quote would swallow the later records (a veto among them): named where it opened.
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,2025-10-01,s01,C01,,a,\"note\nI2,2025-10-02,s01,S01,,a,\n",
         "inspections.csv:2: error: a quote opens a field here and is never closed"),
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,2025-10-99999999999999999999,s01,C01,,a,\n", "inspections.csv:2:2: error: date: "),
        ("inspections.csv", "id,date,staff,item,points,inspector,note\nI1,2025-10-01,s01,C01,-1e308,a,\n", "inspections.csv:2:5: error: points: -1e308 is out of range"),
        ("attendance.csv", "date,staff,post,status,note\n2025-99999999999999999999-01,s01,gate_day,late,\n", "attendance.csv:2:1: error: date: "),
        ("repairs.csv", "id,reported,kind,staff,completed\nR1,2025-10-99999999999999999999T10:00,minor,s01,\n", "repairs.csv:2:2: error: reported: "),
        ("repairs.csv", "id,reported,kind,staff,completed\nR1,2025-10-02T10:00,minor,s01,2025-10-02T99999999999999999999:00\n", "repairs.csv:2:5: error: completed: "),
        ("rubric.yaml", "categories:\n  quality: {cap: 40}\nitems:\n  C01: {category: quality, points: -2}\ngrades:\n  - {name: pass, min: 60}\n  - {name: pass, min: 0}\n",
         "rubric.yaml:7:5: error: grades.name: band \"pass\" appears again (first as band 1)"),
        ("rubric.yaml", "categories:\n  quality: {cap: 40}\nitems:\n  C01: {category: quality, points: -2}\nattendance: {extra_shift_bonus: 1e308}\ngrades:\n  - {name: fail, min: 0}\n",
         "rubric.yaml:5:33: error: attendance.extra_shift_bonus: \"1e308\" is not a number from 0 to 1000000"),
        ("rubric.yaml", "base: 100\ncategories:\n  quality: {cap: 40}\nitems:\n  C01: {category: quality, points: -2}\n  C01: {category: quality, points: -3}\ngrades:\n  - {name: fail, min: 0}\n",
         "rubric.yaml:6: error: C01: key \"C01\" appears again in one mapping (first on line 5)"),
    ])
    func badInput(file: String, contents: String, expected: String) throws {
        let messages = try issues([file: contents])
        #expect(messages.contains { $0.hasPrefix(expected) }, "got \(messages)")
    }
}
