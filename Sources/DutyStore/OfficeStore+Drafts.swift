import DutyCore
import DutyIO
import Foundation
import GRDB

/// A month's roster not yet published: the latest solve or repair, replaced by the next one.
public struct DraftRoster: Sendable {
    public let month: Month
    public let createdAt: String
    /// The published version a repair started from, if it is one.
    public let basedOnVersion: Int?
    /// roster.json of the draft.
    public let rosterJSON: String

    /// The draft's assignments, from its roster.json.
    public var assignments: [Assignment] { RosterJSON.assignments(in: rosterJSON) }
}

extension OfficeStore {
    /// Saves `rosterJSON` as `month`'s draft, replacing any earlier one.
    public func saveDraft(month: Month, rosterJSON: String, basedOnVersion: Int?, at date: Date = Date()) throws(InputError) {
        try writing { db in
            try db.execute(sql: """
                INSERT INTO drafts (month, created_at, based_on_version, roster_json) VALUES (?, ?, ?, ?)
                ON CONFLICT (month) DO UPDATE SET created_at = excluded.created_at, based_on_version = excluded.based_on_version,
                    roster_json = excluded.roster_json
                """, arguments: [month.description, ISO8601DateFormatter().string(from: date), basedOnVersion, rosterJSON])
        }
    }

    /// The months that have a draft, oldest first.
    public func draftMonths() throws(InputError) -> [Month] {
        try reading { db in try String.fetchAll(db, sql: "SELECT month FROM drafts ORDER BY month").compactMap { Month($0) } }
    }

    public func draft(of month: Month) throws(InputError) -> DraftRoster? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM drafts WHERE month = ?", arguments: [month.description]).map {
                DraftRoster(month: month, createdAt: $0["created_at"], basedOnVersion: $0["based_on_version"], rosterJSON: $0["roster_json"])
            }
        }
    }

    /// Publishes the month's draft as its next version and removes the draft, in one transaction.
    /// - Returns: the new version, or `nil` when the month has no draft.
    public func publishDraft(of month: Month, at date: Date = Date()) throws(InputError) -> Int? {
        guard let draft = try draft(of: month) else { return nil }
        let version = try publish(month: month, assignments: draft.assignments, rosterJSON: draft.rosterJSON, at: date) { db in
            try db.execute(sql: "DELETE FROM drafts WHERE month = ?", arguments: [month.description])
        }
        return version
    }
}

/// Reading the assignments back out of a roster.json.
enum RosterJSON {
    static func assignments(in json: String) -> [Assignment] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let rows = object["assignments"] as? [[String: Any]] else { return [] }
        return rows.compactMap { row in
            guard let date = (row["date"] as? String).flatMap({ LocalDate(iso: $0) }), let post = row["post"] as? String,
                  let staff = row["staff"] as? String else { return nil }
            return Assignment(date: date, post: Post.ID(post), staff: Staff.ID(staff))
        }
    }
}
