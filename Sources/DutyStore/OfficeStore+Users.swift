import Crypto
import DutyCore
import DutyIO
import Foundation
import GRDB
import HummingbirdBcrypt

extension OfficeStore {
    /// bcrypt's cost: 2¹¹ rounds, about a tenth of a second per login on the office's PC.
    static let passwordCost: UInt8 = 11

    /// Adds a user, or replaces the role, staff and password of one with that name.
    /// Only a salted bcrypt hash of the password is stored.
    /// - Throws: ``InputError`` for an empty name or password, or a staff id the store lacks.
    public func addUser(name: String, role: OfficeUser.Role, staff: Staff.ID?, password: String) throws(InputError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw issue(.userWithoutName) }
        guard password.count >= 8 else { throw issue(.shortPassword) }
        if role == .staff, staff == nil { throw issue(.staffUserWithoutStaff) }
        let hash = Bcrypt.hash(password, cost: Self.passwordCost)
        try writing { db in
            if let staff, try String.fetchOne(db, sql: "SELECT id FROM staff WHERE id = ?", arguments: [staff.rawValue]) == nil {
                throw issue(.unknownStoreStaff(staff.rawValue))
            }
            try db.execute(sql: """
                INSERT INTO users (name, role, staff, password_hash) VALUES (?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, staff = excluded.staff, password_hash = excluded.password_hash
                """, arguments: [name, role.rawValue, staff?.rawValue, hash])
        }
    }

    /// Every user, by name.
    public func users() throws(InputError) -> [OfficeUser] {
        try reading { db in try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY name").map(Self.user) }
    }

    /// The user whose name and password these are, or `nil`.
    public func verify(name: String, password: String) throws(InputError) -> OfficeUser? {
        let row = try reading { db in try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]) }
        guard let row, Bcrypt.verify(password, hash: row["password_hash"]) else { return nil }
        return Self.user(row)
    }

    /// Starts a session for `user` lasting `lifetime` seconds.
    /// - Returns: the session's token, for the cookie; the store keeps only its hash.
    public func startSession(for user: OfficeUser, lifetime: TimeInterval, now: Date = Date()) throws(InputError) -> String {
        let token = Self.randomToken()
        try writing { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at < ?", arguments: [now.timeIntervalSince1970])
            try db.execute(sql: "INSERT INTO sessions (token_hash, user, expires_at) VALUES (?, ?, ?)",
                           arguments: [Self.digest(token), user.name, now.timeIntervalSince1970 + lifetime])
        }
        return token
    }

    /// The user of a live session, or `nil`.
    public func user(forSession token: String, now: Date = Date()) throws(InputError) -> OfficeUser? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT users.* FROM sessions JOIN users ON users.name = sessions.user WHERE token_hash = ? AND expires_at >= ?",
                             arguments: [Self.digest(token), now.timeIntervalSince1970]).map(Self.user)
        }
    }

    public func endSession(_ token: String) throws(InputError) {
        try writing { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [Self.digest(token)]) }
    }

    /// Records a failed login for `name`, forgetting those older than `keep` seconds.
    public func recordFailedLogin(_ name: String, keep: TimeInterval, now: Date = Date()) throws(InputError) {
        try writing { db in
            try db.execute(sql: "DELETE FROM login_failures WHERE at < ?", arguments: [now.timeIntervalSince1970 - keep])
            try db.execute(sql: "INSERT INTO login_failures (name, at) VALUES (?, ?)", arguments: [name, now.timeIntervalSince1970])
        }
    }

    /// When `name`'s failed logins since `since` were, oldest first.
    public func failedLogins(_ name: String, since: Date) throws(InputError) -> [Date] {
        try reading { db in
            try Double.fetchAll(db, sql: "SELECT at FROM login_failures WHERE name = ? AND at >= ? ORDER BY at",
                                arguments: [name, since.timeIntervalSince1970]).map { Date(timeIntervalSince1970: $0) }
        }
    }

    public func clearFailedLogins(_ name: String) throws(InputError) {
        try writing { db in try db.execute(sql: "DELETE FROM login_failures WHERE name = ?", arguments: [name]) }
    }

    /// The staff member's calendar-feed token, made on first use; `renew` replaces it, so that
    /// the old feed URL stops working. The token is the feed's capability, like a private
    /// calendar link, and is kept as it is to be shown again.
    public func calendarToken(for staff: Staff.ID, renew: Bool = false) throws(InputError) -> String {
        try writing { db in
            if !renew, let token = try String.fetchOne(db, sql: "SELECT token FROM calendar_tokens WHERE staff = ?", arguments: [staff.rawValue]) {
                return token
            }
            let token = Self.randomToken()
            try db.execute(sql: "INSERT INTO calendar_tokens (staff, token) VALUES (?, ?) ON CONFLICT (staff) DO UPDATE SET token = excluded.token",
                           arguments: [staff.rawValue, token])
            return token
        }
    }

    /// Whether `token` is the staff member's current calendar token.
    public func isCalendarToken(_ token: String, of staff: Staff.ID) throws(InputError) -> Bool {
        try reading { db in
            try String.fetchOne(db, sql: "SELECT token FROM calendar_tokens WHERE staff = ?", arguments: [staff.rawValue]) == token
        }
    }

    private static func user(_ row: Row) -> OfficeUser {
        OfficeUser(name: row["name"], role: OfficeUser.Role(rawValue: row["role"]) ?? .staff, staff: (row["staff"] as String?).map { Staff.ID($0) })
    }

    /// 32 random bytes as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    func issue(_ message: InputMessage) -> InputError { InputError([InputIssue(file: path, line: 0, message: message)]) }

    /// A write transaction; an input error thrown inside passes through, any other failure is
    /// one naming the store.
    func writing<T>(_ body: (Database) throws -> T) throws(InputError) -> T {
        do {
            return try pool.write(body)
        } catch let error as InputError {
            throw error
        } catch {
            throw issue(.storeUnwritable(Self.reason(error)))
        }
    }
}
