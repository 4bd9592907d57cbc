import ArgumentParser
import DutyCore
import DutyIO
import DutyStore
import DutyWorkflow

/// `duty publish`: a month's roster into the store as its next published version.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish a checked roster of the month into the office's store as its next version (published versions never change; the next month takes the latest as history).")

    @Option(help: ArgumentHelp("The store.", valueName: "file"))
    var db: String

    @Option(help: ArgumentHelp("The month.", valueName: "YYYY-MM"))
    var month: Month

    @Option(help: ArgumentHelp("The roster to publish (default out/YYYY-MM/roster.csv); roster.json beside it is kept with it.", valueName: "file.csv"))
    var roster: String?

    func run() throws {
        let store = try OfficeStore(path: db, creating: false)
        let path = roster ?? "out/\(month)/roster.csv"
        let published = try PublishWorkflow.publish(store: store, month: month, rosterFile: path)
        print("duty publish \(month): version \(published.version), \(published.assignments) assignments")
    }
}
