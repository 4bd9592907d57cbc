import DutyCore
import DutyIO
import DutyStore
import DutyWorkflow
import Foundation
import Hummingbird

extension OfficeAPI {
    /// `GET /api/months/{month}/roster[?version=N]`: roster.json of the draft (or of published
    /// version N, or the latest published one), with `state` and `version` (null for a draft).
    /// Staff see published versions only.
    var roster: Handler {
        { request, context in
            let month = try Self.month(context)
            if let text = request.uri.queryParameters.get("version") {
                guard let version = Int(text), version >= 1 else { throw APIError.invalid("version", "\"\(text)\" is not a version number") }
                guard let published = try store.publishedRoster(of: month, version: version) else {
                    throw APIError(.notFound, "\(month) has no published version \(version)")
                }
                return try Self.document(published.rosterJSON, state: "published", version: published.version)
            }
            if context.user?.role != .staff, let draft = try store.draft(of: month) {
                return try Self.document(draft.rosterJSON, state: "draft", version: nil)
            }
            guard let published = try store.publishedRoster(of: month) else { throw APIError(.notFound, "\(month) has no roster yet") }
            return try Self.document(published.rosterJSON, state: "published", version: published.version)
        }
    }

    private static func document(_ json: String, state: String, version: Int?) throws -> Response {
        var object = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
        object["state"] = state
        object["version"] = Responses.orNull(version)
        return try Responses.json(object)
    }

    /// `POST /api/months/{month}/publish`: the draft becomes the next published version.
    var publish: Handler {
        { _, context in
            let month = try Self.month(context)
            return try Responses.json(["month": month.description, "version": try await publishDraft(of: month)])
        }
    }

    /// Publishes the month's draft as its next version.
    /// - Throws: ``APIError`` 409 while a job runs for the month, or without a draft.
    func publishDraft(of month: Month) async throws -> Int {
        if let running = await jobs.running(for: month) {
            throw APIError(.conflict, "\(month) has job \(running.id) (\(running.kind)) running; wait for it or cancel it")
        }
        guard let version = try store.publishDraft(of: month) else { throw APIError(.conflict, "\(month) has no draft to publish") }
        return version
    }

    /// `POST /api/months/{month}/solve {"time_limit"?}`: 202 `{"job"}`, the month solved in the background into a new draft.
    var solve: Handler {
        { request, context in
            let month = try Self.month(context)
            let body = try await Responses.object(request, context: context)
            let job = try await startSolve(of: month, limit: try Self.timeLimit(body))
            return try Responses.json(["job": job], status: .accepted)
        }
    }

    /// Starts `duty roster` of the month into a new draft; `limit` is `--time-limit S` or nothing.
    /// - Returns: the job's id.
    func startSolve(of month: Month, limit: [String]) async throws -> String {
        _ = try datasets.dataset(of: month, in: store)
        let folder = Self.jobFolder()
        let command = ChildCommand(executable: executable,
                                   arguments: ["roster", "--db", store.path, "--month", month.description, "--out", folder.path] + limit,
                                   outDirectory: folder)
        return try await startJob(month: month, kind: "solve", command: command, basedOn: nil)
    }

    /// `POST /api/months/{month}/replan {"from"}`: 202 `{"job"}`, `duty replan` against the latest published version into a new draft.
    var replan: Handler {
        { request, context in
            let month = try Self.month(context)
            let body = try await Responses.object(request, context: context)
            guard let text = body["from"] as? String else { throw APIError.invalid("from", "missing; expected a date YYYY-MM-DD of the month") }
            guard let from = LocalDate(iso: text), month.contains(from) else { throw APIError.invalid("from", "\"\(text)\" is not a date of \(month)") }
            let job = try await startReplan(of: month, from: from, limit: try Self.timeLimit(body))
            return try Responses.json(["job": job], status: .accepted)
        }
    }

    /// Starts `duty replan` of the month's latest published version from `from` into a new draft.
    /// - Returns: the job's id.
    /// - Throws: ``APIError`` 409 when nothing is published yet, or a job runs for the month.
    func startReplan(of month: Month, from: LocalDate, limit: [String]) async throws -> String {
        guard let published = try store.publishedRoster(of: month) else { throw APIError(.conflict, "\(month) has no published roster to repair") }
        let folder = Self.jobFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let rosterFile = folder.appendingPathComponent("published.csv")
        try CSVText.make(header: ["date", "post", "staff"], rows: published.assignments.map { [$0.date.description, $0.post.rawValue, $0.staff.rawValue] })
            .write(to: rosterFile, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let command = ChildCommand(executable: executable,
                                   arguments: ["replan", "--db", store.path, "--month", month.description, "--roster", rosterFile.path,
                                               "--from", from.description, "--out", out.path] + limit,
                                   outDirectory: out)
        return try await startJob(month: month, kind: "replan", command: command, basedOn: published.version)
    }

    /// Starts a job whose output folder's roster.json becomes the month's draft; its id.
    private func startJob(month: Month, kind: String, command: ChildCommand, basedOn: Int?) async throws -> String {
        let store = store
        let started = await jobs.start(month: month, kind: kind, command: command) { folder in
            let json = try String(contentsOf: folder.appendingPathComponent("roster.json"), encoding: .utf8)
            try store.saveDraft(month: month, rosterJSON: json, basedOnVersion: basedOn)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let objective = (object?["objective"] as? [String: Any])?["total"] as? Double ?? 0
            let solver = object?["solver"] as? [String: Any]
            return (objective, solver?["bound"] as? Double ?? 0, solver?["gap"] as? Double ?? 0)
        }
        if let running = started.running {
            throw APIError(.conflict, "\(month) has job \(running.id) (\(running.kind)) running; wait for it or cancel it")
        }
        return started.job?.id ?? ""
    }

    /// `--time-limit S` from the body's `time_limit`, if any.
    private static func timeLimit(_ body: [String: Any]) throws -> [String] {
        guard let value = body["time_limit"] else { return [] }
        guard let seconds = value as? Double, Rules.timeLimits.contains(seconds) else {
            throw APIError.invalid("time_limit", "expected seconds from 0.001 to 10000000")
        }
        return ["--time-limit", String(seconds)]
    }

    /// A new folder for a job's output, under the system's temporary folder.
    private static func jobFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("duty-job-\(UUID().uuidString)")
    }

    /// `GET /api/months/{month}/suggest?date=…&post=…|&replace=…`: `duty suggest --json` on the
    /// month's current roster (the draft, else the latest published version).
    var suggest: Handler {
        { request, context in
            let month = try Self.month(context)
            let query = request.uri.queryParameters
            guard let dateText = query.get("date") else { throw APIError.invalid("date", "missing; expected YYYY-MM-DD") }
            guard let date = LocalDate(iso: dateText) else { throw APIError.invalid("date", "\"\(dateText)\" is not a date") }
            let post = query.get("post"), replace = query.get("replace")
            guard (post == nil) != (replace == nil) else { throw APIError.invalid("post", "give exactly one of post and replace") }
            let dataset = try datasets.dataset(of: month, in: store)
            let roster = try store.draft(of: month)?.assignments ?? store.publishedRoster(of: month)?.assignments
            guard let roster else { throw APIError(.notFound, "\(month) has no roster yet") }
            do {
                let place: SuggestWorkflow.Place = post.map { .post(Post.ID($0)) } ?? .replace(Staff.ID(replace!))
                let suggestion = try SuggestWorkflow.suggest(dataset, month: month, roster: roster, date: date, place: place)
                return Responses.jsonText(try SuggestionDocument(suggestion).json())
            } catch let failure as SuggestFailure {
                throw APIError.invalid(failure.field, failure.description)
            }
        }
    }

    /// `GET /api/months/{month}/appraisal`: appraisal.json of the month's latest published roster;
    /// staff see their own entry only.
    var appraisal: Handler {
        { _, context in
            let month = try Self.month(context)
            guard let published = try store.publishedRoster(of: month) else { throw APIError(.notFound, "\(month) has no published roster to appraise") }
            let input = try AppraisalReader.read(store.datasetFiles())
            let result = AppraisalWorkflow.month(input, month: month, roster: published.assignments)
            var object = (try JSONSerialization.jsonObject(with: Data(AppraisalDocument(appraisal: result).json().utf8)) as? [String: Any]) ?? [:]
            if let user = context.user, user.role == .staff {
                object["people"] = (object["people"] as? [[String: Any]] ?? []).filter { $0["staff"] as? String == user.staff?.rawValue }
            }
            return try Responses.json(object)
        }
    }

    /// `GET /api/jobs/{id}`: the job's state and figures.
    var job: Handler {
        { _, context in
            let id = try context.parameters.require("id")
            guard let status = await jobs.status(id) else { throw APIError(.notFound, "no job \(id)") }
            return try Self.json(status)
        }
    }

    /// `DELETE /api/jobs/{id}`: cancels the job.
    var cancelJob: Handler {
        { _, context in
            let id = try context.parameters.require("id")
            guard let status = await jobs.cancel(id) else { throw APIError(.notFound, "no job \(id)") }
            return try Self.json(status)
        }
    }

    private static func json(_ status: JobRegistry.Status) throws -> Response {
        try Responses.json([
            "id": status.id, "month": status.month.description, "kind": status.kind, "state": status.state.rawValue,
            "objective": Responses.orNull(status.objective), "bound": Responses.orNull(status.bound), "gap": Responses.orNull(status.gap),
            "seconds": status.seconds, "error": Responses.orNull(status.error),
        ])
    }
}
