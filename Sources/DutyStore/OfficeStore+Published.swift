import DutyCore
import DutyIO
import Foundation
import GRDB

/// One published version of a month's roster.
public struct PublishedRoster: Sendable {
    public let month: Month
    public let version: Int
    /// When it was published, `YYYY-MM-DDTHH:MM:SSZ`.
    public let publishedAt: String
    public let assignments: [Assignment]
    /// roster.json as it was published.
    public let rosterJSON: String
}

extension OfficeStore {
    /// Publishes a roster of `month` as its next version. Published versions never change: the
    /// schema refuses any update, deletion or later addition.
    /// - Returns: the new version's number (1 for the month's first).
    /// `alongside` runs in the same transaction (removing the draft that was published).
    public func publish(month: Month, assignments: [Assignment], rosterJSON: String, at date: Date = Date(),
                        alongside: (Database) throws -> Void = { _ in }) throws(InputError) -> Int {
        let stamp = ISO8601DateFormatter().string(from: date)
        do {
            return try pool.write { db in
                try alongside(db)
                let version = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(version), 0) + 1 FROM published_rosters WHERE month = ?",
                                               arguments: [month.description]) ?? 1
                try db.execute(sql: "INSERT INTO published_rosters (month, version, published_at, assignment_count, roster_json) VALUES (?, ?, ?, ?, ?)",
                               arguments: [month.description, version, stamp, Set(assignments).count, rosterJSON])
                let statement = try db.makeStatement(sql: "INSERT INTO published_assignments (month, version, date, post, staff) VALUES (?, ?, ?, ?, ?)")
                for assignment in Set(assignments).sorted() {
                    try statement.execute(arguments: [month.description, version, assignment.date.description, assignment.post.rawValue, assignment.staff.rawValue])
                }
                return version
            }
        } catch {
            throw InputError([InputIssue(file: path, line: 0, message: .notPublished(month, Self.reason(error)))])
        }
    }

    /// The published versions of `month`, oldest first.
    public func publishedVersions(of month: Month) throws(InputError) -> [Int] {
        try reading { db in
            try Int.fetchAll(db, sql: "SELECT version FROM published_rosters WHERE month = ? ORDER BY version", arguments: [month.description])
        }
    }

    /// Version `version` of `month`'s published roster, or the latest when `version` is nil;
    /// `nil` when there is none.
    public func publishedRoster(of month: Month, version: Int? = nil) throws(InputError) -> PublishedRoster? {
        try reading { db in
            let sql = "SELECT version, published_at, roster_json FROM published_rosters WHERE month = ?"
                + (version == nil ? " ORDER BY version DESC LIMIT 1" : " AND version = ?")
            let arguments: StatementArguments = version.map { [month.description, $0] } ?? [month.description]
            guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { return nil }
            let number: Int = row["version"]
            let assignments = try Row.fetchAll(db, sql: "SELECT date, post, staff FROM published_assignments WHERE month = ? AND version = ? ORDER BY date, post, staff",
                                               arguments: [month.description, number]).compactMap { row -> Assignment? in
                guard let date = LocalDate(iso: row["date"] as String) else { return nil }
                return Assignment(date: date, post: Post.ID(row["post"] as String), staff: Staff.ID(row["staff"] as String))
            }
            return PublishedRoster(month: month, version: number, publishedAt: row["published_at"], assignments: assignments, rosterJSON: row["roster_json"])
        }
    }

    /// The store's revision: it changes whenever its dataset or published rosters do, whoever
    /// changes them, so that what is read from them can be cached by it.
    public func revision() throws(InputError) -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT value FROM store_revision") ?? 0 }
    }

    /// The months that have a published roster, oldest first.
    public func publishedMonths() throws(InputError) -> [Month] {
        try reading { db in try String.fetchAll(db, sql: "SELECT DISTINCT month FROM published_rosters ORDER BY month").compactMap { Month($0) } }
    }

    /// The dataset for `month` as the readers take it, with the previous month's latest
    /// published roster added to its history.
    public func datasetFiles(for month: Month) throws(InputError) -> DatasetFiles {
        var before: [Assignment] = []
        if let previous = month.previous { before = try publishedRoster(of: previous)?.assignments ?? [] }
        return try datasetFiles(extraHistory: before, historyBefore: month.firstDay)
    }

    /// A read transaction, its failure an input error naming the store.
    func reading<T>(_ body: (Database) throws -> T) throws(InputError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw InputError([InputIssue(file: path, line: 0, message: .storeUnreadable(Self.reason(error)))])
        }
    }
}
