import DutyCore
import Foundation
import Logging

/// The background solves and repairs of the server: at most one per month at a time, their
/// progress readable while they run, cancellable, a failure kept with its reason.
///
/// Each job runs `duty roster` or `duty replan` on the store as a child process, so a solve
/// never runs on the server's event loop and a solve that crashes (GLPK aborts the process it
/// runs in on misuse) fails its job, not the server.
public actor JobRegistry {
    public enum State: String, Sendable { case queued, running, done, failed, cancelled }

    /// A job as `GET /api/jobs/{id}` shows it.
    public struct Status: Sendable {
        public let id: String
        public let month: Month
        public let kind: String
        public var state: State
        public var objective: Double?
        public var bound: Double?
        public var gap: Double?
        public var seconds: Double
        public var error: String?
    }

    private var jobs: [String: Status] = [:]
    private var processes: [String: Process] = [:]
    private var started: [String: ContinuousClock.Instant] = [:]
    private var runningByMonth: [Month: String] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var counter = 0
    private let logger: Logger
    /// How many ended jobs stay readable; older ones are forgotten, so that a server running
    /// for a whole term does not grow with every solve.
    private let keptEnded: Int

    public init(logger: Logger, keptEnded: Int = 100) {
        self.logger = logger
        self.keptEnded = keptEnded
    }

    /// The job running for `month`, if any.
    public func running(for month: Month) -> Status? { runningByMonth[month].flatMap { jobs[$0] } }

    /// Starts `command` for `month`; `finish` turns its output folder into the month's draft.
    /// - Returns: the new job, or `nil` with the job already running for the month.
    func start(month: Month, kind: String, command: ChildCommand,
               finish: @escaping @Sendable (URL) throws -> (objective: Double, bound: Double, gap: Double)) -> (job: Status?, running: Status?) {
        if let id = runningByMonth[month], let job = jobs[id] { return (nil, job) }
        counter += 1
        let id = "job-\(counter)-\(UUID().uuidString.prefix(8).lowercased())"
        let status = Status(id: id, month: month, kind: kind, state: .queued, seconds: 0)
        jobs[id] = status
        runningByMonth[month] = id
        started[id] = .now
        let process = command.process()
        processes[id] = process
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            end(id, state: .failed, error: "the solve could not be started: \(error.localizedDescription)")
            return (jobs[id], nil)
        }
        jobs[id]?.state = .running
        follow(id, process: process, errors: errors, output: command.outDirectory, finish: finish)
        return (jobs[id], nil)
    }

    /// Reads the child's progress and waits for it to end, then ends the job.
    ///
    /// Called only once `run()` has returned: Foundation sets the child's pid after closing
    /// the pipe, so a reader started earlier could see a quick child's end before the
    /// process counts as launched, and `terminationStatus` would trap.
    private nonisolated func follow(_ id: String, process: Process, errors: Pipe, output: URL,
                                    finish: @escaping @Sendable (URL) throws -> (objective: Double, bound: Double, gap: Double)) {
        // The child's standard error is read on a thread of its own (reads block): progress
        // lines, one JSON object each, and the last other lines as the reason of a failure.
        DispatchQueue.global().async { [weak self] in
            let reader = errors.fileHandleForReading
            var pending = Data(), tail: [String] = []
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                pending += chunk
                while let newline = pending.firstIndex(of: 10) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending = Data(pending[pending.index(after: newline)...])
                    if line.hasPrefix("{"), let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
                        let (objective, bound, gap) = (fields["incumbent"] as? Double, fields["bound"] as? Double, fields["gap"] as? Double)
                        Task { await self?.progress(id, objective: objective, bound: bound, gap: gap) }
                    } else if !line.isEmpty {
                        tail = Array((tail + [line]).suffix(5))
                    }
                }
            }
            process.waitUntilExit()
            let code = process.terminationStatus, reason = tail.joined(separator: "\n")
            Task {
                // Cancelled while the child was finishing: nothing of it is kept.
                if await self?.status(id)?.state == .cancelled {
                    await self?.end(id, state: .cancelled)
                    return
                }
                guard code == 0 else {
                    await self?.end(id, state: .failed, error: reason.isEmpty ? "the solve ended with code \(code)" : reason)
                    return
                }
                do {
                    let result = try finish(output)
                    await self?.end(id, state: .done, objective: result.objective, bound: result.bound, gap: result.gap)
                } catch {
                    await self?.end(id, state: .failed, error: "\(error)")
                }
            }
        }
    }

    /// The job's status, its seconds counted to now while it runs.
    public func status(_ id: String) -> Status? {
        guard var job = jobs[id] else { return nil }
        if job.state == .running || job.state == .queued, let start = started[id] { job.seconds = (ContinuousClock.now - start).inSeconds }
        return job
    }

    /// Cancels a queued or running job (its child is interrupted; nothing is saved).
    public func cancel(_ id: String) -> Status? {
        guard let job = jobs[id] else { return nil }
        if job.state == .running || job.state == .queued {
            jobs[id]?.state = .cancelled
            processes[id]?.interrupt()
        }
        return status(id)
    }

    /// Cancels every running job and waits for their children to end (graceful shutdown).
    public func shutdown() async {
        let live = jobs.values.filter { $0.state == .running || $0.state == .queued }.map(\.id)
        for id in live { _ = cancel(id) }
        for id in live where processes[id] != nil {
            await withCheckedContinuation { waiting[id, default: []].append($0) }
        }
    }

    private func progress(_ id: String, objective: Double?, bound: Double?, gap: Double?) {
        guard jobs[id]?.state == .running else { return }
        if let objective { jobs[id]?.objective = objective }
        if let bound { jobs[id]?.bound = bound }
        if let gap { jobs[id]?.gap = gap }
    }

    private func end(_ id: String, state: State, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil, error: String? = nil) {
        guard var job = jobs[id] else { return }
        // A cancelled job stays cancelled whatever its child did after the interrupt.
        job.state = job.state == .cancelled ? .cancelled : state
        if job.state == .done { (job.objective, job.bound, job.gap) = (objective, bound, gap) }
        if job.state == .failed { job.error = error }
        if let start = started[id] { job.seconds = (ContinuousClock.now - start).inSeconds }
        jobs[id] = job
        if runningByMonth[job.month] == id { runningByMonth[job.month] = nil }
        processes[id] = nil
        if job.state == .failed { logger.warning("job \(id) for \(job.month) failed: \(error ?? "")") }
        for continuation in waiting.removeValue(forKey: id) ?? [] { continuation.resume() }
        forgetOldEnded()
    }

    /// Forgets the ended jobs beyond the newest `keptEnded`.
    private func forgetOldEnded() {
        let ended = jobs.values.filter { $0.state != .running && $0.state != .queued }.map(\.id)
        guard ended.count > keptEnded else { return }
        let oldest = ended.sorted { (started[$0] ?? .now, $0) < (started[$1] ?? .now, $1) }.prefix(ended.count - keptEnded)
        for id in oldest {
            jobs[id] = nil
            started[id] = nil
        }
    }
}

/// A `duty` command line for a job's child process, with its own output folder.
struct ChildCommand: Sendable {
    let executable: String
    let arguments: [String]
    let outDirectory: URL

    func process() -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DUTY_PROGRESS"] = "json"
        process.environment = environment
        return process
    }
}
