import DutyIO
import DutyServer
import DutyStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A store with the shipped example imported and one user of each role; the tests reach the
/// server over it through `RouterClient`.
struct ServerFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = packageRoot.appendingPathComponent("datasets/example").path
    static let password = "password-123"
    /// The built `duty`, which runs the jobs' solves.
    static var executable: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("duty")
        return FileManager.default.isExecutableFile(atPath: beside.path) ? beside.path : packageRoot.appendingPathComponent(".build/debug/duty").path
    }

    let store: OfficeStore
    let settings: ServerSettings
    let log: LogCapture

    /// A store with the example imported and three users; with `importing: false`, an empty
    /// store with the admin and the inspector (a staff user needs the staff list).
    init(settings: ServerSettings = ServerSettings(), importing: Bool = true) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duty-server-\(UUID().uuidString).db").path
        store = try OfficeStore(path: path)
        if importing { try store.importDataset(.folder(Self.example)) }
        try store.addUser(name: "boss", role: .admin, staff: nil, password: Self.password)
        try store.addUser(name: "checker", role: .inspector, staff: nil, password: Self.password)
        if importing { try store.addUser(name: "zhang", role: .staff, staff: "s03", password: Self.password) }
        self.settings = settings
        log = LogCapture()
    }

    /// Logs in `name` and returns the Cookie header of the session.
    static func login(_ client: RouterClient, _ name: String, password: String = password) async throws -> String {
        try await client.execute(uri: "/api/login", method: .post, body: json(["name": name, "password": password])) { response in
            guard response.status == .ok, let cookie = response.headers[.setCookie]?.split(separator: ";").first else {
                throw LoginFailed(status: response.status.code)
            }
            return String(cookie)
        }
    }

    static func json(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    static func object(_ body: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]) ?? [:]
    }

    struct LoginFailed: Error { let status: Int }
}

/// Every log line the server writes, to check that no secret is ever in one.
final class LogCapture: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        lock.lock()
        lines.append("\(message) \(metadata ?? [:])")
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return lines.joined(separator: "\n")
    }
}
