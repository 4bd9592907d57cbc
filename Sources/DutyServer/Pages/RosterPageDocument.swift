import DutyCore
import DutyIO
import Foundation

/// A stored roster.json turned back into the document that roster.html is made from, so that
/// the month's page shows and prints exactly as the file `duty roster` writes.
enum RosterPageDocument {
    /// The document of a stored roster.json; `changes`, when given, are the ✎ marks and the
    /// table of people to tell in place of those the file records.
    static func document(json: String, dataset: Dataset, month: Month, changes: RosterDocument.Repair? = nil) -> RosterDocument {
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
        func date(_ value: Any?) -> LocalDate? { (value as? String).flatMap { LocalDate(iso: $0) } }
        let assignments = (object["assignments"] as? [[String: Any]] ?? []).compactMap { row -> Assignment? in
            guard let day = date(row["date"]), let post = row["post"] as? String, let staff = row["staff"] as? String else { return nil }
            return Assignment(date: day, post: Post.ID(post), staff: Staff.ID(staff))
        }
        let uncovered = (object["shortfall"] as? [[String: Any]] ?? []).compactMap { row -> Shortfall? in
            guard let day = date(row["date"]), let post = row["post"] as? String, let missing = row["missing"] as? Int else { return nil }
            return Shortfall(date: day, post: Post.ID(post), missing: missing)
        }
        var objective = ObjectiveBreakdown()
        for (key, value) in object["objective"] as? [String: Double] ?? [:] {
            if let term = ObjectiveTerm(rawValue: key) { objective[term] = value }
        }
        let solver = object["solver"] as? [String: Any]
        let status = (solver?["status"] as? String).flatMap { RosterStatus(rawValue: $0) }
        let repair = changes ?? date(object["from"]).map { from in
            RosterDocument.Repair(from: from, changes: (object["changes"] as? [[String: String]] ?? []).compactMap { row in
                guard let day = date(row["date"]), let staff = row["staff"] else { return nil }
                return RosterChange(date: day, staff: Staff.ID(staff), before: row["before"].flatMap { $0.isEmpty ? nil : Post.ID($0) },
                                    after: row["after"].flatMap { $0.isEmpty ? nil : Post.ID($0) })
            })
        }
        return RosterDocument(dataset: dataset, month: month, assignments: assignments, uncovered: uncovered, objective: objective,
                              solver: status.map { .init(status: $0, seconds: solver?["seconds"] as? Double ?? 0, gap: solver?["gap"] as? Double ?? 0,
                                                         bound: solver?["bound"] as? Double ?? objective.total) },
                              repair: repair)
    }

    /// The person-shifts a stored roster.json assigns and leaves missing, without reading the dataset.
    static func counts(json: String) -> (assigned: Int, missing: Int) {
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
        let missing = (object["shortfall"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["missing"] as? Int ?? 0) }
        return ((object["assignments"] as? [Any])?.count ?? 0, missing)
    }

    /// The first re-solved date of a repaired roster.json, if it is one.
    static func from(json: String) -> LocalDate? {
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
        return (object["from"] as? String).flatMap { LocalDate(iso: $0) }
    }
}
