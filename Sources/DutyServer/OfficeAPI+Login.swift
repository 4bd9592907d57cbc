import DutyStore
import Foundation
import Hummingbird

extension OfficeAPI {
    /// `POST /api/login {"name","password"}`: a session cookie (HttpOnly, SameSite=Strict);
    /// after ``ServerSettings/lockoutFailures`` failures within the window, 429 for that long.
    var login: Handler {
        { request, context in
            let body = try await Responses.object(request, context: context)
            guard let name = body["name"] as? String, !name.isEmpty else { throw APIError.invalid("name", "missing; expected the user's name") }
            guard let password = body["password"] as? String else { throw APIError.invalid("password", "missing") }
            let (user, token) = try authenticate(name: name, password: password)
            var response = try Responses.json(["name": user.name, "role": user.role.rawValue, "staff": Responses.orNull(user.staff?.rawValue)])
            response.setCookie(sessionCookie(token))
            return response
        }
    }

    /// Checks a name and password, with the lockout, and starts a session.
    /// - Throws: 429 while the name is locked, 401 for a wrong name or password.
    func authenticate(name: String, password: String) throws -> (user: OfficeUser, token: String) {
        let now = Date()
        let failures = try store.failedLogins(name, since: now.addingTimeInterval(-2 * settings.lockoutWindow))
        if let last = failures.last, now.timeIntervalSince(last) < settings.lockoutWindow,
           failures.filter({ last.timeIntervalSince($0) < settings.lockoutWindow }).count >= settings.lockoutFailures {
            throw APIError(.tooManyRequests, "too many failed logins for \(name); try again in \(Int((settings.lockoutWindow - now.timeIntervalSince(last)) / 60) + 1) minutes")
        }
        guard let user = try store.verify(name: name, password: password) else {
            try store.recordFailedLogin(name, keep: 2 * settings.lockoutWindow)
            throw APIError(.unauthorized, "wrong name or password")
        }
        try store.clearFailedLogins(name)
        return (user, try store.startSession(for: user, lifetime: settings.sessionLifetime))
    }

    /// The session cookie: HttpOnly, SameSite=Strict, for the whole site.
    func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: SessionMiddleware.cookie, value: token, maxAge: Int(settings.sessionLifetime), path: "/", httpOnly: true, sameSite: .strict)
    }

    /// `POST /api/logout`: ends the session (204).
    var logout: Handler {
        { _, context in
            if let token = context.sessionToken { try store.endSession(token) }
            var response = Responses.noContent
            response.setCookie(Cookie(name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }
}
