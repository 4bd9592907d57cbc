import ArgumentParser

/// `duty bench`: measurements of the engine.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: rosters under staff shortage, and the public Curtois–Qu instances.",
        subcommands: [BenchShortageCommand.self, BenchCurtoisCommand.self])
}
