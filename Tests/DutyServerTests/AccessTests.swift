import DutyIO
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing
import Yams
@testable import DutyServer
@testable import DutyStore

/// Who may call what: every route × every role, the OpenAPI document against the routes,
/// logins, lockout, cross-site requests and what the log may hold.
@Suite struct AccessTests {
    /// A request to `route` with its path parameters filled in.
    static func uri(_ route: APIRoute) -> String {
        route.path.replacingOccurrences(of: "{month}", with: "2025-10").replacingOccurrences(of: "{id}", with: "s03")
            .replacingOccurrences(of: "{staff}", with: "s03")
    }

    @Test("every route × role: 401 without a login, 403 for a role the route does not allow, neither for one it does")
    func roleTable() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            var cookies: [OfficeUser.Role: String] = [:]
            for (role, name) in [(OfficeUser.Role.admin, "boss"), (.inspector, "checker"), (.staff, "zhang")] {
                cookies[role] = try await ServerFixture.login(client, name)
            }
            for route in APIRoute.all where route != .logout {
                for role in [nil] + OfficeUser.Role.allCases.map(Optional.some) {
                    var headers: HTTPFields = [:]
                    if let role { headers[.cookie] = cookies[role] }
                    // Bodies that would change the store are left empty: the role check comes first.
                    let status = try await client.execute(uri: Self.uri(route), method: route.method, headers: headers) { $0.status }
                    let label = "\(route.method) \(route.path) as \(role?.rawValue ?? "nobody")"
                    switch (route.roles, role) {
                    case (nil, _): #expect(status != .unauthorized || route == .login, "\(label): \(status)")
                    case (_?, nil): #expect(status == .unauthorized, "\(label): \(status)")
                    case let (roles?, role?) where !roles.contains(role): #expect(status == .forbidden, "\(label): \(status)")
                    default: #expect(status != .unauthorized && status != .forbidden || Self.checksOwnership(route), "\(label): \(status)")
                    }
                }
            }
        }
    }

    @Test("every page × role: to /login without a login, a 403 page for a role the page does not allow, neither for one it does")
    func pageRoleTable() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            var cookies: [OfficeUser.Role: String] = [:]
            for (role, name) in [(OfficeUser.Role.admin, "boss"), (.inspector, "checker"), (.staff, "zhang")] {
                cookies[role] = try await ServerFixture.login(client, name)
            }
            for route in PageRoute.all where route != .logout {
                for role in [nil] + OfficeUser.Role.allCases.map(Optional.some) {
                    var headers: HTTPFields = [:]
                    if let role { headers[.cookie] = cookies[role] }
                    let uri = route.path.replacingOccurrences(of: "{month}", with: "2025-10").replacingOccurrences(of: "{id}", with: "none")
                        .replacingOccurrences(of: "{date}", with: "2025-10-08")
                    let (status, location) = try await client.execute(uri: uri, method: route.method, headers: headers) { ($0.status, $0.headers[.location]) }
                    let label = "\(route.method) \(route.path) as \(role?.rawValue ?? "nobody")"
                    switch (route.roles, role) {
                    case (nil, _): #expect(status != .forbidden, "\(label): \(status)")
                    case (_?, nil): #expect(status == .seeOther && location == "/login", "\(label): \(status) \(location ?? "")")
                    case let (roles?, role?) where !roles.contains(role): #expect(status == .forbidden, "\(label): \(status)")
                    default: #expect(status != .forbidden && location != "/login", "\(label): \(status)")
                    }
                }
            }
        }
    }

    @Test("on an empty store the pages say that nothing is imported yet, not a server error")
    func emptyStore() async throws {
        let fixture = try ServerFixture(importing: false)
        try await fixture.withClient { client in
            let cookie = try await ServerFixture.login(client, "boss")
            for uri in ["/inspections/new", "/repairs", "/users", "/months/2025-10/days/2025-10-08"] {
                let (status, body) = try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) { ($0.status, String(buffer: $0.body)) }
                #expect(status == .unprocessableContent || status == .seeOther, "\(uri): \(status)")
                if status == .unprocessableContent { #expect(body.contains("数据库里还没有数据"), "\(uri): \(body)") }
            }
            let months = try await client.execute(uri: "/months", method: .get, headers: [.cookie: cookie]) { $0.status }
            #expect(months == .ok)
        }
    }

    /// Routes that also check whose data it is (a staff member's own calendar link).
    static func checksOwnership(_ route: APIRoute) -> Bool { [.calendarLink, .renewCalendar, .requests].contains(route) }

    @Test("the OpenAPI document lists exactly the routes the server has")
    func openAPI() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let text = try await client.execute(uri: "/api/openapi.yaml", method: .get) { String(buffer: $0.body) }
            let document = try #require(try Yams.load(yaml: text) as? [String: Any])
            #expect(document["openapi"] as? String == "3.0.3")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, item in
                item.keys.filter { ["get", "post", "delete", "put", "patch"].contains($0) }.map { "\($0.uppercased()) \(path)" }
            })
            #expect(documented == Set(APIRoute.all.map { "\($0.method.rawValue) \($0.path)" }))
        }
    }

    @Test("after 10 failed logins a name gets 429, even with the right password; the log holds no password, token or cookie")
    func lockout() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let cookie = try await ServerFixture.login(client, "boss")
            for attempt in 1...10 {
                let status = try await client.execute(uri: "/api/login", method: .post, body: ServerFixture.json(["name": "checker", "password": "wrong-\(attempt)"])) { $0.status }
                #expect(status == .unauthorized)
            }
            let locked = try await client.execute(uri: "/api/login", method: .post, body: ServerFixture.json(["name": "checker", "password": ServerFixture.password])) { $0.status }
            #expect(locked == .tooManyRequests)
            // Another name is not locked.
            #expect(try await ServerFixture.login(client, "zhang").hasPrefix("duty_session="))
            let link = try await client.execute(uri: "/api/staff/s03/calendar", method: .get, headers: [.cookie: cookie]) { ServerFixture.object($0.body)["url"] as? String }
            let token = try #require(link?.split(separator: "=").last.map(String.init))
            _ = try await client.execute(uri: try #require(link), method: .get) { $0.status }
            let log = fixture.log.text
            #expect(!log.contains(ServerFixture.password) && !log.contains("wrong-1") && !log.contains(token))
            #expect(!log.contains(String(cookie.dropFirst("duty_session=".count))))
        }
    }

    @Test("the session cookie is HttpOnly and SameSite; logout ends it")
    func cookie() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let header = try await client.execute(uri: "/api/login", method: .post, body: ServerFixture.json(["name": "boss", "password": ServerFixture.password])) {
                $0.headers[.setCookie] ?? ""
            }
            #expect(header.contains("HttpOnly") && header.contains("SameSite=Strict"), "\(header)")
            let cookie = String(header.split(separator: ";")[0])
            #expect(try await client.execute(uri: "/api/logout", method: .post, headers: [.cookie: cookie]) { $0.status } == .noContent)
            #expect(try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: [.cookie: cookie]) { $0.status } == .unauthorized)
        }
    }

    @Test("a browser request from another site that would change anything is 403; scripts and same-origin pages pass")
    func crossSite() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let cookie = try await ServerFixture.login(client, "boss")
            let body = ServerFixture.json(["staff": "s03", "from": "2025-10-20", "to": "2025-10-21", "reason": "病假"])
            let foreign: [HTTPFields] = [[.cookie: cookie, .origin: "http://evil.example"], [.cookie: cookie, HTTPField.Name("Sec-Fetch-Site")!: "cross-site"]]
            for headers in foreign {
                #expect(try await client.execute(uri: "/api/leave", method: .post, headers: headers, body: body) { $0.status } == .forbidden)
            }
            #expect(try await client.execute(uri: "/api/leave", method: .post, headers: [.cookie: cookie, HTTPField.Name("Sec-Fetch-Site")!: "same-origin"], body: body) { $0.status } == .created)
            // Reading from another site is no change, and stays allowed (the cookie is SameSite anyway).
            #expect(try await client.execute(uri: "/api/months/2025-10/roster", method: .get, headers: [.cookie: cookie, .origin: "http://evil.example"]) { $0.status } != .forbidden)
        }
    }
}
