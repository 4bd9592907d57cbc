import DutyStore
import HTTPTypes

/// One route of the JSON API with the roles that may use it: the single table that the router
/// is built from, that the OpenAPI document is checked against, and that the role tests walk.
struct APIRoute: Sendable, Hashable {
    let method: HTTPRequest.Method
    /// The path as the OpenAPI document writes it, which Hummingbird's router also takes:
    /// `/api/months/{month}/roster`, `/calendar/{staff}.ics`.
    let path: String
    /// Who may call it; `nil`: anyone, without logging in.
    let roles: Set<OfficeUser.Role>?

    private static let everyone = Set(OfficeUser.Role.allCases)

    static let login = APIRoute(method: .post, path: "/api/login", roles: nil)
    static let logout = APIRoute(method: .post, path: "/api/logout", roles: everyone)
    static let solve = APIRoute(method: .post, path: "/api/months/{month}/solve", roles: [.admin])
    static let job = APIRoute(method: .get, path: "/api/jobs/{id}", roles: [.admin, .inspector])
    static let cancelJob = APIRoute(method: .delete, path: "/api/jobs/{id}", roles: [.admin])
    static let roster = APIRoute(method: .get, path: "/api/months/{month}/roster", roles: everyone)
    static let publish = APIRoute(method: .post, path: "/api/months/{month}/publish", roles: [.admin])
    static let replan = APIRoute(method: .post, path: "/api/months/{month}/replan", roles: [.admin])
    static let suggest = APIRoute(method: .get, path: "/api/months/{month}/suggest", roles: [.admin, .inspector])
    static let appraisal = APIRoute(method: .get, path: "/api/months/{month}/appraisal", roles: everyone)
    static let inspections = APIRoute(method: .post, path: "/api/inspections", roles: [.admin, .inspector])
    static let attendance = APIRoute(method: .post, path: "/api/attendance", roles: [.admin, .inspector])
    static let repairs = APIRoute(method: .post, path: "/api/repairs", roles: [.admin, .inspector])
    static let leave = APIRoute(method: .post, path: "/api/leave", roles: [.admin])
    static let requests = APIRoute(method: .post, path: "/api/requests", roles: everyone.subtracting([.inspector]))
    static let feed = APIRoute(method: .get, path: "/calendar/{staff}.ics", roles: nil)
    static let calendarLink = APIRoute(method: .get, path: "/api/staff/{id}/calendar", roles: everyone)
    static let renewCalendar = APIRoute(method: .post, path: "/api/staff/{id}/calendar", roles: everyone)
    static let openAPI = APIRoute(method: .get, path: "/api/openapi.yaml", roles: nil)
    static let importDataset = APIRoute(method: .post, path: "/api/import", roles: [.admin])
    static let check = APIRoute(method: .post, path: "/api/months/{month}/check", roles: [.admin, .inspector])
    static let editDraft = APIRoute(method: .put, path: "/api/months/{month}/roster", roles: [.admin])

    /// Every route of the API.
    static let all: [APIRoute] = [login, logout, solve, job, cancelJob, roster, publish, replan, suggest, appraisal,
                                  inspections, attendance, repairs, leave, requests, feed, calendarLink, renewCalendar, openAPI,
                                  importDataset, check, editDraft]
}
