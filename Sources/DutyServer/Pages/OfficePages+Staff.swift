import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird

/// A staff member's own pages: their duties on a phone with the calendar feed, and their
/// requests for next month.
extension OfficePages {
    /// `/me[?month=]`: the logged-in person's published duties of a month (default the latest
    /// published one), with their calendar-feed link.
    var myPage: Page {
        { visit in
            let words = visit.words, user = visit.user
            guard let staffID = user.staff else { return visit.page(words.myDuties, "<h1>\(words.myDuties)</h1><p>\(words.notStaff)</p>") }
            let month = try visit.query("month").flatMap { Month($0) } ?? store.publishedMonths().last ?? Month(year: 2025, month: 1)!
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
                body += "<p><a href=\"/appraisal/\(month)\">\(words.pages.appraisalMonth)</a></p>"
            } else {
                body += "<h1>\(words.myDuties)</h1><p>\(words.noRosterYet(month))</p>"
            }
            // The link as the phone must open it: this server as the browser reached it.
            let feed = "http://\(visit.request.head.authority ?? "localhost")" + (try feedPath(of: staffID))
            body += "<h2>\(words.calendarFeed)</h2><p>\(words.calendarFeedHelp)</p><p class=\"feed\"><a href=\"\(TextFormat.escaped(feed))\">\(TextFormat.escaped(feed))</a></p>"
            if let code = QRCode(feed) {
                body += "<figure class=\"qr\">\(code.svg(label: words.calendarFeed))<figcaption>\(words.pages.qrCaption)</figcaption></figure>"
            }
            return visit.page(words.myDuties, body)
        }
    }

    /// The path of a person's calendar feed, with its secret token.
    private func feedPath(of staff: Staff.ID) throws -> String {
        let token = try store.calendarToken(for: staff)
        return "/calendar/\(staff.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? staff.rawValue).ics?token=\(token)"
    }

    /// `/requests`: a staff member's requests for next month — a day off, or a post wanted on a
    /// day — and those already filed.
    var requestsPage: Page {
        { visit in try requestsForm(visit, values: [:], message: Self.note(visit), status: .ok) }
    }

    /// `POST /requests`: files one request for the logged-in person (never for someone else).
    var addRequest: Page {
        { visit in
            var values = try await Self.form(visit.request, context: visit.context).filter { ["date", "post", "kind"].contains($0.key) }
            values["staff"] = visit.user.staff?.rawValue
            do {
                try store.addRecord(to: "requests.csv", fields: values)
                return Self.redirect("/requests", note: visit.words.pages.requestSaved)
            } catch {
                return try requestsForm(visit, values: values, message: Self.problem(error, visit.words), status: .unprocessableContent)
            }
        }
    }

    private func requestsForm(_ visit: Visit, values: [String: String], message: String, status: HTTPResponse.Status) throws -> Response {
        let words = visit.words, page = words.pages
        guard let staffID = visit.user.staff else { return visit.page(page.requestsTitle, "<h1>\(page.requestsTitle)</h1><p>\(words.notStaff)</p>") }
        let today = LocalDate(iso: self.today())!
        let month = Month(containing: today)!.next
        let dataset = try api.datasets.dataset(of: month, in: store)
        let postNames = Dictionary(dataset.posts.map { ($0.id, $0.name) }) { first, _ in first }
        let mine = dataset.requests.filter { $0.staff == staffID && $0.date >= today }.sorted { $0.date < $1.date }
        let posts = dataset.posts.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, values["post"], $0.name) }.joined()
        let kinds = [("off", page.wantOff), ("on", page.wantPost)].map { Self.option($0.0, values["kind"], $0.1) }.joined()
        var body = "<h1>\(page.requestsTitle)</h1>\(message)<p>\(page.requestsHelp)</p>"
        if !mine.isEmpty {
            body += "<h2>\(page.myRequests)</h2><ul>" + mine.map { request in
                "<li>\(request.date)（\(words.weekday(request.date.weekday))）：\(request.kind == .off ? page.wantOff : page.wantPost)"
                    + (request.post.map { " · \(TextFormat.escaped(postNames[$0] ?? $0.rawValue))" } ?? "") + "</li>"
            }.joined() + "</ul>"
        }
        body += """
        <form method="post" action="/requests">
        <label for="date">\(words.date)</label><input id="date" name="date" type="date" value="\(TextFormat.escaped(values["date"] ?? month.firstDay.description))" min="\(today)" required>
        <label for="kind">\(page.requestKind)</label><select id="kind" name="kind">\(kinds)</select>
        <label for="post">\(words.post)</label><select id="post" name="post"><option value="">\(page.anyPost)</option>\(posts)</select>
        <button class="primary" type="submit">\(words.save)</button>
        </form>
        """
        return visit.page(page.requestsTitle, body, status: status)
    }
}
