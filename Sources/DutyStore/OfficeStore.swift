import DutyCore
import DutyIO
import Foundation
import GRDB

/// The office's SQLite store: its master data, its records and every roster it has published,
/// in one file.
///
/// Opened through GRDB as a WAL database pool (readers never wait for a writer), with foreign
/// keys on and the schema made by ``StoreSchema/migrator``. Every write is one transaction, so a
/// failed import or publish leaves the store as it was.
public final class OfficeStore: Sendable {
    /// The file, as the user named it: what messages call the store.
    public let path: String
    let pool: DatabasePool

    /// Opens the store at `path`; with `creating`, makes it (and its schema) when missing.
    /// - Throws: ``InputError`` naming the file when it is missing (and not to be made), not an
    ///   SQLite store, or cannot be opened.
    public init(path: String, creating: Bool = true) throws(InputError) {
        self.path = path
        guard creating || FileManager.default.fileExists(atPath: path) else {
            throw InputError([InputIssue(file: path, line: 0, message: .noSuchStore(path))])
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Two processes on one file (two servers, a server and an import) wait for each other's
        // writes instead of failing at once.
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(pool)
        } catch {
            throw InputError([InputIssue(file: path, line: 0, message: .cannotOpenStore(Self.reason(error)))])
        }
    }

    /// What went wrong in words, without SQL.
    static func reason(_ error: Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return "\(error)"
    }
}
