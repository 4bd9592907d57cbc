import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A failed request: its status and `{"error": "…"}`, the body every error of the API has.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func unauthorized() -> APIError { APIError(.unauthorized, "log in first (POST /api/login)") }
    static func forbidden(_ what: String) -> APIError { APIError(.forbidden, "your role may not \(what)") }
    /// 422 naming the field that is wrong.
    static func invalid(_ field: String, _ message: String) -> APIError { APIError(.unprocessableContent, "\(field): \(message)") }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = (try? JSONSerialization.data(withJSONObject: ["error": message], options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
