import DutyCore
import Foundation
import Logging
import Testing
@testable import DutyServer

/// The registry of background jobs keeps the newest ended ones only.
@Suite struct JobRegistryTests {
    @Test("of five ended jobs, a registry that keeps three forgets the two oldest")
    func forgetsOldEndedJobs() async throws {
        let jobs = JobRegistry(logger: Logger(label: "test"), keptEnded: 3)
        var ids: [String] = []
        for month in 1...5 {
            // A child that exits at once with a failure: the job ends failed.
            let command = ChildCommand(executable: "/bin/false", arguments: [], outDirectory: FileManager.default.temporaryDirectory)
            let started = await jobs.start(month: Month(year: 2025, month: month)!, kind: "solve", command: command) { _ in (0, 0, 0) }
            let id = try #require(started.job?.id)
            ids.append(id)
            for _ in 0..<500 {
                let state = await jobs.status(id)?.state
                guard state == .running || state == .queued else { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(await jobs.status(id)?.state == .failed)
        }
        for id in ids.prefix(2) { #expect(await jobs.status(id) == nil, "\(id) is forgotten") }
        for id in ids.suffix(3) { #expect(await jobs.status(id)?.state == .failed, "\(id) is kept") }
    }

    @Test("children that exit at once, started back to back, all end failed with their exit code, never a trap")
    func quickChildren() async throws {
        let jobs = JobRegistry(logger: Logger(label: "test"))
        let command = ChildCommand(executable: "/bin/false", arguments: [], outDirectory: FileManager.default.temporaryDirectory)
        var ids: [String] = []
        for year in 2030..<2035 {
            for month in 1...12 {
                let started = await jobs.start(month: Month(year: year, month: month)!, kind: "solve", command: command) { _ in (0, 0, 0) }
                ids.append(try #require(started.job?.id))
            }
        }
        for id in ids {
            for _ in 0..<1000 {
                let state = await jobs.status(id)?.state
                guard state == .running || state == .queued else { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            let status = await jobs.status(id)
            #expect(status?.state == .failed && status?.error == "the solve ended with code 1", "\(String(describing: status))")
        }
    }
}
