import Hummingbird
import Logging

/// Logs each request's method, path and status — never its query (calendar tokens), headers
/// (cookies) or body (passwords).
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = OfficeContext
    let logger: Logger

    func handle(_ request: Request, context: OfficeContext, next: (Request, OfficeContext) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(context.user?.name ?? "-")")
            return response
        } catch let error as HTTPResponseError {
            logger.info("\(request.method) \(request.uri.path) \(error.status.code) \(context.user?.name ?? "-")")
            throw error
        }
    }
}
