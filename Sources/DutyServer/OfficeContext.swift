import DutyStore
import Hummingbird

/// The request context of the office's server: who is logged in, if anyone, and the token
/// of their session.
public struct OfficeContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var user: OfficeUser?
    var sessionToken: String?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Record bodies are small; 1 MiB is far above any of them.
    public var maxUploadSize: Int { 1 << 20 }
}
