import HTTPTypes
import Hummingbird

/// CSRF protection: a browser request from another site that would change anything is refused
/// with 403. Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); scripts and
/// command-line clients send neither and need no token.
struct SameOriginMiddleware: RouterMiddleware {
    typealias Context = OfficeContext

    func handle(_ request: Request, context: OfficeContext, next: (Request, OfficeContext) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], !["same-origin", "none"].contains(site.lowercased()) {
            throw APIError(.forbidden, "a request from another site may not change anything here")
        }
        if let origin = request.headers[.origin], origin != "null" {
            let host = request.head.authority ?? ""
            let originHost = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? ""
            guard !host.isEmpty, originHost == host else {
                throw APIError(.forbidden, "a request from another origin (\(origin)) may not change anything here")
            }
        } else if request.headers[.origin] == "null" {
            throw APIError(.forbidden, "a request from an opaque origin may not change anything here")
        }
        return try await next(request, context)
    }
}
