import Foundation

/// Runs the built `duty` executable and captures what it prints, as a user would see it.
struct DutyProcess {
    let status: Int32
    let stdout: String
    let stderr: String

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = packageRoot.appendingPathComponent("datasets/example").path

    /// The `duty` binary beside the test bundle (the same build folder).
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("duty")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/duty")
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: String? = nil, executable: URL = executable) throws -> DutyProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return DutyProcess(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder path (not created).
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("duty-e2e-\(name)-\(UUID().uuidString)").path
    }

    /// A copy of the example dataset with some files replaced.
    static func exampleCopy(replacing files: [String: String]) throws -> String {
        let path = temporaryPath("data")
        try FileManager.default.copyItem(atPath: example, toPath: path)
        for (name, contents) in files { try contents.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8) }
        return path
    }
}
