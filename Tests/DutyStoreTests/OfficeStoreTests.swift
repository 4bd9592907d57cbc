import DutyCore
import DutyIO
import Foundation
import GRDB
import Testing
@testable import DutyStore

/// The office's store: exact round trips of the dataset, imports that add records once and
/// leave the store unchanged when they fail, and published rosters that never change.
@Suite struct OfficeStoreTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../datasets/example").standardizedFileURL.path

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("duty-store-\(name)-\(UUID().uuidString)").path
    }

    /// A file's rows as the readers see them: trimmed fields by column, in file order.
    static func rows(_ file: String, in files: DatasetFiles) throws -> [[String?]] {
        let stored = try #require(StoredFile.all.first { $0.file == file })
        return try DatasetCheck.rows(of: file, in: files, columns: stored.columns).map(\.values)
    }

    @Test("export after import gives every file back with the same rows, and the same month reads the same")
    func roundTrip() throws {
        let store = try OfficeStore(path: Self.temporaryPath("round.db"))
        try store.importDataset(.folder(Self.example))
        let out = Self.temporaryPath("export")
        let written = try store.export(to: out)
        let original = DatasetFiles.folder(Self.example), exported = DatasetFiles.folder(out)
        for stored in StoredFile.all where original.contains(stored.file) {
            #expect(written.contains(stored.file))
            #expect(try Self.rows(stored.file, in: exported) == (try Self.rows(stored.file, in: original)), "\(stored.file)")
        }
        for name in StoredFile.documents where original.contains(name) {
            #expect(exported.data(of: name) == original.data(of: name), "\(name)")
        }
        let month = Month("2025-10")!
        let fromFolder = try DatasetReader.read(original, month: month), fromStore = try DatasetReader.read(store.datasetFiles(for: month), month: month)
        #expect(fromStore.posts == fromFolder.posts && fromStore.staff == fromFolder.staff && fromStore.leave.count == fromFolder.leave.count)
        #expect(fromStore.rules == fromFolder.rules && fromStore.history == fromFolder.history && fromStore.requests == fromFolder.requests)
    }

    @Test("importing twice adds no record twice; master data is replaced")
    func importTwice() throws {
        let store = try OfficeStore(path: Self.temporaryPath("twice.db"))
        let first = try store.importDataset(.folder(Self.example))
        let again = try store.importDataset(.folder(Self.example))
        #expect(first.added["leave.csv"] ?? 0 > 0)
        #expect(again.added["leave.csv"] == 0 && again.added["inspections.csv"] == 0)
        #expect(again.added["posts.csv"] == first.added["posts.csv"])
        let files = try store.datasetFiles()
        #expect(try Self.rows("leave.csv", in: files) == (try Self.rows("leave.csv", in: .folder(Self.example))))
    }

    @Test("an open repair is completed once; a completion before the report is refused naming the field")
    func completeRepair() throws {
        let store = try OfficeStore(path: Self.temporaryPath("repair.db"))
        _ = try store.importDataset(.folder(Self.example))
        try store.addRecord(to: "repairs.csv", fields: ["id": "R-NEW", "reported": "2025-10-21T08:00", "kind": "minor", "staff": "s08"])
        #expect(throws: InputError.self) { try store.completeRepair("R-NEW", at: "2025-10-20T08:00") }
        do {
            try store.completeRepair("R-NEW", at: "2025-10-20T08:00")
        } catch {
            #expect(error.issues.first?.field == "completed", "\(error)")
        }
        #expect(try store.completeRepair("R-NEW", at: "2025-10-21T15:00"))
        #expect(try !store.completeRepair("R-NEW", at: "2025-10-21T16:00"), "already completed")
        #expect(try !store.completeRepair("R-NONE", at: "2025-10-21T16:00"))
        let rows = try Self.rows("repairs.csv", in: store.datasetFiles())
        #expect(rows.last == ["R-NEW", "2025-10-21T08:00", "minor", "s08", "2025-10-21T15:00"])
        #expect(rows.count == (try Self.rows("repairs.csv", in: .folder(Self.example))).count + 1)
    }

    @Test("a bad file is refused with its file and line, and the store stays as it was")
    func badImport() throws {
        let store = try OfficeStore(path: Self.temporaryPath("bad.db"))
        try store.importDataset(.folder(Self.example))
        let before = try store.datasetFiles()
        let folder = Self.temporaryPath("bad-data")
        try FileManager.default.copyItem(atPath: Self.example, toPath: folder)
        try "staff,from,to,reason\ns04,2025-10-09,2025-10-31,病假\nnobody,2025-10-01,2025-10-02,x\n".write(toFile: folder + "/leave.csv", atomically: true, encoding: .utf8)
        #expect { try store.importDataset(.folder(folder)) } throws: { error in
            (error as? InputError)?.description.contains("leave.csv:3") == true
        }
        let after = try store.datasetFiles()
        for stored in StoredFile.all { #expect(after.data(of: stored.file) == before.data(of: stored.file), "\(stored.file)") }
    }

    @Test("records naming staff that new master data drops make the import fail whole")
    func droppedStaff() throws {
        let store = try OfficeStore(path: Self.temporaryPath("dropped.db"))
        try store.importDataset(.folder(Self.example))
        let folder = Self.temporaryPath("fewer")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in ["posts.csv", "demand.csv"] { try FileManager.default.copyItem(atPath: Self.example + "/" + file, toPath: folder + "/" + file) }
        try "id,name,skills,max_shifts\ns01,王建国,grounds,18\n".write(toFile: folder + "/staff.csv", atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try store.importDataset(.folder(folder)) }
        #expect(try Self.rows("staff.csv", in: store.datasetFiles()).count == (try Self.rows("staff.csv", in: .folder(Self.example))).count)
    }

    @Test("a published roster never changes, by the schema itself; the next month sees it as history")
    func publishedRosters() throws {
        let path = Self.temporaryPath("published.db")
        let store = try OfficeStore(path: path)
        try store.importDataset(.folder(Self.example))
        let september = Month("2025-09")!
        let night = Assignment(date: LocalDate(iso: "2025-09-30")!, post: "gate_night", staff: "s03")
        let version = try store.publish(month: september, assignments: [night], rosterJSON: "{}")
        #expect(version == 1)
        #expect(try store.publish(month: september, assignments: [night], rosterJSON: "{}") == 2)
        #expect(try store.publishedRoster(of: september)?.version == 2)
        #expect(try store.publishedRoster(of: september, version: 1)?.assignments == [night])
        let queue = try DatabaseQueue(path: path)
        for sql in ["UPDATE published_rosters SET roster_json = 'x'", "DELETE FROM published_assignments",
                    "UPDATE published_assignments SET staff = 's01'", "DELETE FROM published_rosters",
                    "INSERT INTO published_assignments VALUES ('2025-09', 1, '2025-09-29', 'gate_day', 's01')"] {
            #expect(throws: DatabaseError.self, "\(sql)") { try queue.write { try $0.execute(sql: sql) } }
        }
        let october = try DatasetReader.read(store.datasetFiles(for: Month("2025-10")!), month: Month("2025-10")!)
        #expect(october.history.contains(night))
    }
}
