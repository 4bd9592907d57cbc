import DutyCheck
import DutyCore
import DutyIO
import DutyStore
import Foundation

/// Publishing a month's roster into the office's store: only a roster that breaks no hard
/// rule of the store's dataset is published, as the month's next version.
public enum PublishWorkflow {
    /// What was published.
    public struct Published: Sendable {
        public let version: Int
        public let assignments: Int
    }

    /// Reads `rosterFile` against the store's dataset for `month`, checks it and publishes it with
    /// its roster.json (the checker's objective and uncovered list).
    /// - Throws: ``InputError`` for a roster row naming unknown staff, posts or dates;
    ///   ``PublishRefused`` when the roster breaks a hard rule.
    public static func publish(store: OfficeStore, month: Month, rosterFile: String) throws -> Published {
        let dataset = try DatasetReader.read(store.datasetFiles(for: month), month: month)
        let (assignments, _) = try RosterCSVReader.read(rosterFile, for: dataset, month: month)
        let report = RosterChecker(dataset: dataset, month: month).check(assignments)
        guard report.isValid else { throw PublishRefused(month: month, violations: report.violations) }
        var document: [String: Any] = [
            "month": month.description,
            "assignments": assignments.sorted().map { ["date": $0.date.description, "post": $0.post.rawValue, "staff": $0.staff.rawValue] },
            "shortfall": report.shortfalls.map { ["date": $0.date.description, "post": $0.post.rawValue, "missing": $0.missing] as [String: Any] },
            "objective": report.objective.jsonObject,
        ]
        // The solve's own account (status, time, gap; a repair's changes) when roster.json beside
        // the file is of this very roster.
        let beside = URL(fileURLWithPath: rosterFile).deletingLastPathComponent().appendingPathComponent("roster.json")
        if let data = try? Data(contentsOf: beside), let solved = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
           let rows = solved["assignments"] as? [[String: String]],
           Set(rows.compactMap { row in row["date"].flatMap { LocalDate(iso: $0) }.map { Assignment(date: $0, post: Post.ID(row["post"] ?? ""), staff: Staff.ID(row["staff"] ?? "")) } })
               == Set(assignments) {
            for key in ["solver", "from", "changes"] { document[key] = solved[key] }
        }
        let json = try JSONText.make(document, file: "roster.json")
        let version = try store.publish(month: month, assignments: assignments, rosterJSON: json)
        return Published(version: version, assignments: Set(assignments).count)
    }
}

/// A roster that breaks a hard rule is never published (exit code 1).
public struct PublishRefused: Error, CustomStringConvertible, Sendable {
    public let month: Month
    public let violations: [Violation]
    public var description: String {
        "not published: the roster of \(month) breaks \(violations.count) hard rule(s):\n" + violations.map { "  \($0)" }.joined(separator: "\n")
    }
}
