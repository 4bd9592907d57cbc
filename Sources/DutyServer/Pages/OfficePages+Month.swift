import DutyCheck
import DutyCore
import DutyIO
import DutyStore
import Foundation
import HTTPTypes
import Hummingbird

extension OfficePages {
    /// `/months`: every month the store has a roster for — draft or published, its coverage,
    /// whether it can be appraised — and a way to a new month.
    var monthsPage: Page {
        { visit in
            let words = visit.words, page = words.pages
            if let text = visit.query("month"), let month = Month(text) { return PageLayout.redirect(to: "/months/\(month)") }
            let months = Set(try store.draftMonths() + store.publishedMonths()).sorted(by: >)
            var rows = ""
            for month in months {
                let draft = try store.draft(of: month), published = try store.publishedRoster(of: month)
                let state = draft.map { _ in published.map { page.draftOver($0.version) } ?? page.draft } ?? published.map { page.published($0.version) } ?? page.noRoster
                let counts = (draft?.rosterJSON ?? published?.rosterJSON).map(RosterPageDocument.counts(json:))
                let coverage = counts.map { words.coverage($0.assigned, $0.assigned + $0.missing) } ?? ""
                let appraisal = published != nil ? "<a href=\"/appraisal/\(month)\">\(page.appraisalReady)</a>" : page.appraisalAfterPublishing
                let missing = counts.map { $0.missing > 0 ? "<span class=\"gap\">⚠ \($0.missing)</span>" : "0" } ?? ""
                rows += "<tr><th scope=\"row\"><a href=\"/months/\(month)\">\(TextFormat.escaped(words.month(month)))</a></th><td>\(TextFormat.escaped(state))</td>"
                    + "<td>\(TextFormat.escaped(coverage))</td><td class=\"num\">\(missing)</td><td>\(appraisal)</td></tr>\n"
            }
            let next = months.first?.next.description ?? ""
            var body = "<h1>\(page.monthsTitle)</h1>"
            if !rows.isEmpty {
                body += "<div class=\"scroll\"><table class=\"duties\"><thead><tr><th scope=\"col\">\(page.monthColumn)</th><th scope=\"col\">\(page.stateColumn)</th>"
                    + "<th scope=\"col\">\(page.coverageColumn)</th><th scope=\"col\">\(page.uncoveredColumn)</th><th scope=\"col\">\(page.appraisalColumn)</th></tr></thead><tbody>\n\(rows)</tbody></table></div>"
            }
            body += """
            <form method="get" action="/months"><label for="month">\(page.newMonth)</label>
            <input id="month" name="month" type="month" value="\(next)" required><button class="primary" type="submit">\(page.open)</button></form>
            """
            return visit.page(page.monthsTitle, body)
        }
    }

    /// `/months/{YYYY-MM}[?version=N]`: the month's roster as the printable calendar of
    /// roster.html — the draft if there is one and the user is not staff, else the latest (or
    /// the asked) published version. The head of office also gets the draft's changes against
    /// the latest published version (✎, and the people to tell), each date a link to the day,
    /// and the controls: solve, publish, someone sick, the versions.
    var monthPage: Page {
        { visit in
            let words = visit.words, page = words.pages, user = visit.user
            let month = try visit.month()
            let latest = try store.publishedRoster(of: month)
            let asked = try visit.query("version").flatMap(Int.init).flatMap { try store.publishedRoster(of: month, version: $0) }
            let draft = user.role == .staff || asked != nil ? nil : try store.draft(of: month)
            let shown = asked ?? (draft == nil ? latest : nil)
            let navigation = monthNavigation(month, words)
            let controls = user.role == .admin ? try adminControls(month, draft: draft, latest: latest, visit) : ""
            guard let json = draft?.rosterJSON ?? shown?.rosterJSON else {
                return visit.page(words.rosterTitle(month), "<h1>\(words.rosterTitle(month))</h1>\(navigation)\(Self.note(visit))<p>\(words.noRosterYet(month))</p>\(controls)")
            }
            let dataset = try api.datasets.dataset(of: month, in: store)
            var changes: RosterDocument.Repair?
            if let draft, let latest {
                let report = RosterChecker(dataset: dataset, month: month, baseline: latest.assignments).check(draft.assignments)
                changes = RosterDocument.Repair(from: RosterPageDocument.from(json: draft.rosterJSON) ?? report.changes.first?.date ?? month.firstDay, changes: report.changes)
            }
            let document = RosterPageDocument.document(json: json, dataset: dataset, month: month, changes: changes)
            var notice = draft != nil ? words.draftNotice : words.publishedNotice(shown?.version ?? 0)
            if let asked { notice = page.viewingVersion(asked.version) + " <a href=\"/months/\(month)\">\(page.backToCurrent)</a>" }
            if let latest, changes != nil { notice += " " + TextFormat.escaped(page.changedSince(latest.version)) }
            let links = user.role == .admin && asked == nil ? RosterDocument.CalendarLinks(
                day: { "/months/\(month)/days/\($0)" },
                person: { "/months/\(month)/days/\($0)?replace=\(Self.encoded($1.rawValue))#candidates" },
                gap: { "/months/\(month)/days/\($0)?post=\(Self.encoded($1.rawValue))#candidates" }) : nil
            if links != nil { notice += " " + TextFormat.escaped(page.dayLinksHelp) }
            // roster.html itself, with the app's header, the notice and the controls around it.
            let top = "<div class=\"no-print\" style=\"padding:0 1em\">\(navigation)\(Self.note(visit))<p class=\"notice\">\(notice)</p>"
                + (controls.isEmpty ? "" : "<div class=\"controls\">\(controls)</div>") + "</div>"
            // On screen the personal pages stay for print only; each person sees theirs on /me.
            return PageLayout.framed(document.html(words, links: links), words, user: user, path: visit.path, top: top,
                                     screenStyle: "@media screen{.person{display:none}}")
        }
    }

    func monthNavigation(_ month: Month, _ words: Phrases) -> String {
        let before = month.previous ?? month, after = month.next
        return "<p class=\"no-print\"><a href=\"/months/\(before)\">← \(words.previousMonth)</a> · <a href=\"/months/\(after)\">\(words.nextMonth) →</a></p>"
    }

    /// The head of office's forms for a month: solve, publish the draft, someone sick, and the
    /// published versions.
    private func adminControls(_ month: Month, draft: DraftRoster?, latest: PublishedRoster?, _ visit: Visit) throws -> String {
        let words = visit.words, page = words.pages
        var html = "<section aria-labelledby=\"solve\"><h2 id=\"solve\">\(page.solveTitle)</h2><p>\(page.solveHelp)</p>"
            + "<form method=\"post\" action=\"/months/\(month)/solve\"><label for=\"time_limit\">\(TextFormat.escaped(page.timeLimit))</label>"
            + "<input id=\"time_limit\" name=\"time_limit\" inputmode=\"decimal\"><button class=\"primary\" type=\"submit\" id=\"solve-button\">\(page.solveButton)</button></form>"
        if draft != nil {
            html += "<form method=\"post\" action=\"/months/\(month)/publish\"><p>\(page.publishHelp)</p>"
                + "<button class=\"primary\" type=\"submit\" id=\"publish-button\">\(page.publishButton)</button></form>"
        }
        html += "</section>"
        if latest != nil {
            let dataset = try api.datasets.dataset(of: month, in: store)
            let staff = dataset.staff.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, nil, "\($0.name)（\($0.id)）") }.joined()
            let today = LocalDate(iso: self.today()).flatMap { month.contains($0) ? $0 : nil } ?? month.firstDay
            html += """
            <section aria-labelledby="sick"><h2 id="sick">\(page.sickTitle)</h2><p>\(page.sickHelp)</p>
            <form method="post" action="/months/\(month)/sick">
            <label for="sick-staff">\(page.who)</label><select id="sick-staff" name="staff">\(staff)</select>
            <label for="sick-from">\(page.from)</label><input id="sick-from" name="from" type="date" value="\(today)" min="\(month.firstDay)" max="\(month.lastDay)" required>
            <label for="sick-to">\(page.to)</label><input id="sick-to" name="to" type="date" value="\(today)" min="\(month.firstDay)" required>
            <label for="sick-reason">\(page.reason)</label><input id="sick-reason" name="reason" value="\(TextFormat.escaped(page.sickDefaultReason))">
            <button class="primary" type="submit" id="sick-button">\(page.sickButton)</button></form></section>
            """
        }
        let versions = try store.publishedVersions(of: month)
        if !versions.isEmpty {
            let items = try versions.reversed().compactMap { try store.publishedRoster(of: month, version: $0) }.map { version in
                "<li><a href=\"/months/\(month)?version=\(version.version)\">\(TextFormat.escaped(page.version(version.version, localTime(version.publishedAt))))</a></li>"
            }
            html += "<section aria-labelledby=\"versions\"><h2 id=\"versions\">\(page.versionsTitle)</h2><ul>\(items.joined())</ul></section>"
        }
        return html
    }
}
