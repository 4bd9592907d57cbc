import DutyStore
import Hummingbird

/// Finds the logged-in user from the session cookie (HttpOnly, SameSite=Strict), for the
/// routes' role checks. A stale or unknown cookie is simply no user.
struct SessionMiddleware: RouterMiddleware {
    static let cookie = "duty_session"
    let store: OfficeStore

    func handle(_ request: Request, context: OfficeContext, next: (Request, OfficeContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookie]?.value, let user = try store.user(forSession: token) {
            context.user = user
            context.sessionToken = token
        }
        return try await next(request, context)
    }
}
