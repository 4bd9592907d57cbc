import ArgumentParser
import DutyCore
import DutyIO
import DutyWorkflow

/// `duty suggest`: who can take a place on a day, ranked, and who cannot and why.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Who can take a place on a day: one more person on --post, or --replace someone; candidates ranked by the roster's objective, the others with the rules they would break.")

    @OptionGroup var dataset: DatasetOptions

    @Option(help: ArgumentHelp("The roster (date,post,staff).", valueName: "file.csv"))
    var roster: String

    @Option(help: ArgumentHelp("The day.", valueName: "YYYY-MM-DD"))
    var date: LocalDate

    @Option(help: ArgumentHelp("The post that needs one more person.", valueName: "post"))
    var post: String?

    @Option(help: ArgumentHelp("The person who cannot come; their post that day is the place.", valueName: "staff"))
    var replace: String?

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard (post == nil) != (replace == nil) else { throw ValidationError("give exactly one of --post POST and --replace STAFF") }
    }

    func run() throws {
        let data = try DatasetReader.read(dataset.files(), month: dataset.month)
        let (assignments, warnings) = try RosterCSVReader.read(roster, for: data, month: dataset.month)
        Terminal.warnings(data.warnings + warnings)
        let place: SuggestWorkflow.Place = post.map { .post(Post.ID($0)) } ?? .replace(Staff.ID(replace!))
        let suggestion: Suggestion
        do {
            suggestion = try SuggestWorkflow.suggest(data, month: dataset.month, roster: assignments, date: date, place: place)
        } catch {
            throw InputError([InputIssue(file: "--\(error.field)", line: 0, message: error.message)])
        }
        let document = SuggestionDocument(suggestion)
        print(json ? try document.json() : document.table(Phrases.of(lang.resolved(data.rules))), terminator: json ? "" : "\n")
    }
}

extension SuggestCommand: OfficeCommand {
    var languageSource: DatasetFiles? { try? dataset.files() }
}
