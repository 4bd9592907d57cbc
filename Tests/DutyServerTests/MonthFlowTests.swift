import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing
@testable import DutyServer

/// The office's month through the API: solve in the background, one job per month, publish,
/// repair, suggest, records, calendar links.
@Suite struct MonthFlowTests {
    /// Polls the job until it has ended.
    static func finished(_ client: RouterClient, _ job: String, cookie: String) async throws -> [String: Any] {
        for _ in 0..<300 {
            let status = try await client.execute(uri: "/api/jobs/\(job)", method: .get, headers: [.cookie: cookie]) { ServerFixture.object($0.body) }
            if let state = status["state"] as? String, !["queued", "running"].contains(state) { return status }
            try await Task.sleep(for: .milliseconds(100))
        }
        return [:]
    }

    @Test("solve → draft → publish → repair from a date → publish")
    func month() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let admin = try await ServerFixture.login(client, "boss")
            let headers: HTTPFields = [.cookie: admin]
            let (status, job) = try await client.execute(uri: "/api/months/2025-10/solve", method: .post, headers: headers,
                                                         body: ServerFixture.json(["time_limit": 20])) { ($0.status, ServerFixture.object($0.body)["job"] as? String) }
            #expect(status == .accepted)
            let id = try #require(job)
            let done = try await Self.finished(client, id, cookie: admin)
            #expect(done["state"] as? String == "done", "\(done)")
            #expect(done["objective"] as? Double == done["bound"] as? Double)
            let draft = try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: headers) { ServerFixture.object($0.body) }
            #expect(draft["state"] as? String == "draft" && draft["version"] is NSNull)
            #expect((draft["assignments"] as? [Any])?.count == 150)
            // Staff see published rosters only.
            let staff = try await ServerFixture.login(client, "zhang")
            #expect(try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: [.cookie: staff]) { $0.status } == .notFound)
            let published = try await client.execute(uri: "/api/months/2025-10/publish", method: .post, headers: headers) { ServerFixture.object($0.body) }
            #expect(published["version"] as? Int == 1)
            #expect(try await client.execute(uri: "/api/months/2025-10/publish", method: .post, headers: headers) { $0.status } == .conflict)
            #expect(try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: [.cookie: staff]) { ServerFixture.object($0.body)["version"] as? Int } == 1)

            // 张伟 (s03) falls ill from the 20th: leave, repair, publish.
            let leave = ServerFixture.json(["staff": "s03", "from": "2025-10-20", "to": "2025-10-24", "reason": "病假"])
            #expect(try await client.execute(uri: "/api/leave", method: .post, headers: headers, body: leave) { $0.status } == .created)
            #expect(try await client.execute(uri: "/api/months/2025-10/replan", method: .post, headers: headers,
                                             body: ServerFixture.json(["from": "2025-11-02"])) { $0.status } == .unprocessableContent)
            let repair = try await client.execute(uri: "/api/months/2025-10/replan", method: .post, headers: headers,
                                                  body: ServerFixture.json(["from": "2025-10-20"])) { ServerFixture.object($0.body)["job"] as? String }
            let repaired = try await Self.finished(client, try #require(repair), cookie: admin)
            #expect(repaired["state"] as? String == "done", "\(repaired)")
            let second_draft = try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: headers) { ServerFixture.object($0.body) }
            #expect(second_draft["from"] as? String == "2025-10-20")
            let changes = try #require(second_draft["changes"] as? [[String: Any]])
            #expect(changes.contains { $0["staff"] as? String == "s03" })
            let assignments = try #require(second_draft["assignments"] as? [[String: String]])
            #expect(!assignments.contains { $0["staff"] == "s03" && ($0["date"] ?? "") >= "2025-10-20" && ($0["date"] ?? "") <= "2025-10-24" })
            #expect(try await client.execute(uri: "/api/months/2025-10/publish", method: .post, headers: headers) { ServerFixture.object($0.body)["version"] as? Int } == 2)
            // Version 1 is still there, unchanged.
            let first = try await client.execute(uri: "/api/months/2025-10/roster?version=1", method: .get, headers: headers) { ServerFixture.object($0.body) }
            #expect((first["assignments"] as? [Any])?.count == 150 && first["state"] as? String == "published")
        }
    }

    /// Runs `test` with a client of a server whose solves are `script` (a shell script standing in for `duty`).
    static func withClient(_ fixture: ServerFixture, script: String, _ test: (RouterClient) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duty-fake-\(UUID().uuidString).sh").path
        try "#!/bin/sh\n\(script)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try await test(fixture.client(executable: path))
    }

    @Test("while a month's job runs a second is 409 naming it; a cancelled job ends cancelled and leaves no draft; a failed one says why")
    func cancelAndFail() async throws {
        let fixture = try ServerFixture()
        try await Self.withClient(fixture, script: "sleep 30") { client in
            let admin = try await ServerFixture.login(client, "boss")
            let job = try await client.execute(uri: "/api/months/2025-10/solve", method: .post, headers: [.cookie: admin]) { ServerFixture.object($0.body)["job"] as? String }
            let id = try #require(job)
            let running = try await client.execute(uri: "/api/jobs/\(id)", method: .get, headers: [.cookie: admin]) { ServerFixture.object($0.body)["state"] as? String }
            #expect(running == "running")
            let second = try await client.execute(uri: "/api/months/2025-10/replan", method: .post, headers: [.cookie: admin],
                                                  body: ServerFixture.json(["from": "2025-10-10"])) { ($0.status, ServerFixture.object($0.body)) }
            // No published roster yet: a repair is refused before it could conflict; a second solve conflicts.
            #expect(second.0 == .conflict)
            let third = try await client.execute(uri: "/api/months/2025-10/solve", method: .post, headers: [.cookie: admin]) { ($0.status, ServerFixture.object($0.body)) }
            #expect(third.0 == .conflict && (third.1["error"] as? String)?.contains(id) == true, "\(third)")
            #expect(try await client.execute(uri: "/api/months/2025-11/solve", method: .post, headers: [.cookie: admin]) { $0.status } == .accepted)
            let cancelled = try await client.execute(uri: "/api/jobs/\(try #require(job))", method: .delete, headers: [.cookie: admin]) { ServerFixture.object($0.body) }
            #expect(cancelled["state"] as? String == "cancelled")
            let after = try await Self.finished(client, try #require(job), cookie: admin)
            #expect(after["state"] as? String == "cancelled")
            #expect(try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: [.cookie: admin]) { $0.status } == .notFound)
        }
        // A solve that crashes: the job fails with the reason, the server goes on.
        try await Self.withClient(try ServerFixture(), script: "echo 'GLPK: assertion failed' >&2; kill -ABRT $$") { client in
            let admin = try await ServerFixture.login(client, "boss")
            let job = try await client.execute(uri: "/api/months/2025-10/solve", method: .post, headers: [.cookie: admin]) { ServerFixture.object($0.body)["job"] as? String }
            let failed = try await Self.finished(client, try #require(job), cookie: admin)
            #expect(failed["state"] as? String == "failed" && (failed["error"] as? String)?.isEmpty == false, "\(failed)")
            #expect(try await client.execute(uri: "/api/openapi.yaml", method: .get) { $0.status } == .ok)
        }
    }

    @Test("records are checked as the CSV readers check them: 422 names the field; staff file requests for themselves only")
    func records() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let inspector = try await ServerFixture.login(client, "checker")
            let cases: [(String, [String: Any], String)] = [
                ("/api/inspections", ["id": "N1", "date": "2025-10-40", "staff": "s01", "item": "C01", "inspector": "李"], "date"),
                ("/api/inspections", ["id": "N2", "date": "2025-10-10", "staff": "s01", "item": "ZZZ", "inspector": "李"], "item"),
                ("/api/attendance", ["date": "2025-10-10", "staff": "s01", "post": "grounds", "status": "asleep"], "status"),
                ("/api/repairs", ["id": "R9", "reported": "2025-10-10T25:00", "kind": "minor", "staff": "s01"], "reported"),
            ]
            for (uri, body, field) in cases {
                let (status, error) = try await client.execute(uri: uri, method: .post, headers: [.cookie: inspector], body: ServerFixture.json(body)) {
                    ($0.status, ServerFixture.object($0.body)["error"] as? String ?? "")
                }
                #expect(status == .unprocessableContent && error.hasPrefix("\(field):"), "\(uri) \(body): \(status) \(error)")
            }
            let good = ServerFixture.json(["id": "N3", "date": "2025-10-10", "staff": "s01", "item": "C01", "inspector": "李", "points": -3])
            #expect(try await client.execute(uri: "/api/inspections", method: .post, headers: [.cookie: inspector], body: good) { ServerFixture.object($0.body)["added"] as? Bool } == true)
            #expect(try await client.execute(uri: "/api/inspections", method: .post, headers: [.cookie: inspector], body: good) { ServerFixture.object($0.body)["added"] as? Bool } == false)
            let staff = try await ServerFixture.login(client, "zhang")
            let own = ServerFixture.json(["staff": "s03", "date": "2025-11-05", "kind": "off"])
            let other = ServerFixture.json(["staff": "s04", "date": "2025-11-05", "kind": "off"])
            #expect(try await client.execute(uri: "/api/requests", method: .post, headers: [.cookie: staff], body: own) { $0.status } == .created)
            #expect(try await client.execute(uri: "/api/requests", method: .post, headers: [.cookie: staff], body: other) { $0.status } == .forbidden)
            // Staff see their own calendar link, not another's; renewing changes it.
            let link = try await client.execute(uri: "/api/staff/s03/calendar", method: .get, headers: [.cookie: staff]) { ServerFixture.object($0.body)["url"] as? String }
            #expect(link?.hasPrefix("/calendar/s03.ics?token=") == true)
            #expect(try await client.execute(uri: "/api/staff/s04/calendar", method: .get, headers: [.cookie: staff]) { $0.status } == .forbidden)
            let renewed = try await client.execute(uri: "/api/staff/s03/calendar", method: .post, headers: [.cookie: staff]) { ServerFixture.object($0.body)["url"] as? String }
            #expect(renewed != link)
            #expect(try await client.execute(uri: try #require(link), method: .get) { $0.status } == .forbidden)
            #expect(try await client.execute(uri: try #require(renewed), method: .get) { $0.status } == .ok)
        }
    }

    @Test("using only the API: import the example, solve, edit (a violation refused, a valid edit saved), publish, record an inspection")
    func onlyTheAPI() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let admin = try await ServerFixture.login(client, "boss")
            let headers: HTTPFields = [.cookie: admin]
            var files: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: ServerFixture.example) where name.hasSuffix(".csv") || name.hasSuffix(".yaml") {
                files[name] = try String(contentsOfFile: ServerFixture.example + "/" + name, encoding: .utf8)
            }
            let imported = try await client.execute(uri: "/api/import", method: .post, headers: headers, body: ServerFixture.json(["files": files])) { ($0.status, ServerFixture.object($0.body)) }
            #expect(imported.0 == .ok, "\(imported.1)")
            var bad = files
            bad["leave.csv"] = "staff,from,to\nnobody,2025-10-01,2025-10-02\n"
            let refused = try await client.execute(uri: "/api/import", method: .post, headers: headers, body: ServerFixture.json(["files": bad])) { ($0.status, ServerFixture.object($0.body)) }
            #expect(refused.0 == .unprocessableContent && (refused.1["error"] as? String)?.contains("leave.csv:2") == true, "\(refused.1)")

            let job = try await client.execute(uri: "/api/months/2025-10/solve", method: .post, headers: headers) { ServerFixture.object($0.body)["job"] as? String }
            #expect(try await Self.finished(client, try #require(job), cookie: admin)["state"] as? String == "done")
            var assignments = try #require(try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: headers) {
                ServerFixture.object($0.body)["assignments"] as? [[String: String]]
            })
            // Moving a night to the person who works the next day breaks rest after a night.
            let night = try #require(assignments.first { $0["post"] == "gate_night" && $0["date"] == "2025-10-15" })
            let nextDay = try #require(assignments.first { $0["date"] == "2025-10-16" && $0["staff"] != night["staff"] })
            var broken = assignments
            broken.removeAll { $0 == night }
            broken.append(["date": "2025-10-15", "post": "gate_night", "staff": nextDay["staff"]!])
            let checked = try await client.execute(uri: "/api/months/2025-10/check", method: .post, headers: headers, body: ServerFixture.json(["assignments": broken])) { ServerFixture.object($0.body) }
            let rules = (checked["violations"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            #expect(!rules.isEmpty, "\(checked)")
            let edit = try await client.execute(uri: "/api/months/2025-10/roster", method: .put, headers: headers, body: ServerFixture.json(["assignments": broken])) { $0.status }
            #expect(edit == .unprocessableContent)
            // Dropping one grounds shift is valid, and becomes the draft.
            let grounds = try #require(assignments.firstIndex { $0["post"] == "grounds" })
            assignments.remove(at: grounds)
            let saved = try await client.execute(uri: "/api/months/2025-10/roster", method: .put, headers: headers, body: ServerFixture.json(["assignments": assignments])) { ($0.status, ServerFixture.object($0.body)) }
            #expect(saved.0 == .ok, "\(saved.1)")
            let draft = try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: headers) { ServerFixture.object($0.body) }
            #expect((draft["assignments"] as? [Any])?.count == assignments.count && draft["state"] as? String == "draft")
            #expect(try await client.execute(uri: "/api/months/2025-10/publish", method: .post, headers: headers) { ServerFixture.object($0.body)["version"] as? Int } == 1)
            let inspection = ServerFixture.json(["id": "API1", "date": "2025-10-20", "staff": "s01", "item": "C01", "inspector": "总务处"])
            #expect(try await client.execute(uri: "/api/inspections", method: .post, headers: headers, body: inspection) { $0.status } == .created)
        }
    }
}
