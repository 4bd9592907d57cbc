import Foundation

/// A `duty serve` on a free loopback port, stopped at the end.
struct ServerProcess {
    let process: Process
    let address: String

    init(db: String) throws {
        process = Process()
        process.executableURL = DutyProcess.executable
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(10), process.isRunning { line += output.fileHandleForReading.availableData }
        let text = String(decoding: line, as: UTF8.self)
        address = text.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "/\n")) } ?? ""
    }

    /// `duty user add` with the password `password-123` on standard input; its exit status.
    static func addUser(db: String, name: String, role: String, staff: String? = nil) throws -> Int32 {
        let add = Process()
        add.executableURL = DutyProcess.executable
        add.arguments = ["user", "add", "--db", db, "--name", name, "--role", role] + (staff.map { ["--staff", $0] } ?? [])
        let input = Pipe()
        add.standardInput = input
        add.standardOutput = FileHandle.nullDevice
        try add.run()
        input.fileHandleForWriting.write(Data("password-123\n".utf8))
        try input.fileHandleForWriting.close()
        add.waitUntilExit()
        return add.terminationStatus
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
