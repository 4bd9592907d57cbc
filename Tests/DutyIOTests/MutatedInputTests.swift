import DutyCore
import DutyCurtois
@testable import DutyIO
import Foundation
import Testing

/// Seeded, structure-aware fuzzing of every reader: the dataset CSVs, rules.yaml and
/// rubric.yaml, the roster CSV of `check` and `appraise`, and the Curtois text format.
///
/// Each case damages one file of the shipped example (or a Curtois instance) the way people
/// and spreadsheets damage files: a field replaced by a hostile value (huge numbers and dates,
/// stray quotes, full-width punctuation, NUL, very long text), a line deleted, repeated or cut
/// off, a header column repeated. Reading must either succeed or throw an ``InputError``
/// whose every issue names the damaged file; a trap fails the whole test run.
///
/// `make test` runs `DUTY_FUZZ_CASES` cases per reader (default 150); for a longer run:
/// `DUTY_FUZZ_CASES=20000 swift test --filter MutatedInputTests`. An input that ever
/// crashes a reader goes into Fixtures/fuzz-regressions (see ``FuzzRegressionTests``).
@Suite struct MutatedInputTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/example").standardizedFileURL.path
    static let curtois = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/curtois/Instance1.txt").standardizedFileURL.path
    static let datasetFiles = ["posts.csv", "staff.csv", "demand.csv", "calendar.csv", "leave.csv", "requests.csv", "history.csv",
                               "pinned.csv", "rules.yaml", "rubric.yaml", "inspections.csv", "attendance.csv", "repairs.csv"]
    static let cases = ProcessInfo.processInfo.environment["DUTY_FUZZ_CASES"].flatMap(Int.init) ?? 150

    /// Values that have broken readers somewhere: overflow, non-finite numbers, quoting, encodings.
    static let hostile = [
        "", " ", "\"", "\"\"", "\"open", "x\"y", "9999999999999999999999", "-9223372036854775809", "1e308", "-1e308", "1e-320",
        "nan", "inf", "-0", "2025-10-99999999999999999999", "99999999999999999999-01-01", "2025-02-30", "0000-00-00",
        "2025-10-01T99999999999999999999:00", "24:00", "-1", "，", "；", "s01，s02", "张三", "\u{0}", "\u{FEFF}",
        String(repeating: "长", count: 300), "{", "[", ": :", "&anchor", "*alias", "!!binary", "- -", "true", "~",
    ]

    /// The text with one structure-aware mutation, chosen by `random`.
    static func mutated(_ text: String, random: inout SplitMix64) -> String {
        var lines = text.components(separatedBy: "\n")
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let line = Int(random.next() % UInt64(lines.count))
        switch random.next() % 7 {
        case 0, 1, 2:  // one field (comma- or colon-separated) replaced by a hostile value
            let separator = lines[line].contains(",") ? "," : ":"
            var fields = lines[line].components(separatedBy: separator)
            fields[Int(random.next() % UInt64(fields.count))] = pick(hostile)
            lines[line] = fields.joined(separator: separator)
        case 3: lines.remove(at: line)
        case 4: lines.insert(lines[line], at: line)
        case 5: lines[line] = String(lines[line].prefix(Int(random.next() % UInt64(lines[line].count + 1))))
        default:  // a header column repeated, or a line's separators made full-width
            if random.next() % 2 == 0 { lines[0] += "," + (lines[0].components(separatedBy: ",").first ?? "") } else {
                lines[line] = lines[line].replacingOccurrences(of: ",", with: "，")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("damaged dataset files are read or rejected naming the file, never a crash", arguments: datasetFiles)
    func datasetFile(file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duty-fuzz-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Self.example, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
        var random = SplitMix64(seed: file.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
        for number in 0..<Self.cases {
            let text = Self.mutated(original, random: &random)
            try text.write(toFile: "\(folder)/\(file)", atomically: true, encoding: .utf8)
            do {
                let dataset = try DatasetReader.read(directory: folder, month: Month("2025-10")!)
                let appraisal = try AppraisalReader.read(directory: folder)
                #expect((dataset.warnings + appraisal.warnings).allSatisfy { $0.file.hasPrefix(folder) }, "case \(number)")
            } catch {
                #expect(!error.issues.isEmpty && error.issues.allSatisfy { $0.file.hasPrefix(folder) && !$0.message.text(.en).isEmpty },
                        "\(file) case \(number): \(error)\n--- input:\n\(text)")
            }
        }
    }

    @Test("damaged roster CSVs are read or rejected naming the file")
    func rosterCSV() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duty-fuzz-roster-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let original = "date,post,staff\n2025-10-01,gate_day,s03\n2025-10-01,gate_night,s04\n2025-10-02,\"canteen_lunch\",s01\n"
        var random = SplitMix64(seed: 7)
        for number in 0..<Self.cases {
            let text = Self.mutated(original, random: &random)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            do { _ = try RosterCSVReader.read(path) } catch {
                #expect(error.issues.allSatisfy { $0.file == path && !$0.message.text(.en).isEmpty }, "case \(number): \(error)")
            }
        }
    }

    @Test("damaged Curtois instances are read or rejected naming the file")
    func curtoisText() throws {
        let original = try String(contentsOfFile: Self.curtois, encoding: .utf8)
        var random = SplitMix64(seed: 11)
        for number in 0..<Self.cases {
            let text = Self.mutated(original, random: &random)
            do { _ = try CurtoisReader.parse(text, name: "fuzz", path: "fuzz.txt") } catch {
                #expect(!error.issues.isEmpty && error.issues.allSatisfy { $0.file == "fuzz.txt" && !$0.message.text(.en).isEmpty }, "case \(number): \(error)")
            }
        }
    }
}

/// Inputs that once crashed or misled a reader, kept as files: `<file>--<what>.<ext>` replaces
/// `<file>` of the shipped example and must be rejected, first of all with an error on that file.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-regressions").path

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains("--") }.sorted()
    }

    @Test("every regression input is an error naming its file and a line", arguments: inputs)
    func regression(input: String) throws {
        let target = String(input[..<input.range(of: "--")!.lowerBound]) + "." + (input.split(separator: ".").last.map(String.init) ?? "csv")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("duty-regression-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: MutatedInputTests.example, toPath: data)
        defer { try? FileManager.default.removeItem(atPath: data) }
        try FileManager.default.removeItem(atPath: "\(data)/\(target)")
        try FileManager.default.copyItem(atPath: "\(Self.folder)/\(input)", toPath: "\(data)/\(target)")
        let issues: [InputIssue]
        do {
            _ = try DatasetReader.read(directory: data, month: Month("2025-10")!)
            _ = try AppraisalReader.read(directory: data)
            issues = []
        } catch { issues = error.issues }
        #expect(!issues.isEmpty, "\(input) was accepted")
        // The damaged file is named with a line; other files may follow (rows naming what it lost).
        #expect(issues.first.map { $0.file.hasSuffix("/\(target)") && $0.line > 0 } == true, "\(input): \(issues)")
    }
}
