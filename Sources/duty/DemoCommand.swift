import ArgumentParser
import DutyCore
import DutyIO
import Foundation

/// `duty demo`: the main job on the shipped example dataset, no arguments needed.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Solve and appraise the shipped example month (datasets/example, October 2025) into out/2025-10/.")

    /// The example's month: October with the National Day holiday week and its make-up workdays.
    static let month = Month("2025-10")!

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let data = try Self.exampleFolder()
        print("demo: \(data) \(Self.month)")
        try RosterJob(files: .folder(data), month: Self.month, outDirectory: "out/\(Self.month)", language: lang.language).run()
        print("")
        try AppraiseCommand.parse(["--data", data, "--month", Self.month.description] + (lang.language.map { ["--lang", $0.rawValue] } ?? [])).run()
    }

    /// datasets/example under the current folder, or beside the package the executable was built in.
    static func exampleFolder() throws -> String {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/datasets/example",
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("../../../datasets/example").standardizedFileURL.path,
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/posts.csv") }) else {
            throw ValidationError("the example dataset was not found at \(candidates[0]); run duty demo from the repository's top folder")
        }
        return found
    }
}

extension DemoCommand: OfficeCommand {
    var languageSource: DatasetFiles? { try? .folder(Self.exampleFolder()) }
}
