import DutyCheck
import DutyCore
import DutyIO
import DutyStore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The office's pages: server-rendered, in Chinese unless English was chosen (`?lang=en`, kept
/// in a cookie), each behind the role check of ``PageRoute``. Forms post to the same origin
/// (``SameOriginMiddleware`` refuses any other) and answer with a redirect, so that reloading a
/// page never repeats what it did.
struct OfficePages: Sendable {
    let api: OfficeAPI
    var store: OfficeStore { api.store }

    static let languageCookie = "duty_lang"

    /// One visit of a page that needs a login: who, in which words.
    struct Visit {
        let request: Request
        let context: OfficeContext
        let words: Phrases
        let user: OfficeUser
        var path: String { request.uri.path }
        /// A query parameter, if given and not empty.
        func query(_ name: String) -> String? { request.uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 } }
        func month() throws -> Month { try OfficeAPI.month(context) }
        func page(_ title: String, _ body: String, status: HTTPResponse.Status = .ok) -> Response {
            PageLayout.page(words, title: title, user: user, path: path, body: body, status: status)
        }
    }

    typealias Page = @Sendable (Visit) async throws -> Response

    func register(on router: Router<OfficeContext>) {
        router.get(RouterPath(PageRoute.home.path)) { _, context in
            guard let user = context.user else { return PageLayout.redirect(to: "/login") }
            return PageLayout.redirect(to: Self.start(of: user))
        }
        router.get(RouterPath(PageRoute.loginForm.path)) { request, _ in await language(request) { words in loginPage(words, error: nil, status: .ok) } }
        router.post(RouterPath(PageRoute.login.path)) { request, context in
            try await language(request) { words in
                let form = try await Self.form(request, context: context)
                do {
                    let (user, token) = try api.authenticate(name: form["name"] ?? "", password: form["password"] ?? "")
                    var response = PageLayout.redirect(to: Self.start(of: user))
                    response.setCookie(api.sessionCookie(token))
                    return response
                } catch let error as APIError {
                    return loginPage(words, error: error.status == .tooManyRequests ? words.tooManyLogins : words.wrongLogin, status: error.status)
                }
            }
        }
        let pages: [PageRoute: Page] = [
            .logout: logout, .months: monthsPage, .month: monthPage, .solve: solve, .publish: publish, .sick: sick,
            .job: jobPage, .cancelJob: cancelJob, .day: dayPage, .editPreview: editPreview, .edit: edit,
            .me: myPage, .requestsForm: requestsPage, .request: addRequest,
            .inspectionForm: inspectionPage, .inspection: addInspection, .attendanceForm: attendancePage, .attendance: addAttendance,
            .repairs: repairsPage, .repair: addRepair, .repairDone: repairDone,
            .importForm: importPage, .importDataset: importDataset, .users: usersPage, .addUser: addUser,
            .appraisal: appraisalPage, .termAppraisal: termAppraisalPage,
        ]
        for route in PageRoute.all where route.roles != nil {
            guard let page = pages[route], let roles = route.roles else { preconditionFailure("no page for \(route.method) \(route.path)") }
            router.on(RouterPath(route.path), method: route.method) { request, context in
                try await language(request) { words in
                    guard let user = context.user else { return PageLayout.redirect(to: "/login") }
                    guard roles.contains(user.role) else {
                        return PageLayout.page(words, title: words.notAllowed, user: user, path: request.uri.path,
                                               body: "<p class=\"error\" role=\"alert\">\(words.notAllowed)</p>", status: .forbidden)
                    }
                    do {
                        return try await page(Visit(request: request, context: context, words: words, user: user))
                    } catch let error as InputError {
                        // What the store holds cannot be read (no dataset imported yet, say): said on the page, not a 500.
                        return PageLayout.page(words, title: words.appName, user: user, path: request.uri.path,
                                               body: Self.problem(error, words), status: .unprocessableContent)
                    }
                }
            }
        }
    }

    /// Where a user lands after logging in: staff on their own duties, the office on the months.
    static func start(of user: OfficeUser) -> String { user.role == .staff ? "/me" : "/months" }

    /// Runs `body` in the request's language, and keeps a language chosen with `?lang=`.
    func language(_ request: Request, _ body: (Phrases) async throws -> Response) async rethrows -> Response {
        let chosen = request.uri.queryParameters.get("lang").flatMap { Language(rawValue: $0) }
        let language = chosen ?? request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .zh
        var response = try await body(Phrases.of(language))
        if let chosen { response.setCookie(Cookie(name: Self.languageCookie, value: chosen.rawValue, maxAge: 365 * 86_400, path: "/", httpOnly: true, sameSite: .lax)) }
        return response
    }

    private func loginPage(_ words: Phrases, error: String?, status: HTTPResponse.Status) -> Response {
        let message = error.map { "<p class=\"error\" role=\"alert\">\(TextFormat.escaped($0))</p>" } ?? ""
        let body = """
        <h1>\(words.loginTitle)</h1>\(message)
        <form method="post" action="/login">
        <label for="name">\(words.userName)</label><input id="name" name="name" autocomplete="username" required autofocus>
        <label for="password">\(words.password)</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <button class="primary" type="submit">\(words.logIn)</button>
        </form>
        """
        return PageLayout.page(words, title: words.loginTitle, user: nil, path: "/login", body: body, status: status)
    }

    private var logout: Page {
        { visit in
            if let token = visit.context.sessionToken { try store.endSession(token) }
            var response = PageLayout.redirect(to: "/login")
            response.setCookie(Cookie(name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// The fields of a form post (`application/x-www-form-urlencoded`).
    static func form(_ request: Request, context: OfficeContext) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        var fields: [String: String] = [:]
        for pair in String(buffer: buffer).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            if let key = parts.first { fields[key] = parts.count > 1 ? parts[1] : "" }
        }
        return fields
    }

    /// A message for the page, as the redirect after a form carries it (`?note=`).
    static func note(_ visit: Visit) -> String {
        visit.query("note").map { "<p class=\"notice\" role=\"status\">\(TextFormat.escaped($0))</p>" } ?? ""
    }

    /// A redirect to `path` with a message for the page.
    static func redirect(_ path: String, note: String) -> Response {
        let separator = path.contains("?") ? "&" : "?"
        return PageLayout.redirect(to: path + separator + "note=" + (note.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }

    /// A `<select>` option.
    static func option(_ value: String, _ chosen: String?, _ label: String) -> String {
        "<option value=\"\(TextFormat.escaped(value))\"\(value == chosen ? " selected" : "")>\(TextFormat.escaped(label))</option>"
    }

    /// The first problem of refused input, in the page's words, for the top of the form.
    static func problem(_ error: Error, _ words: Phrases) -> String {
        "<p class=\"error\" role=\"alert\">\(TextFormat.escaped(problemText(error, words)))</p>"
    }

    /// A stored time stamp (ISO 8601, UTC) as the school's clock shows it: `2025-10-08 14:30`.
    func localTime(_ stamp: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: stamp) else { return stamp }
        let local = ISO8601DateFormatter.string(from: date, timeZone: api.settings.timeZone, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime])
        return String(local.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

/// The first problem of what the store refused, in the page's words.
    static func problemText(_ error: Error, _ words: Phrases) -> String {
        guard let input = error as? InputError, let first = input.issues.first else { return "\(error)" }
        return "\(first.field.map { "\($0): " } ?? "")\(first.message.text(words.language))"
    }

    /// `text` for a URL's query.
    static func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text }

    /// `text` as one segment of a URL's path.
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
    }

    /// Today in the school's time zone, as `YYYY-MM-DD`.
    func today() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: api.settings.timeZone, formatOptions: [.withFullDate])
    }
}
