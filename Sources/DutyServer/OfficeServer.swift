import DutyStore
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The office's web application and JSON API on one port: `duty serve`.
public enum OfficeServer {
    /// The router with every route and middleware, over `store`.
    /// - Parameter executable: the `duty` program that runs the jobs' solves.
    public static func router(store: OfficeStore, jobs: JobRegistry, settings: ServerSettings, executable: String, logger: Logger) -> Router<OfficeContext> {
        let router = Router(context: OfficeContext.self)
        // The session first, so that the log line names the user; then the log, so that a
        // refused cross-site request is logged too.
        router.add(middleware: SessionMiddleware(store: store))
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: SameOriginMiddleware())
        let api = OfficeAPI(store: store, jobs: jobs, settings: settings, executable: executable)
        api.register(on: router)
        OfficePages(api: api).register(on: router)
        return router
    }

    /// Serves until SIGINT or SIGTERM, then cancels running jobs and waits for them.
    public static func run(store: OfficeStore, settings: ServerSettings, executable: String, logger: Logger,
                           onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let jobs = JobRegistry(logger: logger)
        let app = Application(
            router: router(store: store, jobs: jobs, settings: settings, executable: executable, logger: logger),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "duty"),
            services: [JobShutdown(jobs: jobs)],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
        try await app.runService()
    }
}

/// Cancels the running jobs when the server shuts down, and waits for their children.
struct JobShutdown: Service {
    let jobs: JobRegistry
    func run() async throws {
        try? await gracefulShutdown()
        await jobs.shutdown()
    }
}
