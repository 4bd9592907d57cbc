import DutyCore
import Foundation
import Testing
@testable import DutyIO

/// Seeded random damage to the shipped example's files: reading must either succeed or
/// throw an ``InputError`` naming the file — never trap.
@Suite struct MutatedInputTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/example").standardizedFileURL.path
    static let files = ["posts.csv", "staff.csv", "demand.csv", "calendar.csv", "leave.csv", "requests.csv", "history.csv",
                        "pinned.csv", "rules.yaml", "rubric.yaml", "inspections.csv", "attendance.csv", "repairs.csv"]

    /// The text with a few characters deleted, duplicated or replaced by CSV/YAML metacharacters.
    private func damaged(_ text: String, random: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        let pieces: [Unicode.Scalar] = [",", "\"", "\n", ":", "-", " ", "{", "[", "9", "x", "\u{FEFF}", "王"]
        for _ in 0..<Int(random.next() % 4 + 1) where !scalars.isEmpty {
            let index = Int(random.next() % UInt64(scalars.count))
            switch random.next() % 3 {
            case 0: scalars.remove(at: index)
            case 1: scalars.insert(scalars[index], at: index)
            default: scalars[index] = pieces[Int(random.next() % UInt64(pieces.count))]
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    @Test("damaged files are read or rejected with messages, never a crash", arguments: 0..<60)
    func damagedFiles(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duty-mutated-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Self.example, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = Self.files[seed % Self.files.count]
        let original = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
        try damaged(original, random: &random).write(toFile: "\(folder)/\(file)", atomically: true, encoding: .utf8)
        do {
            _ = try DatasetReader.read(directory: folder, month: Month("2025-10")!)
            _ = try AppraisalReader.read(directory: folder)
        } catch {
            #expect(!error.issues.isEmpty, "seed \(seed)")
            #expect(error.issues.allSatisfy { $0.file.hasPrefix(folder) && !$0.message.isEmpty }, "seed \(seed): \(error)")
        }
    }
}
