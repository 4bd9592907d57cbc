import Foundation
import Testing

/// `duty import`, `export`, `publish` and `--db` as a user runs them.
@Suite struct StoreCommandTests {
    @Test("--db gives the same roster and appraisal as --data; export gives the files back; publish feeds the next month's history")
    func sameResults() throws {
        let db = DutyProcess.temporaryPath("office.db")
        let imported = try DutyProcess.run(["import", "--data", DutyProcess.example, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let fromFolder = DutyProcess.temporaryPath("folder"), fromStore = DutyProcess.temporaryPath("store")
        for (source, out) in [(["--data", DutyProcess.example], fromFolder), (["--db", db], fromStore)] {
            let roster = try DutyProcess.run(["roster"] + source + ["--month", "2025-10", "--out", out])
            #expect(roster.status == 0, "\(roster.stderr)")
            let appraise = try DutyProcess.run(["appraise"] + source + ["--month", "2025-10", "--roster", out + "/roster.csv", "--out", out])
            #expect(appraise.status == 0, "\(appraise.stderr)")
        }
        for file in ["roster.csv", "roster.md", "appraisal.csv", "appraisal.json"] {
            #expect(try String(contentsOfFile: "\(fromStore)/\(file)", encoding: .utf8) == (try String(contentsOfFile: "\(fromFolder)/\(file)", encoding: .utf8)), "\(file)")
        }
        let check = try DutyProcess.run(["check", "--db", db, "--month", "2025-10", "--roster", fromStore + "/roster.csv"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let publish = try DutyProcess.run(["publish", "--db", db, "--month", "2025-10", "--roster", fromStore + "/roster.csv"])
        #expect(publish.status == 0 && publish.stdout.contains("version 1"), "\(publish.stdout)\(publish.stderr)")
        // The appraisal from the store now defaults to the published roster.
        let appraise = try DutyProcess.run(["appraise", "--db", db, "--month", "2025-10", "--out", DutyProcess.temporaryPath("published")])
        #expect(appraise.status == 0, "\(appraise.stderr)")
        // November's history is October's published roster: its last night forbids work on the 1st.
        let lastNight = try #require(try String(contentsOfFile: fromStore + "/roster.csv", encoding: .utf8).split(separator: "\n")
            .last { $0.hasPrefix("2025-10-31,gate_night,") }).split(separator: ",")[2]
        let november = DutyProcess.temporaryPath("november")
        let next = try DutyProcess.run(["roster", "--db", db, "--month", "2025-11", "--out", november])
        #expect(next.status == 0, "\(next.stderr)")
        let first = try String(contentsOfFile: november + "/roster.csv", encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("2025-11-01,") }
        #expect(!first.contains { $0.hasSuffix(",\(lastNight)") }, "\(lastNight) worked the night of the 31st")
    }

    @Test("a bad folder is refused with file and line and the store is unchanged; --db of a missing store is exit 2")
    func badImport() throws {
        let db = DutyProcess.temporaryPath("office.db")
        #expect(try DutyProcess.run(["import", "--data", DutyProcess.example, "--db", db]).status == 0)
        let before = DutyProcess.temporaryPath("before")
        #expect(try DutyProcess.run(["export", "--db", db, "--out", before]).status == 0)
        let data = try DutyProcess.exampleCopy(replacing: ["inspections.csv": "id,date,staff,item,points,inspector,note\nX1,2025-10-99,s01,C01,,a,\n"])
        let bad = try DutyProcess.run(["import", "--data", data, "--db", db])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("inspections.csv:2"), "\(bad.stderr)")
        let after = DutyProcess.temporaryPath("after")
        #expect(try DutyProcess.run(["export", "--db", db, "--out", after]).status == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: before) {
            #expect(FileManager.default.contents(atPath: "\(after)/\(file)") == FileManager.default.contents(atPath: "\(before)/\(file)"), "\(file)")
        }
        let missing = try DutyProcess.run(["roster", "--db", DutyProcess.temporaryPath("none.db"), "--month", "2025-10"])
        #expect(missing.status == 2 && missing.stderr.contains("找不到数据库"), "\(missing.stderr)")
        #expect(try DutyProcess.run(["roster", "--data", DutyProcess.example, "--db", db, "--month", "2025-10"]).status == 2)
    }

    @Test("kill -9 in the middle of an import leaves the store as it was before or after, never between")
    func killedImport() throws {
        let db = DutyProcess.temporaryPath("office.db")
        #expect(try DutyProcess.run(["import", "--data", DutyProcess.example, "--db", db]).status == 0)
        // A folder with many inspection records, so that the import takes a while.
        var inspections = "id,date,staff,item,points,inspector,note\n"
        for n in 0..<150_000 { inspections += "K\(n),2025-10-\(n % 28 + 1 < 10 ? "0" : "")\(n % 28 + 1),s0\(n % 9 + 1),G01,,检查员,\n" }
        let data = try DutyProcess.exampleCopy(replacing: ["inspections.csv": inspections])
        // Spread over the reading, the checking and the writing (about 6 s in all on a debug build).
        for delay in [1, 2.5, 4, 5.5] {
            let process = Process()
            process.executableURL = DutyProcess.executable
            process.arguments = ["import", "--data", data, "--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let out = DutyProcess.temporaryPath("after-kill")
            let export = try DutyProcess.run(["export", "--db", db, "--out", out])
            #expect(export.status == 0, "\(export.stderr)")
            let rows = try String(contentsOfFile: out + "/inspections.csv", encoding: .utf8).split(separator: "\n").count - 1
            #expect(rows == 18 || rows == 18 + 150_000, "after kill at \(delay) s: \(rows) inspection rows")
        }
    }

    @Test("kill -9 in the middle of a publish leaves every published version whole")
    func killedPublish() throws {
        let db = DutyProcess.temporaryPath("office.db")
        #expect(try DutyProcess.run(["import", "--data", DutyProcess.example, "--db", db]).status == 0)
        let out = DutyProcess.temporaryPath("roster")
        #expect(try DutyProcess.run(["roster", "--db", db, "--month", "2025-10", "--out", out]).status == 0)
        var random = SystemRandomNumberGenerator()
        for _ in 0..<8 {
            let process = Process()
            process.executableURL = DutyProcess.executable
            process.arguments = ["publish", "--db", db, "--month", "2025-10", "--roster", out + "/roster.csv"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.4, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // Every version there has all its assignments: the declared count, and the roster's rows.
        let rows = try String(contentsOfFile: out + "/roster.csv", encoding: .utf8).split(separator: "\n").count - 1
        let check = try DutyProcess.run(["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            print(db.execute("PRAGMA integrity_check").fetchone()[0])
            for version, declared, count in db.execute("SELECT r.version, r.assignment_count, COUNT(a.staff) FROM published_rosters r "
                                                       "LEFT JOIN published_assignments a USING (month, version) GROUP BY r.version"):
                print(version, declared, count)
            """, db], executable: URL(fileURLWithPath: "/usr/bin/env"))
        let lines = check.stdout.split(separator: "\n")
        #expect(lines.first == "ok", "\(check.stdout)\(check.stderr)")
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ")
            #expect(fields.count == 3 && fields[1] == fields[2] && Int(fields[2]) == rows, "version \(line)")
        }
    }

    @Test("replan and suggest take --db as they take --data, with the same results")
    func replanAndSuggest() throws {
        let db = DutyProcess.temporaryPath("office.db")
        #expect(try DutyProcess.run(["import", "--data", DutyProcess.example, "--db", db]).status == 0)
        let published = DutyProcess.temporaryPath("published")
        #expect(try DutyProcess.run(["roster", "--db", db, "--month", "2025-10", "--out", published]).status == 0)
        var outputs: [String] = []
        for source in [["--data", DutyProcess.example], ["--db", db]] {
            let out = DutyProcess.temporaryPath("replan")
            let replan = try DutyProcess.run(["replan"] + source + ["--month", "2025-10", "--roster", published + "/roster.csv", "--from", "2025-10-15", "--out", out])
            #expect(replan.status == 0, "\(replan.stderr)")
            let suggest = try DutyProcess.run(["suggest"] + source + ["--month", "2025-10", "--roster", published + "/roster.csv", "--date", "2025-10-14",
                                                                      "--replace", "s03", "--json"])
            #expect(suggest.status == 0, "\(suggest.stderr)")
            outputs.append(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) + suggest.stdout)
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test("the first admin can be added to a store that does not exist yet; a staff user without --staff is exit 2")
    func firstUser() throws {
        let db = DutyProcess.temporaryPath("new.db")
        #expect(try ServerProcess.addUser(db: db, name: "boss", role: "admin") == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        #expect(try ServerProcess.addUser(db: db, name: "someone", role: "staff") == 2)
    }
}
