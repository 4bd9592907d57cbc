import ArgumentParser
import DutyBench
import DutyCore
import DutyCurtois
import DutyIO
import DutyShiftRostering
import Foundation
import Logging

/// `duty bench curtois`: the public Curtois–Qu instances solved with GLPK and validated.
struct BenchCurtoisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curtois",
        abstract: "Solve Curtois–Qu benchmark instances (schedulingbenchmarks.org text format) and compare with the best known values.")

    @Argument(help: ArgumentHelp("Instance files, such as datasets/curtois/Instance1.txt.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Output folder for <name>.roster.csv, curtois.csv and curtois.md.", valueName: "dir"))
    var out: String = "out/curtois"

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Time limit per instance.", valueName: "seconds"))
    var timeLimit: Double = 60

    @Option(help: ArgumentHelp("Seed of the search's random choices: runs that differ only in it show how far a result depends on them.",
                               valueName: "n"))
    var seed: UInt64 = 1

    @Option(name: .customLong("model-out"),
            help: ArgumentHelp("Also write each instance's model, as GLPK is given it, to <dir>/<name>.mps (free MPS), for other solvers.",
                               valueName: "dir"))
    var modelOut: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one instance file") }
        try TimeLimitOption.validate(timeLimit)
    }

    func run() throws {
        // Every file is read before anything is solved or written: bad input leaves no output.
        var instances: [ShiftProblem] = []
        var issues: [InputIssue] = []
        for file in files {
            do { instances.append(try CurtoisReader.read(path: file)) } catch { issues += error.issues }
        }
        if !issues.isEmpty { throw InputError(issues) }
        try AtomicOutput.requireWritable(out)
        if let modelOut { try AtomicOutput.requireWritable(modelOut) }
        let names = instances.map(\.name)
        if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw ValidationError("two instances are named \(repeated); their rosters would overwrite each other")
        }
        var run = CurtoisRun()
        run.timeLimit = timeLimit
        run.seed = seed
        run.logger = Logger(label: "duty.curtois")
        run.modelFolder = modelOut
        var rows: [CurtoisRow] = []
        for (index, instance) in instances.enumerated() {
            Terminal.progress("[\(index + 1)/\(instances.count)] \(instance.name): \(instance.workers.count) staff, \(instance.days) days, \(instance.shiftTypes.count) shift types…\n")
            let row = try run.run(instance, writingInto: out)
            Terminal.progress("    \(row.status.rawValue), objective \(row.objective.map(String.init) ?? "–") (best known \(row.bestKnown.map(String.init) ?? "–")) in \(String(format: "%.1f", row.seconds)) s\n")
            rows.append(row)
        }
        let report = CurtoisReport(rows: rows, timeLimit: timeLimit)
        try AtomicOutput.write(report.files(), to: out)
        print(report.markdown())
        print("wrote \(out)/curtois.csv, curtois.md and \(rows.filter { $0.objective != nil }.count) rosters")
        // the reference's exit 1: a written roster breaks a rule (a bug, shown for inspection) or an instance has no roster at all.
        let invalid = rows.filter { $0.status == .invalid }
        let infeasible = rows.filter { $0.status == .infeasible }
        if !invalid.isEmpty || !infeasible.isEmpty {
            let listed = invalid.flatMap { row in row.violations.prefix(5).map { "\(row.instance): \($0)" } }
                + infeasible.map { "\($0.instance): infeasible: no roster satisfies the hard rules" }
            throw RuleFailure(description: listed.joined(separator: "\n"))
        }
    }
}

/// The Curtois benchmark is a research format with English reports; its messages are English too.
extension BenchCurtoisCommand: SpeakingCommand {
    var messageLanguage: Language { .en }
}
