import DutyCore
import DutyIO
import DutyStore
import Foundation
import HTTPTypes
import Hummingbird

/// `/inspections/new`: the inspector's form for one inspection record — the person, the
/// rubric's item (its default points shown), optional points, who inspected, a note — checked
/// as inspections.csv is, the wrong field named on the page.
extension OfficePages {
    func registerInspectionPage(on router: Router<OfficeContext>) {
        router.get("/inspections/new") { request, context in
            try await language(request) { words in
                guard let user = context.user else { return PageLayout.redirect(to: "/login") }
                guard user.role != .staff else { return notAllowed(words, user: user) }
                let added = request.uri.queryParameters.get("added").map { "<p class=\"notice\" role=\"status\">\(TextFormat.escaped(words.recordAdded($0)))</p>" } ?? ""
                return try inspectionForm(words, user: user, values: ["inspector": user.name], message: added, status: .ok)
            }
        }
        router.post("/inspections/new") { request, context in
            try await language(request) { words in
                guard let user = context.user else { return PageLayout.redirect(to: "/login") }
                guard user.role != .staff else { return notAllowed(words, user: user) }
                let form = try await Self.form(request, context: context)
                let fields = form.filter { ["id", "date", "staff", "item", "points", "inspector", "note"].contains($0.key) }
                do {
                    try store.addRecord(to: "inspections.csv", fields: fields)
                    return PageLayout.redirect(to: "/inspections/new?added=\(fields["id"]?.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")")
                } catch let error as InputError {
                    let problem = error.issues.first.map { "\($0.field.map { "\($0): " } ?? "")\($0.message.text(words.language))" } ?? "\(error)"
                    return try inspectionForm(words, user: user, values: fields,
                                              message: "<p class=\"error\" role=\"alert\">\(TextFormat.escaped(problem))</p>", status: .unprocessableContent)
                }
            }
        }
    }

    private func inspectionForm(_ words: Phrases, user: OfficeUser, values: [String: String], message: String, status: HTTPResponse.Status) throws -> Response {
        let input = try AppraisalReader.read(store.datasetFiles())
        func value(_ key: String) -> String { TextFormat.escaped(values[key] ?? "") }
        func option(_ key: String, _ chosen: String?, _ label: String) -> String {
            "<option value=\"\(TextFormat.escaped(key))\"\(key == chosen ? " selected" : "")>\(TextFormat.escaped(label))</option>"
        }
        let staff = input.staff.sorted { $0.id < $1.id }.map { option($0.id.rawValue, values["staff"], "\($0.name)（\($0.id)）") }.joined()
        let items = input.rubric.items.values.sorted { $0.code < $1.code }.map { item in
            option(item.code, values["item"], "\(item.code) \(item.text)" + (item.veto ? " · \(words.veto)" : item.points.map { " · \(TextFormat.shortest($0))" } ?? ""))
        }.joined()
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: api.settings.timeZone, formatOptions: [.withFullDate])
        let body = """
        <h1>\(words.recordInspection)</h1>\(message)
        <form method="post" action="/inspections/new">
        <label for="id">\(words.inspectionID)</label><input id="id" name="id" value="\(value("id"))" required>
        <label for="date">\(words.date)</label><input id="date" name="date" type="date" value="\(values["date"].map(TextFormat.escaped) ?? today)" required>
        <label for="staff">\(words.staffMember)</label><select id="staff" name="staff">\(staff)</select>
        <label for="item">\(words.item)</label><select id="item" name="item">\(items)</select>
        <label for="points">\(TextFormat.escaped(words.pointsOptional))</label><input id="points" name="points" inputmode="decimal" value="\(value("points"))">
        <label for="inspector">\(words.inspector)</label><input id="inspector" name="inspector" value="\(value("inspector"))" required>
        <label for="note">\(words.note)</label><input id="note" name="note" value="\(value("note"))">
        <button class="primary" type="submit">\(words.save)</button>
        </form>
        """
        return PageLayout.page(words, title: words.recordInspection, user: user, path: "/inspections/new", body: body, status: status)
    }

    private func notAllowed(_ words: Phrases, user: OfficeUser) -> Response {
        PageLayout.page(words, title: words.notAllowed, user: user, path: "/", body: "<p class=\"error\">\(words.notAllowed)</p>", status: .forbidden)
    }
}
