import GRDB

/// The store's schema, made by GRDB's migrator: one table per dataset file, the settings
/// documents, and the published rosters, which the schema itself keeps from ever changing.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("dataset and published rosters") { db in
            for stored in StoredFile.all { try db.execute(sql: createTable(stored)) }
            try db.execute(sql: """
                CREATE TABLE documents (name TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL);
                CREATE TABLE published_rosters (
                    month TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), published_at TEXT NOT NULL,
                    assignment_count INTEGER NOT NULL, roster_json TEXT NOT NULL,
                    PRIMARY KEY (month, version));
                CREATE TABLE published_assignments (
                    month TEXT NOT NULL, version INTEGER NOT NULL, date TEXT NOT NULL, post TEXT NOT NULL, staff TEXT NOT NULL,
                    PRIMARY KEY (month, version, date, post, staff),
                    FOREIGN KEY (month, version) REFERENCES published_rosters (month, version));
                CREATE TRIGGER published_rosters_never_change BEFORE UPDATE ON published_rosters
                    BEGIN SELECT RAISE(ABORT, 'a published roster never changes'); END;
                CREATE TRIGGER published_rosters_never_go BEFORE DELETE ON published_rosters
                    BEGIN SELECT RAISE(ABORT, 'a published roster never changes'); END;
                CREATE TRIGGER published_assignments_never_change BEFORE UPDATE ON published_assignments
                    BEGIN SELECT RAISE(ABORT, 'a published roster never changes'); END;
                CREATE TRIGGER published_assignments_never_go BEFORE DELETE ON published_assignments
                    BEGIN SELECT RAISE(ABORT, 'a published roster never changes'); END;
                -- A version declares its number of assignments when it is published: none can be added later.
                CREATE TRIGGER published_assignments_sealed BEFORE INSERT ON published_assignments
                    WHEN (SELECT COUNT(*) FROM published_assignments WHERE month = NEW.month AND version = NEW.version)
                         >= (SELECT assignment_count FROM published_rosters WHERE month = NEW.month AND version = NEW.version)
                    BEGIN SELECT RAISE(ABORT, 'a published roster never changes'); END;
                """)
        }
        migrator.registerMigration("users, sessions, calendar tokens and drafts") { db in
            try db.execute(sql: """
                CREATE TABLE users (
                    name TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL CHECK (role IN ('admin', 'inspector', 'staff')),
                    staff TEXT, password_hash TEXT NOT NULL);
                -- A session is known by the SHA-256 of its cookie, never by the cookie itself.
                CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY NOT NULL, user TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
                    expires_at REAL NOT NULL);
                CREATE TABLE login_failures (name TEXT NOT NULL, at REAL NOT NULL);
                CREATE INDEX login_failures_by_name ON login_failures (name, at);
                CREATE TABLE calendar_tokens (staff TEXT PRIMARY KEY NOT NULL, token TEXT NOT NULL UNIQUE);
                CREATE TABLE drafts (
                    month TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, based_on_version INTEGER, roster_json TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("revision") { db in
            // A number that every change of the dataset or the published rosters raises, by
            // whichever process makes it: what readers cache the month's dataset by.
            try db.execute(sql: "CREATE TABLE store_revision (value INTEGER NOT NULL); INSERT INTO store_revision VALUES (0);")
            for table in StoredFile.all.map(\.table) + ["documents", "published_rosters"] {
                for event in ["INSERT", "UPDATE", "DELETE"] where !(table == "published_rosters" && event != "INSERT") {
                    try db.execute(sql: """
                        CREATE TRIGGER \(table)_\(event.lowercased())_revision AFTER \(event) ON \(table)
                        BEGIN UPDATE store_revision SET value = value + 1; END;
                        """)
                }
            }
        }
        return migrator
    }

    /// A dataset file's table: its columns as text (NULL for an empty field), `position` keeping
    /// the file's order. A record is unique by `record_key`, all its fields joined (an import
    /// adds a row only when it is not there yet, NULL equal to NULL, found through the key's
    /// index); its staff and post must exist, checked at commit so that master data can be
    /// replaced within the import's transaction.
    private static func createTable(_ stored: StoredFile) -> String {
        var parts = ["position INTEGER NOT NULL"] + stored.columns.map { "\(StoredFile.quoted($0)) TEXT" }
        if stored.table == "posts" || stored.table == "staff" { parts.append("UNIQUE (\"id\")") }
        if !stored.isMaster { parts.append("record_key TEXT NOT NULL UNIQUE") }
        if let column = stored.staffColumn {
            parts.append("FOREIGN KEY (\(StoredFile.quoted(column))) REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED")
        }
        if let column = stored.postColumn {
            parts.append("FOREIGN KEY (\(StoredFile.quoted(column))) REFERENCES posts (id) DEFERRABLE INITIALLY DEFERRED")
        }
        return "CREATE TABLE \(stored.table) (\(parts.joined(separator: ", ")));"
    }
}
