import DutyCheck
import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird

extension OfficeAPI {
    /// `POST /api/import {"files": {"posts.csv": "…", …}}`: `duty import` of a dataset sent as
    /// its files' texts; 200 `{"added": {file: rows}, "warnings": […]}`, or 422 with the first
    /// problem's file and line, the store unchanged.
    var importDataset: Handler {
        { request, context in
            let body = try await Responses.object(request, context: context)
            guard let files = body["files"] as? [String: String], !files.isEmpty else {
                throw APIError.invalid("files", "missing; expected an object of file names and their texts, such as {\"posts.csv\": \"id,name,…\"}")
            }
            let known = Set(DatasetCheck.csvFiles + DatasetCheck.yamlFiles)
            if let unknown = files.keys.sorted().first(where: { !known.contains($0) }) {
                throw APIError.invalid("files", "\"\(unknown)\" is not a dataset file; expected \(known.sorted().joined(separator: ", "))")
            }
            let result: (warnings: [InputWarning], added: [String: Int])
            do {
                result = try store.importDataset(.contents(files.mapValues { Data($0.utf8) }, location: "import"))
            } catch let error as InputError {
                throw APIError(.unprocessableContent, error.issues.first?.description ?? "the dataset was refused")
            }
            return try Responses.json(["added": result.added, "warnings": result.warnings.map(\.description)])
        }
    }

    /// `POST /api/months/{month}/check {"assignments": […]}`: `duty check` of any roster of the
    /// month against the store's dataset: `{"violations", "objective", "shortfall"}`, nothing saved.
    var check: Handler {
        { request, context in
            let month = try Self.month(context)
            let assignments = try Self.assignments(try await Responses.object(request, context: context))
            let report = try checked(assignments, month: month)
            return try Responses.json(Self.reportObject(report, month: month, assignments: nil))
        }
    }

    /// `PUT /api/months/{month}/roster {"assignments": […]}`: a roster edited by hand becomes
    /// the month's draft when it breaks no hard rule; otherwise 422 with the violations, and
    /// nothing is saved.
    var editDraft: Handler {
        { request, context in
            let month = try Self.month(context)
            let assignments = try Self.assignments(try await Responses.object(request, context: context))
            let report = try saveIfValid(assignments, month: month)
            guard report.isValid else {
                var object = Self.reportObject(report, month: month, assignments: nil)
                object["error"] = "the roster breaks \(report.violations.count) hard rule(s); it was not saved"
                return try Responses.json(object, status: .unprocessableContent)
            }
            return try Responses.json(Self.reportObject(report, month: month, assignments: assignments))
        }
    }

    /// Checks a roster of the month edited by hand and, when it breaks no hard rule, saves it
    /// as the month's draft (roster.json's fields with the check's objective and shortfall).
    /// - Returns: the check, saved or not.
    func saveIfValid(_ assignments: [Assignment], month: Month) throws -> CheckReport {
        let report = try checked(assignments, month: month)
        guard report.isValid else { return report }
        let object = Self.reportObject(report, month: month, assignments: assignments)
        let json = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
        try store.saveDraft(month: month, rosterJSON: json, basedOnVersion: try store.publishedRoster(of: month)?.version)
        return report
    }

    /// `duty check` of a roster of the month against the store's dataset.
    func checked(_ assignments: [Assignment], month: Month) throws -> CheckReport {
        let dataset = try datasets.dataset(of: month, in: store)
        return RosterChecker(dataset: dataset, month: month).check(assignments)
    }

    /// The check's findings as JSON, with the roster.json fields of a draft when `assignments` are given.
    private static func reportObject(_ report: CheckReport, month: Month, assignments: [Assignment]?) -> [String: Any] {
        var object: [String: Any] = [
            "month": month.description,
            "violations": report.violations.map { violation in
                ["rule": violation.rule.rawValue, "date": Responses.orNull(violation.date?.description), "staff": Responses.orNull(violation.staff?.rawValue),
                 "post": Responses.orNull(violation.post?.rawValue), "detail": violation.detail]
            },
            "objective": report.objective.jsonObject,
            "shortfall": report.shortfalls.map { ["date": $0.date.description, "post": $0.post.rawValue, "missing": $0.missing] as [String: Any] },
        ]
        if let assignments {
            object["assignments"] = assignments.sorted().map { ["date": $0.date.description, "post": $0.post.rawValue, "staff": $0.staff.rawValue] }
        }
        return object
    }

    /// `assignments` of a request body, each `{"date","post","staff"}`.
    private static func assignments(_ body: [String: Any]) throws -> [Assignment] {
        guard let rows = body["assignments"] as? [[String: Any]] else {
            throw APIError.invalid("assignments", "missing; expected a list of {\"date\", \"post\", \"staff\"}")
        }
        return try rows.enumerated().map { index, row in
            guard let text = row["date"] as? String, let date = LocalDate(iso: text) else {
                throw APIError.invalid("assignments[\(index)].date", "expected a date YYYY-MM-DD")
            }
            guard let post = row["post"] as? String, !post.isEmpty else { throw APIError.invalid("assignments[\(index)].post", "expected a post id") }
            guard let staff = row["staff"] as? String, !staff.isEmpty else { throw APIError.invalid("assignments[\(index)].staff", "expected a staff id") }
            return Assignment(date: date, post: Post.ID(post), staff: Staff.ID(staff))
        }
    }
}
