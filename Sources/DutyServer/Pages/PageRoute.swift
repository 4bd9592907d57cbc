import DutyStore
import HTTPTypes

/// One route of the office's pages with the roles that may open it: the single table the
/// pages' router is built from and that the role tests walk, as ``APIRoute`` is for the API.
/// Without a login a page sends the browser to /login; another role gets a 403 page.
struct PageRoute: Sendable, Hashable {
    let method: HTTPRequest.Method
    let path: String
    /// Who may open it; `nil`: anyone, without logging in.
    let roles: Set<OfficeUser.Role>?

    private static let everyone = Set(OfficeUser.Role.allCases)
    private static let office: Set<OfficeUser.Role> = [.admin, .inspector]

    static let home = PageRoute(method: .get, path: "/", roles: nil)
    static let loginForm = PageRoute(method: .get, path: "/login", roles: nil)
    static let login = PageRoute(method: .post, path: "/login", roles: nil)
    static let logout = PageRoute(method: .post, path: "/logout", roles: everyone)
    static let months = PageRoute(method: .get, path: "/months", roles: office)
    static let month = PageRoute(method: .get, path: "/months/{month}", roles: everyone)
    static let solve = PageRoute(method: .post, path: "/months/{month}/solve", roles: [.admin])
    static let publish = PageRoute(method: .post, path: "/months/{month}/publish", roles: [.admin])
    static let sick = PageRoute(method: .post, path: "/months/{month}/sick", roles: [.admin])
    static let job = PageRoute(method: .get, path: "/jobs/{id}", roles: [.admin])
    static let cancelJob = PageRoute(method: .post, path: "/jobs/{id}/cancel", roles: [.admin])
    static let day = PageRoute(method: .get, path: "/months/{month}/days/{date}", roles: [.admin])
    static let editPreview = PageRoute(method: .get, path: "/months/{month}/edit", roles: [.admin])
    static let edit = PageRoute(method: .post, path: "/months/{month}/edit", roles: [.admin])
    static let me = PageRoute(method: .get, path: "/me", roles: everyone)
    static let requestsForm = PageRoute(method: .get, path: "/requests", roles: [.staff])
    static let request = PageRoute(method: .post, path: "/requests", roles: [.staff])
    static let inspectionForm = PageRoute(method: .get, path: "/inspections/new", roles: office)
    static let inspection = PageRoute(method: .post, path: "/inspections/new", roles: office)
    static let attendanceForm = PageRoute(method: .get, path: "/attendance/new", roles: office)
    static let attendance = PageRoute(method: .post, path: "/attendance/new", roles: office)
    static let repairs = PageRoute(method: .get, path: "/repairs", roles: office)
    static let repair = PageRoute(method: .post, path: "/repairs", roles: office)
    static let repairDone = PageRoute(method: .post, path: "/repairs/{id}/done", roles: office)
    static let importForm = PageRoute(method: .get, path: "/import", roles: [.admin])
    static let importDataset = PageRoute(method: .post, path: "/import", roles: [.admin])
    static let users = PageRoute(method: .get, path: "/users", roles: [.admin])
    static let addUser = PageRoute(method: .post, path: "/users", roles: [.admin])
    static let appraisal = PageRoute(method: .get, path: "/appraisal/{month}", roles: everyone)
    static let termAppraisal = PageRoute(method: .get, path: "/appraisal", roles: everyone)

    /// Every page route.
    static let all: [PageRoute] = [home, loginForm, login, logout, months, month, solve, publish, sick, job, cancelJob, day, editPreview, edit,
                                   me, requestsForm, request, inspectionForm, inspection, attendanceForm, attendance,
                                   repairs, repair, repairDone, importForm, importDataset, users, addUser, appraisal, termAppraisal]
}
