import DutyCheck
import DutyCore
import DutyIO
import DutyStore
import DutyWorkflow
import Foundation
import Hummingbird

extension OfficePages {
    /// One change a head of office makes by hand: `staff` takes `post` on `date`, in place of
    /// `replaced` if given.
    struct Edit {
        let date: LocalDate
        let post: Post.ID
        let staff: Staff.ID
        let replaced: Staff.ID?

        init?(_ fields: [String: String]) {
            guard let date = fields["date"].flatMap({ LocalDate(iso: $0) }), let post = fields["post"], !post.isEmpty,
                  let staff = fields["staff"], !staff.isEmpty else { return nil }
            self.date = date
            self.post = Post.ID(post)
            self.staff = Staff.ID(staff)
            replaced = fields["replace"].flatMap { $0.isEmpty ? nil : Staff.ID($0) }
        }

        /// `roster` with the change made.
        func applied(to roster: [Assignment]) -> [Assignment] {
            roster.filter { !($0.date == date && $0.staff == replaced) } + [Assignment(date: date, post: post, staff: staff)]
        }

        var fields: [(String, String)] {
            [("date", date.description), ("post", post.rawValue), ("staff", staff.rawValue), ("replace", replaced?.rawValue ?? "")]
        }
    }

    /// The roster the head of office edits: the draft, else the latest published version.
    private func currentRoster(of month: Month) throws -> [Assignment]? {
        try store.draft(of: month)?.assignments ?? store.publishedRoster(of: month)?.assignments
    }

    /// `/months/{m}/days/{date}[?post=P|?replace=S]`: the day's posts and people, each with a
    /// way to find cover (the candidates of `duty suggest`), and a form to assign anyone.
    var dayPage: Page {
        { visit in
            let words = visit.words, page = words.pages
            let month = try visit.month()
            guard let date = LocalDate(iso: try visit.context.parameters.require("date")), month.contains(date) else { throw HTTPError(.notFound) }
            guard let roster = try currentRoster(of: month) else { return PageLayout.redirect(to: "/months/\(month)") }
            let dataset = try api.datasets.dataset(of: month, in: store)
            let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
            let demand = dataset.demand
            let base = "/months/\(month)/days/\(date)"
            var body = "<h1>\(TextFormat.escaped(page.dayTitle(date.description, words.weekday(date.weekday))))</h1>"
                + "<p class=\"no-print\"><a href=\"/months/\(month)\">← \(TextFormat.escaped(words.rosterTitle(month)))</a></p>\(Self.note(visit))"
            body += "<div class=\"scroll\"><table class=\"duties\"><thead><tr><th scope=\"col\">\(words.post)</th><th scope=\"col\">\(words.time)</th>"
                + "<th scope=\"col\">\(words.pages.who)</th></tr></thead><tbody>\n"
            for post in dataset.posts.sorted(by: { $0.id < $1.id }) {
                let people = roster.filter { $0.date == date && $0.post == post.id }.map(\.staff)
                let needed = demand.count(on: date, post: post.id)
                guard needed > 0 || !people.isEmpty else { continue }
                var cell = people.map { person in
                    "<span class=\"name\">\(TextFormat.escaped(names[person] ?? person.rawValue))</span> "
                        + "<a href=\"\(base)?replace=\(Self.encoded(person.rawValue))#candidates\">\(page.replace)</a>"
                }.joined(separator: "<br>")
                if people.isEmpty { cell = page.nobody }
                if needed > people.count {
                    cell += " <span class=\"gap\">\(words.missing(needed - people.count))</span> <a href=\"\(base)?post=\(Self.encoded(post.id.rawValue))#candidates\">\(page.addOne)</a>"
                }
                body += "<tr><th scope=\"row\">\(TextFormat.escaped(post.name))</th><td>\(TextFormat.clock(post.start))–\(TextFormat.clock(post.end))</td><td>\(cell)</td></tr>\n"
            }
            body += "</tbody></table></div>"
            let place: SuggestWorkflow.Place? = visit.query("post").map { .post(Post.ID($0)) } ?? visit.query("replace").map { .replace(Staff.ID($0)) }
            if let place {
                body += candidates(place, date: date, month: month, roster: roster, dataset: dataset, visit)
            }
            body += assignForm(date: date, month: month, dataset: dataset, words)
            return visit.page(page.dayTitle(date.description, words.weekday(date.weekday)), body)
        }
    }

    /// The candidates for one place, best first, each a link to the preview of taking it.
    private func candidates(_ place: SuggestWorkflow.Place, date: LocalDate, month: Month, roster: [Assignment], dataset: Dataset, _ visit: Visit) -> String {
        do {
            return candidates(try SuggestWorkflow.suggest(dataset, month: month, roster: roster, date: date, place: place), month: month, visit.words)
        } catch {
            return "<p class=\"error\" role=\"alert\">\(TextFormat.escaped(error.message.text(visit.words.language)))</p>"
        }
    }

    private func candidates(_ suggestion: Suggestion, month: Month, _ words: Phrases) -> String {
        let page = words.pages, date = suggestion.date
        var html = "<section id=\"candidates\" aria-labelledby=\"candidates-title\"><h2 id=\"candidates-title\">\(page.candidatesTitle)："
            + "\(TextFormat.escaped(words.place(suggestion.post.name, suggestion.replaced?.name)))</h2>"
        if suggestion.candidates.isEmpty {
            html += "<p>\(words.nobodyCanTakeIt)</p>"
        } else {
            html += "<table class=\"duties\"><thead><tr><th scope=\"col\">\(words.name)</th><th scope=\"col\">\(words.objectiveIfTaken)</th><th scope=\"col\"></th></tr></thead><tbody>"
            for candidate in suggestion.candidates {
                let edit = [("date", date.description), ("post", suggestion.post.id.rawValue), ("staff", candidate.staff.id.rawValue),
                            ("replace", suggestion.replaced?.id.rawValue ?? "")]
                let query = edit.map { "\($0.0)=\(Self.encoded($0.1))" }.joined(separator: "&")
                html += "<tr><td>\(TextFormat.escaped(candidate.staff.name))\(TextFormat.escaped(words.bracketed(candidate.staff.id.rawValue)))</td>"
                    + "<td class=\"num\">\(TextFormat.rounded(candidate.objective.total, places: 2))</td>"
                    + "<td><a href=\"/months/\(month)/edit?\(query)\">\(page.choose)</a></td></tr>"
            }
            html += "</tbody></table>"
        }
        if !suggestion.excluded.isEmpty {
            html += "<details><summary>\(words.cannotTakeIt)</summary><ul>"
                + suggestion.excluded.map { "<li>\(TextFormat.escaped($0.staff.name))：\(TextFormat.escaped($0.rules.map(words.rule).joined(separator: words.separator)))</li>" }.joined()
                + "</ul></details>"
        }
        return html + "</section>"
    }

    /// Any person on any post that day, previewed before saving.
    private func assignForm(date: LocalDate, month: Month, dataset: Dataset, _ words: Phrases) -> String {
        let page = words.pages
        let posts = dataset.posts.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, nil, $0.name) }.joined()
        let staff = dataset.staff.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, nil, "\($0.name)（\($0.id)）") }.joined()
        return """
        <section aria-labelledby="assign"><h2 id="assign">\(page.assignTitle)</h2><p>\(page.assignHelp)</p>
        <form method="get" action="/months/\(month)/edit"><input type="hidden" name="date" value="\(date)">
        <label for="assign-post">\(words.post)</label><select id="assign-post" name="post">\(posts)</select>
        <label for="assign-staff">\(page.who)</label><select id="assign-staff" name="staff">\(staff)</select>
        <label for="assign-replace">\(page.inPlaceOf)</label><select id="assign-replace" name="replace"><option value="">—</option>\(staff)</select>
        <button class="primary" type="submit" id="preview-button">\(page.preview)</button></form></section>
        """
    }

    /// `/months/{m}/edit?date&post&staff[&replace]`: what the change would break, and the
    /// penalty before and after; a change that breaks no hard rule can be saved.
    var editPreview: Page {
        { visit in
            let month = try visit.month()
            var fields: [String: String] = [:]
            for key in ["date", "post", "staff", "replace"] { fields[key] = visit.query(key) }
            return try await previewPage(month, fields: fields, saving: false, visit)
        }
    }

    /// `POST /months/{m}/edit`: saves the change into the draft when it breaks no hard rule.
    var edit: Page {
        { visit in
            let month = try visit.month()
            let fields = try await Self.form(visit.request, context: visit.context)
            return try await previewPage(month, fields: fields, saving: true, visit)
        }
    }

    private func previewPage(_ month: Month, fields: [String: String], saving: Bool, _ visit: Visit) async throws -> Response {
        let words = visit.words, page = words.pages
        guard let edit = Edit(fields), month.contains(edit.date), let roster = try currentRoster(of: month) else {
            return PageLayout.redirect(to: "/months/\(month)")
        }
        let edited = edit.applied(to: roster)
        if saving {
            if try api.saveIfValid(edited, month: month).isValid {
                return Self.redirect("/months/\(month)", note: page.editSaved)
            }
        }
        let before = try api.checked(roster, month: month), after = try api.checked(edited, month: month)
        let dataset = try api.datasets.dataset(of: month, in: store)
        let names = Dictionary(dataset.staff.map { ($0.id, $0.name) }) { first, _ in first }
        let postName = dataset.posts.first { $0.id == edit.post }?.name ?? edit.post.rawValue
        var body = "<h1>\(page.previewTitle)</h1><p><b>\(TextFormat.escaped(page.editChange(edit.date.description, postName, names[edit.staff] ?? edit.staff.rawValue, edit.replaced.map { names[$0] ?? $0.rawValue })))</b></p>"
        if after.isValid {
            body += "<p class=\"ok\" role=\"status\">✓ \(page.breaksNothing)</p>"
        } else {
            body += "<div role=\"alert\"><p class=\"error\">✗ \(page.breaks)</p><ul>" + after.violations.map { violation in
                "<li><b>\(TextFormat.escaped(words.rule(violation.rule)))</b>（\(violation.rule.rawValue)）：\(TextFormat.escaped(violation.breach.text(words.language)))</li>"
            }.joined() + "</ul></div>"
        }
        body += "<table class=\"duties\"><thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"num\">\(page.penaltyBefore)</th><th scope=\"col\" class=\"num\">\(page.penaltyAfter)</th></tr></thead><tbody>"
        for term in after.objective.reported {
            body += "<tr><th scope=\"row\">\(TextFormat.escaped(words.term(term)))</th><td class=\"num\">\(TextFormat.rounded(before.objective[term], places: 2))</td>"
                + "<td class=\"num\">\(TextFormat.rounded(after.objective[term], places: 2))</td></tr>"
        }
        body += "<tr><th scope=\"row\">\(words.total)</th><td class=\"num\"><b>\(TextFormat.rounded(before.objective.total, places: 2))</b></td>"
            + "<td class=\"num\"><b>\(TextFormat.rounded(after.objective.total, places: 2))</b></td></tr></tbody></table>"
        if after.isValid {
            body += "<form method=\"post\" action=\"/months/\(month)/edit\">"
                + edit.fields.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\(TextFormat.escaped($0.1))\">" }.joined()
                + "<button class=\"primary\" type=\"submit\" id=\"save-button\">\(page.saveToDraft)</button></form>"
        }
        body += "<p><a href=\"/months/\(month)/days/\(edit.date)\">\(page.cancel)</a></p>"
        return visit.page(page.previewTitle, body, status: saving ? .unprocessableContent : .ok)
    }
}
