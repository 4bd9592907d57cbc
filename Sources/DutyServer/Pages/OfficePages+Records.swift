import DutyCore
import DutyIO
import DutyStore
import Foundation
import HTTPTypes
import Hummingbird

/// The inspectors' forms — an inspection, an attendance exception, a repair ticket and its
/// completion — each checked as its CSV file is, the wrong field named on the page; and the
/// repair tickets with their deadlines (小修不隔夜, 大修不隔天).
extension OfficePages {
    var inspectionPage: Page {
        { visit in try inspectionForm(visit, values: ["inspector": visit.user.name], message: Self.note(visit), status: .ok) }
    }

    var addInspection: Page {
        { visit in
            try await addRecord("inspections.csv", fields: ["id", "date", "staff", "item", "points", "inspector", "note"], visit,
                                saved: { visit.words.recordAdded($0["id"] ?? "") }) { values, message in
                try inspectionForm(visit, values: values, message: message, status: .unprocessableContent)
            }
        }
    }

    var attendancePage: Page {
        { visit in try attendanceForm(visit, values: [:], message: Self.note(visit), status: .ok) }
    }

    var addAttendance: Page {
        { visit in
            try await addRecord("attendance.csv", fields: ["date", "staff", "post", "status", "note"], visit, saved: { _ in visit.words.pages.recordSaved }) { values, message in
                try attendanceForm(visit, values: values, message: message, status: .unprocessableContent)
            }
        }
    }

    var repairsPage: Page {
        { visit in try repairsList(visit, values: [:], message: Self.note(visit), status: .ok) }
    }

    var addRepair: Page {
        { visit in
            try await addRecord("repairs.csv", fields: ["id", "reported", "kind", "staff", "completed"], visit, saved: { _ in visit.words.pages.recordSaved }) { values, message in
                try repairsList(visit, values: values, message: message, status: .unprocessableContent)
            }
        }
    }

    /// `POST /repairs/{id}/done`: the ticket completed at the time given (default now).
    var repairDone: Page {
        { visit in
            let id = try visit.context.parameters.require("id")
            let form = try await Self.form(visit.request, context: visit.context)
            do {
                guard try store.completeRepair(id.removingPercentEncoding ?? id, at: form["completed"] ?? "") else {
                    return Self.redirect("/repairs", note: InputMessage.noOpenRepair(id).text(visit.words.language))
                }
                return Self.redirect("/repairs", note: visit.words.pages.recordSaved)
            } catch {
                return try repairsList(visit, values: [:], message: Self.problem(error, visit.words), status: .unprocessableContent)
            }
        }
    }

    /// Adds the form's `fields` to `file`; on refusal, `form` shows them again with the problem.
    private func addRecord(_ file: String, fields: [String], _ visit: Visit, saved: ([String: String]) -> String,
                           form: ([String: String], String) throws -> Response) async throws -> Response {
        let values = try await Self.form(visit.request, context: visit.context).filter { fields.contains($0.key) }
        do {
            try store.addRecord(to: file, fields: values)
            return Self.redirect(visit.path, note: saved(values))
        } catch {
            return try form(values, Self.problem(error, visit.words))
        }
    }

    /// The staff and the posts as options, and today's date, for every record form.
    private func choices(_ values: [String: String]) throws -> (staff: String, posts: String, today: String) {
        let input = try AppraisalReader.read(store.datasetFiles())
        let dataset = try api.datasets.dataset(of: Month(containing: LocalDate(iso: today())!)!, in: store)
        let staff = input.staff.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, values["staff"], "\($0.name)（\($0.id)）") }.joined()
        let posts = dataset.posts.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, values["post"], $0.name) }.joined()
        return (staff, posts, today())
    }

    private func inspectionForm(_ visit: Visit, values: [String: String], message: String, status: HTTPResponse.Status) throws -> Response {
        let words = visit.words
        let input = try AppraisalReader.read(store.datasetFiles())
        func value(_ key: String) -> String { TextFormat.escaped(values[key] ?? "") }
        let (staff, _, today) = try choices(values)
        let items = input.rubric.items.values.sorted { $0.code < $1.code }.map { item in
            Self.option(item.code, values["item"], "\(item.code) \(item.text)" + (item.veto ? " · \(words.veto)" : item.points.map { " · \(TextFormat.shortest($0))" } ?? ""))
        }.joined()
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
        return visit.page(words.recordInspection, body, status: status)
    }

    private func attendanceForm(_ visit: Visit, values: [String: String], message: String, status: HTTPResponse.Status) throws -> Response {
        let words = visit.words, page = words.pages
        let (staff, posts, today) = try choices(values)
        let statuses = ["absent", "late", "extra"].map { Self.option($0, values["status"], page.attendanceStatus($0)) }.joined()
        let body = """
        <h1>\(page.recordAttendance)</h1>\(message)
        <form method="post" action="/attendance/new">
        <label for="date">\(words.date)</label><input id="date" name="date" type="date" value="\(values["date"].map(TextFormat.escaped) ?? today)" required>
        <label for="staff">\(words.staffMember)</label><select id="staff" name="staff">\(staff)</select>
        <label for="post">\(words.post)</label><select id="post" name="post"><option value="">—</option>\(posts)</select>
        <label for="status">\(page.status)</label><select id="status" name="status">\(statuses)</select>
        <label for="note">\(words.note)</label><input id="note" name="note" value="\(TextFormat.escaped(values["note"] ?? ""))">
        <button class="primary" type="submit">\(words.save)</button>
        </form>
        """
        return visit.page(page.recordAttendance, body, status: status)
    }

    /// `/repairs`: every ticket, newest first, with its deadline and whether it was met; a form
    /// to record a new one, and one to mark an open ticket repaired.
    private func repairsList(_ visit: Visit, values: [String: String], message: String, status: HTTPResponse.Status) throws -> Response {
        let words = visit.words, page = words.pages
        let input = try AppraisalReader.read(store.datasetFiles())
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }) { first, _ in first }
        let (staff, _, _) = try choices(values)
        let now = ISO8601DateFormatter.string(from: Date(), timeZone: api.settings.timeZone, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime])
        let nowMinute = String(now.prefix(16))
        func clock(_ time: LocalDateTime) -> String { time.description.replacingOccurrences(of: "T", with: " ") }
        var rows = ""
        for ticket in input.records.repairs.sorted(by: { ($0.reported, $0.id) > ($1.reported, $1.id) }) {
            let late = ticket.isLate(asOf: LocalDateTime(iso: nowMinute) ?? ticket.due)
            let state: String
            if let completed = ticket.completed {
                state = "\(clock(completed)) · " + (late ? "<span class=\"gap\">\(page.overdue)</span>" : "<span class=\"ok\">\(page.onTime)</span>")
            } else {
                state = "\(page.openTicket)" + (late ? " <span class=\"gap\">\(page.overdue)</span>" : "")
                    + "<form method=\"post\" action=\"/repairs/\(Self.pathSegment(ticket.id))/done\"><label for=\"done-\(TextFormat.escaped(ticket.id))\">\(page.completed)</label>"
                    + "<input id=\"done-\(TextFormat.escaped(ticket.id))\" name=\"completed\" type=\"datetime-local\" value=\"\(nowMinute)\" required>"
                    + "<button class=\"small\" type=\"submit\">\(page.markDone)</button></form>"
            }
            func cell(_ label: String, _ html: String) -> String { "<td data-label=\"\(TextFormat.escaped(label))\">\(html)</td>" }
            rows += "<tr><th scope=\"row\">\(TextFormat.escaped(ticket.id))</th>" + cell(page.kind, page.repairKind(ticket.kind.rawValue))
                + cell(page.responsible, TextFormat.escaped(names[ticket.staff] ?? ticket.staff.rawValue)) + cell(page.reported, clock(ticket.reported))
                + cell(page.due, clock(ticket.due)) + cell(page.completed, state) + "</tr>\n"
        }
        let kinds = ["minor", "major"].map { Self.option($0, values["kind"], page.repairKind($0)) }.joined()
        let body = """
        <h1>\(page.repairsTitle)</h1>\(message)<p>\(page.repairRule)</p>
        <div class="scroll"><table class="duties cards"><thead><tr><th scope="col">\(page.repairID)</th><th scope="col">\(page.kind)</th><th scope="col">\(page.responsible)</th>
        <th scope="col">\(page.reported)</th><th scope="col">\(page.due)</th><th scope="col">\(page.completed)</th></tr></thead><tbody>
        \(rows)</tbody></table></div>
        <section aria-labelledby="new-repair"><h2 id="new-repair">\(page.recordRepair)</h2>
        <form method="post" action="/repairs">
        <label for="id">\(page.repairID)</label><input id="id" name="id" value="\(TextFormat.escaped(values["id"] ?? ""))" required>
        <label for="reported">\(page.reported)</label><input id="reported" name="reported" type="datetime-local" value="\(TextFormat.escaped(values["reported"] ?? nowMinute))" required>
        <label for="kind">\(page.kind)</label><select id="kind" name="kind">\(kinds)</select>
        <label for="staff">\(page.responsible)</label><select id="staff" name="staff">\(staff)</select>
        <button class="primary" type="submit">\(words.save)</button>
        </form></section>
        """
        return visit.page(page.repairsTitle, body, status: status)
    }
}
