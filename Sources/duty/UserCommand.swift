import ArgumentParser
import DutyCore
import DutyStore
import Foundation

/// `duty user add`: a user of the office's web application, the password read from standard input.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage the users of the office's web application.",
                                                    subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a user (or replace their role and password); the password is read from standard input, never from the command line.")

        @Option(help: ArgumentHelp("The store (made when missing: the server starts on an empty store too).", valueName: "file"))
        var db: String

        @Option(help: "The name to log in with.")
        var name: String

        @Option(help: "admin, inspector or staff.")
        var role: OfficeUser.Role

        @Option(help: ArgumentHelp("The staff id the user is (needed for the staff role).", valueName: "id"))
        var staff: String?

        func run() throws {
            let password = (readLine(strippingNewline: true) ?? "")
            let store = try OfficeStore(path: db)
            try store.addUser(name: name, role: role, staff: staff.map { Staff.ID($0) }, password: password)
            print("duty user add: \(name) (\(role.rawValue)\(staff.map { ", staff \($0)" } ?? ""))")
        }
    }
}

extension OfficeUser.Role: ExpressibleByArgument {}
