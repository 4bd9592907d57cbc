import DutyServer
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOConcurrencyHelpers
import NIOEmbedded

/// Sends requests straight to the office server's responder, without a socket: each one is
/// answered by the same routes, middleware and request context as over HTTP. Hummingbird's
/// own router test client does the same, but its product brings an HTTP client with TLS and
/// HTTP/2 (a second BoringSSL, about 400 C files, and a dozen NIO modules) that these tests
/// never use and every fresh build compiled.
struct RouterClient: Sendable {
    let responder: RouterResponder<OfficeContext>
    let logger: Logger

    /// The answer to one request, its body read to the end.
    struct Response: Sendable {
        let head: HTTPResponse
        let body: ByteBuffer
        var status: HTTPResponse.Status { head.status }
        var headers: HTTPFields { head.headerFields }
    }

    /// Sends one request and hands its response to `check`. The responder answers an error
    /// that carries a status itself; any other one is a 500, as the server sends.
    func execute<Value>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                        check: (Response) async throws -> Value) async throws -> Value {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = OfficeContext(source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(), logger: logger))
        let response: Hummingbird.Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch {
            response = Hummingbird.Response(status: .internalServerError)
        }
        let collector = BodyCollector()
        try await response.body.write(collector)
        return try await check(Response(head: response.head, body: collector.buffer.withLockedValue { $0 }))
    }
}

extension ServerFixture {
    /// Runs `test` with a client of the server over this store.
    func withClient<Value>(_ test: (RouterClient) async throws -> Value) async throws -> Value {
        try await test(client())
    }

    /// A client of the server over this store whose jobs run `executable`.
    func client(executable: String = ServerFixture.executable) -> RouterClient {
        let log = log
        let logger = Logger(label: "test") { _ in log }
        let router = OfficeServer.router(store: store, jobs: JobRegistry(logger: logger), settings: settings, executable: executable, logger: logger)
        return RouterClient(responder: router.buildResponder(), logger: logger)
    }
}

/// Gathers a response body as the server would send it.
private struct BodyCollector: ResponseBodyWriter {
    let buffer = NIOLockedValueBox(ByteBuffer())

    func write(_ part: ByteBuffer) async throws {
        buffer.withLockedValue { $0.writeImmutableBuffer(part) }
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
