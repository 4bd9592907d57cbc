import ArgumentParser
import DutyServer
import DutyStore
import Foundation
import Logging

/// `duty serve`: the office's web application and JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the office's web application and JSON API on one port (loopback by default) over the store.")

    @Option(help: ArgumentHelp("The store (made when missing).", valueName: "file"))
    var db: String

    @Option(help: ArgumentHelp("Address to listen on.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0: any free port, printed at start).", valueName: "port"))
    var port = 8080

    @Option(name: .customLong("time-zone"), help: ArgumentHelp("The school's time zone for calendar feeds.", valueName: "zone"))
    var timeZone = "Asia/Shanghai"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard TimeZone(identifier: timeZone) != nil else { throw ValidationError("--time-zone: \"\(timeZone)\" is not a time zone such as Asia/Shanghai") }
    }

    func run() async throws {
        let store = try OfficeStore(path: db)
        var logger = Logger(label: "duty.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["DUTY_LOG"].flatMap { Logger.Level(rawValue: $0) } ?? .info
        let settings = ServerSettings(host: host, port: port, timeZone: TimeZone(identifier: timeZone)!)
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        try await OfficeServer.run(store: store, settings: settings, executable: executable, logger: logger) { port in
            // Written straight to the descriptor, so that a script waiting for the line sees it at once.
            FileHandle.standardOutput.write(Data("duty serve: http://\(host):\(port)/ (store \(db))\n".utf8))
        }
    }
}
