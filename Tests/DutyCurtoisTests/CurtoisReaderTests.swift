import DutyCore
@testable import DutyCurtois
import DutyIO
import DutyShiftRostering
import Foundation
import Testing

/// A small instance with every section, in the published layout.
let everySection = """
    # comment
    SECTION_HORIZON
    # days
    14

    SECTION_SHIFTS
    E,480,
    L,600,E

    SECTION_STAFF
    A,E=10|L=4,4800,2400,5,2,2,1
    B,E=10,4800,0,6,1,1,2

    SECTION_DAYS_OFF
    A,0,13
    B

    SECTION_SHIFT_ON_REQUESTS
    A,2,E,2

    SECTION_SHIFT_OFF_REQUESTS
    B,3,E,5

    SECTION_COVER
    0,E,2,100,1
    0,L,1,50,3
    """

@Suite struct CurtoisReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/curtois").standardizedFileURL.path

    @Test("every section is read into the general domain")
    func sections() throws {
        let problem = try CurtoisReader.parse(everySection, name: "Tiny", path: "tiny.txt")
        #expect(problem.name == "Tiny")
        #expect(problem.days == 14)
        #expect(problem.shiftTypes == [ShiftType(id: "E", minutes: 480), ShiftType(id: "L", minutes: 600, forbiddenNext: ["E"])])
        let a = try #require(problem.workers.first)
        #expect(a.id == "A")
        #expect(a.contract == WorkContract(maxShifts: ["E": 10, "L": 4], minMinutes: 2400, maxMinutes: 4800, maxConsecutiveShifts: 5,
                                           minConsecutiveShifts: 2, minConsecutiveDaysOff: 2, maxWeekends: 1))
        #expect(a.daysOff == [0, 13])
        #expect(problem.workers[1].daysOff.isEmpty)
        #expect(!problem.workers[1].contract.allows("L"))
        #expect(problem.requests == [ShiftProblem.Request(.on, worker: "A", day: 2, shift: "E", weight: 2),
                                     ShiftProblem.Request(.off, worker: "B", day: 3, shift: "E", weight: 5)])
        #expect(problem.cover == [ShiftProblem.Cover(day: 0, shift: "E", requirement: 2, underWeight: 100, overWeight: 1),
                                  ShiftProblem.Cover(day: 0, shift: "L", requirement: 1, underWeight: 50, overWeight: 3)])
        #expect(problem.weekends == [[5, 6], [12, 13]])
    }

    @Test("white space around lines and fields is ignored: tabs, spaces and no-break spaces")
    func whiteSpace() throws {
        let padded = everySection.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            "\t " + line.split(separator: ",", omittingEmptySubsequences: false).joined(separator: " \u{00A0},\t") + " \t"
        }.joined(separator: "\r\n")
        let problem = try CurtoisReader.parse(padded, name: "Tiny", path: "tiny.txt")
        let plain = try CurtoisReader.parse(everySection, name: "Tiny", path: "tiny.txt")
        #expect((problem.days, problem.shiftTypes, problem.workers.map(\.contract)) == (plain.days, plain.shiftTypes, plain.workers.map(\.contract)))
        #expect((problem.requests, problem.cover) == (plain.requests, plain.cover))
        #expect(problem.workers.map(\.daysOff) == plain.workers.map(\.daysOff))
    }

    @Test("the shipped instances read, CRLF line ends included")
    func shipped() throws {
        let first = try CurtoisReader.read(path: "\(Self.root)/Instance1.txt")
        #expect((first.name, first.days, first.workers.count, first.shiftTypes.count) == ("Instance1", 14, 8, 1))
        #expect((first.requests.filter { $0.kind == .on }.count, first.requests.filter { $0.kind == .off }.count, first.cover.count) == (21, 5, 14))
        let third = try CurtoisReader.read(path: "\(Self.root)/Instance3.txt")
        #expect((third.days, third.workers.count, third.shiftTypes.count, third.cover.count) == (14, 20, 3, 42))
        #expect(third.shiftTypes.first { $0.id == "L" }?.forbiddenNext == ["E", "D"])
    }

    /// A malformed variant of `everySection`: the line to replace, its replacement, and the
    /// line, field and words the message must give.
    struct Damage: CustomTestStringConvertible, Sendable {
        let original: String
        let replacement: String
        let line: Int
        let field: String?
        let words: String
        var testDescription: String { "\(original) → \(replacement)" }
    }

    static let damages: [Damage] = [
        Damage(original: "14", replacement: "two weeks", line: 4, field: "days", words: "whole number"),
        Damage(original: "SECTION_SHIFTS", replacement: "SECTION_SHIFT", line: 6, field: nil, words: "unknown section"),
        Damage(original: "L,600,E", replacement: "L,600,X", line: 8, field: "shifts which cannot follow", words: "unknown shift \"X\""),
        Damage(original: "L,600,E", replacement: "L,0,E", line: 8, field: "length in minutes", words: "from 1 to 1440"),
        Damage(original: "L,600,E", replacement: "E,600,", line: 8, field: "shift id", words: "defined again (first at line 7)"),
        Damage(original: "A,E=10|L=4,4800,2400,5,2,2,1", replacement: "A,E=10|N=4,4800,2400,5,2,2,1", line: 11, field: "max shifts", words: "unknown shift \"N\""),
        Damage(original: "A,E=10|L=4,4800,2400,5,2,2,1", replacement: "A,E=ten,4800,2400,5,2,2,1", line: 11, field: "max shifts", words: "shift=count"),
        Damage(original: "A,E=10|L=4,4800,2400,5,2,2,1", replacement: "A,E=10|L=4,4800,2400,5,2,2", line: 11, field: nil, words: "7 fields; expected 8"),
        Damage(original: "A,E=10|L=4,4800,2400,5,2,2,1", replacement: "A,E=10|L=4,2400,4800,5,2,2,1", line: 11, field: "min total minutes", words: "expected min ≤ max"),
        Damage(original: "A,E=10|L=4,4800,2400,5,2,2,1", replacement: "A,E=10|L=4,4800,2400,2,5,2,1", line: 11, field: "min consecutive shifts", words: "expected min ≤ max"),
        Damage(original: "A,E=10|L=4,4800,2400,5,2,2,1", replacement: "A,E=10|L=4,4800,-1,5,2,2,1", line: 11, field: "min total minutes", words: "whole number from 0"),
        Damage(original: "A,0,13", replacement: "A,0,14", line: 15, field: "day index", words: "from 0 to 13"),
        Damage(original: "A,0,13", replacement: "Z,0,13", line: 15, field: "staff id", words: "unknown staff \"Z\""),
        Damage(original: "A,2,E,2", replacement: "A,2,N,2", line: 19, field: "shift id", words: "unknown shift \"N\""),
        Damage(original: "B,3,E,5", replacement: "B,3,E", line: 22, field: nil, words: "3 fields; expected 4"),
        Damage(original: "B,3,E,5", replacement: "B,3,E,heavy", line: 22, field: "weight", words: "whole number"),
        Damage(original: "0,L,1,50,3", replacement: "0,E,1,50,3", line: 26, field: "day", words: "covered again (first at line 25)"),
        Damage(original: "0,L,1,50,3", replacement: "0,L,-1,50,3", line: 26, field: "requirement", words: "whole number from 0"),
        Damage(original: "# comment", replacement: "7", line: 1, field: nil, words: "before any section"),
        Damage(original: "SECTION_COVER", replacement: "SECTION_DAYS_OFF", line: 24, field: nil, words: "appears again (first at line 14)"),
    ]

    /// What reading `lines` as tiny.txt reports (nothing when it reads).
    static func issues(parsing lines: [String]) -> [InputIssue] {
        do {
            _ = try CurtoisReader.parse(lines.joined(separator: "\n"), name: "Tiny", path: "tiny.txt")
            return []
        } catch {
            return error.issues
        }
    }

    @Test("malformed lines are reported with file, line, field and what was expected", arguments: damages)
    func malformed(_ damage: Damage) throws {
        var lines = everySection.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: damage.original))
        lines[index] = damage.replacement
        let issues = Self.issues(parsing: lines)
        let issue = try #require(issues.first, "no error for \(damage.replacement)")
        #expect(issue.file == "tiny.txt")
        #expect(issue.line == damage.line)
        #expect(issue.field == damage.field)
        #expect(issue.message.text(.en).contains(damage.words), "\(issue)")
        #expect(issue.description.hasPrefix("tiny.txt:\(damage.line)"))
    }

    @Test("more shift types than the solver keeps are refused on the first line too many")
    func tooManyShiftTypes() throws {
        var lines = everySection.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: "L,600,E"))
        lines.insert(contentsOf: (0..<CurtoisReader.maxShiftTypes).map { "S\($0),60," }, at: index + 1)
        let issues = Self.issues(parsing: lines)
        let issue = try #require(issues.first, "no error for \(CurtoisReader.maxShiftTypes + 2) shift types")
        // E and L are shifts 1 and 2, so the 101st is the 99th added, on line (index + 1) + 99.
        #expect(issue.line == index + 1 + CurtoisReader.maxShiftTypes - 1)
        #expect(issue.field == "shift id")
        #expect(issue.message.text(.en).contains("expected at most \(CurtoisReader.maxShiftTypes) shift types"), "\(issue)")
    }

    @Test("missing sections and unreadable files are named")
    func missing() {
        #expect(throws: InputError.self) { try CurtoisReader.parse("SECTION_HORIZON\n7\n", name: "x", path: "x.txt") }
        do {
            _ = try CurtoisReader.parse("SECTION_HORIZON\n7\n", name: "x", path: "x.txt")
        } catch {
            #expect(error.issues.map { $0.message.text(.en) }.contains { $0.contains("SECTION_SHIFTS is missing") })
            #expect(error.issues.map { $0.message.text(.en) }.contains { $0.contains("SECTION_STAFF is missing") })
        }
        do {
            _ = try CurtoisReader.read(path: "/nonexistent/Instance0.txt")
            Issue.record("no error for a missing file")
        } catch {
            #expect(error.issues.first?.file == "/nonexistent/Instance0.txt")
        }
    }

    @Test("a written roster reads back")
    func rosterRoundTrip() throws {
        let roster = [ShiftAssignment(day: 3, worker: "B", shift: "E"), ShiftAssignment(day: 0, worker: "A", shift: "L")]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv").path
        try ShiftRosterCSV.text(roster).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ShiftRosterCSV.read(path) == roster.sorted())
        #expect(ShiftRosterCSV.text(roster).hasPrefix("day,staff,shift\n0,A,L\n"))
    }
}
