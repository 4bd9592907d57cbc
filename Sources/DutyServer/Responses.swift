import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Building responses and reading request bodies, the same way on every route.
enum Responses {
    /// A JSON response of `object` (sorted keys, as the files are written).
    static func json(_ object: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A response of JSON text already made (roster.json, suggest's document).
    static func jsonText(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let noContent = Response(status: .noContent)

    /// A value for a JSON object, JSON's null when there is none.
    static func orNull(_ value: (some Any)?) -> Any { value.map { $0 as Any } ?? NSNull() }

    /// The request's body as a JSON object; an empty body is an empty object.
    /// - Throws: 400 when the body is not a JSON object.
    static func object(_ request: Request, context: OfficeContext) async throws -> [String: Any] {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { return [:] }
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] else {
            throw APIError(.badRequest, "the body is not a JSON object")
        }
        return object
    }
}
