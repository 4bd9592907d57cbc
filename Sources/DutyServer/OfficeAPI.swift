import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird
import Logging

/// The office's JSON API: its routes, each behind the role check of ``APIRoute``.
struct OfficeAPI: Sendable {
    let store: OfficeStore
    let jobs: JobRegistry
    let settings: ServerSettings
    /// The `duty` executable that runs the jobs' solves.
    let executable: String
    /// The months' datasets, read once per revision of the store.
    let datasets = DatasetCache()

    typealias Handler = @Sendable (Request, OfficeContext) async throws -> Response

    /// Adds every route of ``APIRoute/all`` to `router`, each refusing who may not use it:
    /// 401 without a login, 403 for another role.
    func register(on router: Router<OfficeContext>) {
        let handlers: [APIRoute: Handler] = [
            .login: login, .logout: logout,
            .solve: solve, .job: job, .cancelJob: cancelJob,
            .roster: roster, .publish: publish, .replan: replan, .suggest: suggest, .appraisal: appraisal,
            .inspections: record("inspections.csv"), .attendance: record("attendance.csv"), .repairs: record("repairs.csv"),
            .leave: record("leave.csv"), .requests: record("requests.csv"),
            .feed: feed, .calendarLink: calendarLink(renew: false), .renewCalendar: calendarLink(renew: true),
            .openAPI: { _, _ in Responses.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8") },
            .importDataset: importDataset, .check: check, .editDraft: editDraft,
        ]
        for route in APIRoute.all {
            guard let handler = handlers[route] else { preconditionFailure("no handler for \(route.method) \(route.path)") }
            router.on(RouterPath(route.path), method: route.method) { request, context in
                if let roles = route.roles {
                    guard let user = context.user else { throw APIError.unauthorized() }
                    guard roles.contains(user.role) else { throw APIError.forbidden("\(route.method) \(route.path)") }
                }
                do {
                    return try await handler(request, context)
                } catch let error as InputError {
                    // What the store's data or the readers refuse is the request's problem, not the server's.
                    throw Self.unprocessable(error)
                }
            }
        }
    }

    /// `{month}` of the path.
    static func month(_ context: OfficeContext) throws -> Month {
        let text = try context.parameters.require("month")
        guard let month = Month(text) else { throw APIError(.badRequest, "month: \"\(text)\" is not a month; expected YYYY-MM") }
        return month
    }

    /// An input error of the store or the readers as a response: 422 naming the field.
    static func unprocessable(_ error: InputError) -> APIError {
        guard let first = error.issues.first else { return APIError(.unprocessableContent, "the input was refused") }
        return APIError.invalid(first.field ?? first.file, first.message.text(.en))
    }
}
