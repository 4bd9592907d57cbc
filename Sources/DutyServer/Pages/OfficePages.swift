import DutyCheck
import DutyCore
import DutyIO
import DutyStore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The office's pages: the login form, a month's roster as a calendar, and a person's own
/// duties. Server-rendered, in Chinese unless English was chosen (`?lang=en`, kept in a cookie).
struct OfficePages: Sendable {
    let api: OfficeAPI
    var store: OfficeStore { api.store }

    static let languageCookie = "duty_lang"

    func register(on router: Router<OfficeContext>) {
        router.get("/") { _, context in
            guard let user = context.user else { return PageLayout.redirect(to: "/login") }
            return PageLayout.redirect(to: user.role == .staff ? "/me" : "/months")
        }
        router.get("/login") { request, _ in await language(request) { words in loginPage(words, error: nil, status: .ok) } }
        router.post("/login") { request, context in
            try await language(request) { words in
                let form = try await Self.form(request, context: context)
                do {
                    let (user, token) = try api.authenticate(name: form["name"] ?? "", password: form["password"] ?? "")
                    var response = PageLayout.redirect(to: user.role == .staff ? "/me" : "/months")
                    response.setCookie(api.sessionCookie(token))
                    return response
                } catch let error as APIError {
                    return loginPage(words, error: error.status == .tooManyRequests ? words.tooManyLogins : words.wrongLogin, status: error.status)
                }
            }
        }
        router.post("/logout") { _, context in
            if let token = context.sessionToken { try store.endSession(token) }
            var response = PageLayout.redirect(to: "/login")
            response.setCookie(Cookie(name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.get("/months") { _, context in
            guard context.user != nil else { return PageLayout.redirect(to: "/login") }
            let latest = try store.draftMonths().last ?? store.publishedMonths().last ?? Month(year: 2025, month: 1)!
            return PageLayout.redirect(to: "/months/\(latest)")
        }
        router.get("/months/{month}") { request, context in try await language(request) { words in try monthPage(request, context, words) } }
        router.get("/me") { request, context in try await language(request) { words in try myPage(request, context, words) } }
        registerInspectionPage(on: router)
    }

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

    /// `/months/{YYYY-MM}`: the month's current roster (the draft if there is one and the user is
    /// not staff, else the latest published version) as the printable calendar of roster.html.
    private func monthPage(_ request: Request, _ context: OfficeContext, _ words: Phrases) throws -> Response {
        guard let user = context.user else { return PageLayout.redirect(to: "/login") }
        let month = try OfficeAPI.month(context)
        let path = "/months/\(month)"
        let draft = user.role == .staff ? nil : try store.draft(of: month)
        let published = draft == nil ? try store.publishedRoster(of: month) : nil
        let navigation = monthNavigation(month, words)
        guard let json = draft?.rosterJSON ?? published?.rosterJSON else {
            return PageLayout.page(words, title: words.rosterTitle(month), user: user, path: path,
                                   body: "<h1>\(words.rosterTitle(month))</h1>\(navigation)<p>\(words.noRosterYet(month))</p>")
        }
        let dataset = try api.datasets.dataset(of: month, in: store)
        let document = RosterPageDocument.document(json: json, dataset: dataset, month: month)
        let notice = draft != nil ? words.draftNotice : words.publishedNotice(published?.version ?? 0)
        // roster.html itself, with the app's header and the draft or version notice above it.
        let html = document.html(words).replacingOccurrences(of: "<body>", with: "<body><style>\(PageLayout.headerStyle)</style>"
            + PageLayout.header(words, user: user, path: path) + "<div class=\"no-print\" style=\"padding:0 1em\">\(navigation)<p class=\"notice\">\(notice)</p></div>")
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func monthNavigation(_ month: Month, _ words: Phrases) -> String {
        let before = month.firstDay.adding(days: -1), after = month.lastDay.adding(days: 1)
        return "<p class=\"no-print\"><a href=\"/months/\(before.year)-\(before.month < 10 ? "0" : "")\(before.month)\">← \(words.previousMonth)</a> · "
            + "<a href=\"/months/\(after.year)-\(after.month < 10 ? "0" : "")\(after.month)\">\(words.nextMonth) →</a></p>"
    }

    /// `/me`: the logged-in person's published duties of a month (`?month=`, default the latest
    /// published one), with their calendar-feed link.
    private func myPage(_ request: Request, _ context: OfficeContext, _ words: Phrases) throws -> Response {
        guard let user = context.user else { return PageLayout.redirect(to: "/login") }
        guard let staffID = user.staff else {
            return PageLayout.page(words, title: words.myDuties, user: user, path: "/me", body: "<h1>\(words.myDuties)</h1><p>\(words.notStaff)</p>")
        }
        let month = try request.uri.queryParameters.get("month").flatMap { Month($0) } ?? store.publishedMonths().last ?? Month(year: 2025, month: 1)!
        var body = ""
        if let published = try store.publishedRoster(of: month) {
            let dataset = try api.datasets.dataset(of: month, in: store)
            let posts = Dictionary(dataset.posts.map { ($0.id, $0) }) { first, _ in first }
            let name = dataset.staff.first { $0.id == staffID }?.name ?? staffID.rawValue
            let mine = published.assignments.filter { $0.staff == staffID }
            body += "<h1>\(TextFormat.escaped(words.dutiesOf(name, words.month(month))))</h1>\(monthNavigation(month, words).replacingOccurrences(of: "/months/", with: "/me?month="))"
            body += "<p>\(words.personalSummary(mine.count, mine.filter { posts[$0.post]?.night == true }.count, mine.filter { dataset.calendar.isRestDay($0.date) }.count))</p>"
            body += "<table class=\"duties\"><thead><tr><th scope=\"col\">\(words.date)</th><th scope=\"col\">\(words.day)</th><th scope=\"col\">\(words.post)</th><th scope=\"col\">\(words.time)</th></tr></thead><tbody>\n"
            for assignment in mine {
                let post = posts[assignment.post]
                let time = post.map { "\(TextFormat.clock($0.start))–\(TextFormat.clock($0.end))" } ?? ""
                body += "<tr><td>\(assignment.date)</td><td>\(words.weekday(assignment.date.weekday))</td><td>\(TextFormat.escaped(post?.name ?? assignment.post.rawValue))</td><td>\(time)</td></tr>\n"
            }
            body += "</tbody></table>"
        } else {
            body += "<h1>\(words.myDuties)</h1><p>\(words.noRosterYet(month))</p>"
        }
        let token = try store.calendarToken(for: staffID)
        let feed = "/calendar/\(staffID.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? staffID.rawValue).ics?token=\(token)"
        body += "<h2>\(words.calendarFeed)</h2><p>\(words.calendarFeedHelp)</p><p class=\"feed\"><a href=\"\(feed)\">\(TextFormat.escaped(feed))</a></p>"
        return PageLayout.page(words, title: words.myDuties, user: user, path: "/me", body: body)
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
}
