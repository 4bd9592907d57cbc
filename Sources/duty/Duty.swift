import ArgumentParser
import DutyBench
import DutyCore
import DutyIO
import DutyWorkflow
import Foundation
import Logging

/// The `duty` command: a thin shell over the DutyEngine libraries.
///
/// It owns the exit-code policy of docs/REFERENCE.md: 0 success, 1 a rule violated or
/// nothing feasible, 2 bad input or usage (ArgumentParser's own 64 for a
/// validation failure is mapped to 2).
@main
struct Duty: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "duty",
        abstract: "Duty rosters and staff appraisal for a school's logistics office, solved with GLPK.",
        version: version,
        subcommands: [RosterCommand.self, CheckCommand.self, AppraiseCommand.self, ReplanCommand.self, SuggestCommand.self,
                      ImportCommand.self, ExportCommand.self, PublishCommand.self, ServeCommand.self, UserCommand.self, BenchCommand.self, ExportModelCommand.self, DemoCommand.self]
    )

    static func main() async {
        // Ctrl-C: outputs are written whole or not at all, so an interrupted run leaves nothing
        // behind but a temporary folder beside the output; say so rather than vanish silently.
        // A parent may have blocked SIGINT (the mask is inherited): unblock it first.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            let message = Terminal.language == .zh ? "\n已中断：什么也没有写（输出要么完整写出，要么一个也不写）\n"
                : "\ninterrupted: nothing was written (outputs appear whole or not at all)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            _exit(130)
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["DUTY_LOG"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
            return handler
        }
        do {
            var command = try parseAsRoot()
            if let speaking = command as? SpeakingCommand { Terminal.language = speaking.messageLanguage }
            if var server = command as? AsyncParsableCommand {
                try await server.run()
            } else {
                try command.run()
            }
        } catch let error as InputError {
            Terminal.error(error.text(Terminal.language))
            Foundation.exit(ExitStatus.badInput)
        } catch let error as RuleFailure {
            Terminal.error(error.description)
            Foundation.exit(ExitStatus.ruleViolated)
        } catch let failure as RosterFailure {
            if failure.isInternal {
                Terminal.error(failure.description + "\nThis is a bug in duty, not in the data; nothing was written.")
                Foundation.exit(ExitStatus.internalError)
            }
            Terminal.error(failure.description)
            Foundation.exit(ExitStatus.ruleViolated)
        } catch let failure as OutputError {
            Terminal.error(failure.description + "\nThis is a bug in duty, not in the data; nothing was written.")
            Foundation.exit(ExitStatus.internalError)
        } catch let refusal as PublishRefused {
            Terminal.error(refusal.description)
            Foundation.exit(ExitStatus.ruleViolated)
        } catch let failure as SweepFailure {
            Terminal.error(failure.description + "\nThis is a bug in duty, not in the data; nothing was written.")
            Foundation.exit(ExitStatus.internalError)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            Terminal.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.badInput)
        }
    }
}

/// the reference's exit codes.
enum ExitStatus {
    static let ruleViolated: Int32 = 1
    static let badInput: Int32 = 2
    /// A bug: the solver's roster failed the independent check (``RosterFailure/isInternal``).
    /// Never 1, which means the data allow no roster.
    static let internalError: Int32 = 3
}

/// A hard rule broken or nothing feasible: exit code 1 with this message.
struct RuleFailure: Error, CustomStringConvertible {
    let description: String
}


/// Writing to the terminal's standard streams.
enum Terminal {
    /// The language of errors and warnings, settled once before the command runs.
    nonisolated(unsafe) static var language = Language.zh

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
    /// Whether standard error is a terminal, where a progress line can redraw itself.
    static let isInteractive = isatty(STDERR_FILENO) != 0
    /// `DUTY_PROGRESS=json`: the solve's progress as one JSON object per line on standard error.
    static let reportsJSONProgress = ProcessInfo.processInfo.environment["DUTY_PROGRESS"] == "json"

    /// Prints the reader's warnings, one `file:line: warning: …` line each, before the work starts.
    static func warnings(_ warnings: [InputWarning]) {
        for warning in warnings { error(warning.text(language)) }
    }

    static func progress(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
