import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird

extension OfficeAPI {
    /// `GET /calendar/{staff}.ics?token=…`: the person's duties in the latest published version
    /// of every month, for a phone's calendar. No login: the token is the permission.
    var feed: Handler {
        { request, context in
            let staffID = Staff.ID(try context.parameters.require("staff"))
            guard let token = request.uri.queryParameters.get("token"), try store.isCalendarToken(token, of: staffID) else {
                throw APIError(.forbidden, "this calendar link is not valid (renewed, or mistyped)")
            }
            var duties: [CalendarFeed.Duty] = []
            let stamps = ISO8601DateFormatter()
            let months = try store.publishedMonths()
            // Posts and staff are master data, the same for every month: read with the latest.
            let dataset = try months.last.map { try datasets.dataset(of: $0, in: store) }
            let person = dataset?.staff.first { $0.id == staffID }
            let posts = Dictionary((dataset?.posts ?? []).map { ($0.id, $0) }) { first, _ in first }
            for month in months {
                guard let published = try store.publishedRoster(of: month) else { continue }
                let date = stamps.date(from: published.publishedAt) ?? Date(timeIntervalSince1970: 0)
                duties += published.assignments.filter { $0.staff == staffID }.compactMap { assignment in
                    posts[assignment.post].map { CalendarFeed.Duty(assignment: assignment, post: $0, version: published.version, publishedAt: date) }
                }
            }
            let staff = person ?? Staff(id: staffID, name: staffID.rawValue, skills: [], maxShifts: 0, minShifts: 0, maxNights: nil)
            return Responses.text(CalendarFeed(staff: staff, duties: duties, timeZone: settings.timeZone).text(), contentType: "text/calendar; charset=utf-8")
        }
    }

    /// `GET /api/staff/{id}/calendar` → `{"url"}`, for admin or that person; `POST` renews the
    /// token, and the old URL stops working.
    func calendarLink(renew: Bool) -> Handler {
        { _, context in
            let staff = Staff.ID(try context.parameters.require("id"))
            guard let user = context.user, user.role == .admin || user.staff == staff else {
                throw APIError.forbidden("see another person's calendar link")
            }
            let token = try store.calendarToken(for: staff, renew: renew)
            let id = staff.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? staff.rawValue
            return try Responses.json(["url": "/calendar/\(id).ics?token=\(token)"])
        }
    }
}
