import ArgumentParser
import DutyCore
import DutyIO

/// `--lang zh|en`: the language of what a person reads; without it, rules.yaml's `language`
/// (Chinese unless it says otherwise).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the reports and messages: zh (中文, default) or en (default: rules.yaml's language).", valueName: "zh|en"))
    var language: Language?

    /// The language to use, given the dataset's rules.
    func resolved(_ rules: Rules) -> Language { language ?? rules.language }
}

extension Language: ExpressibleByArgument {}

/// A command whose messages, errors and warnings included, have a language of their own.
/// ``Duty`` settles it before the command runs, so that an error found while reading is
/// worded in it too; any other command speaks Chinese.
protocol SpeakingCommand {
    var messageLanguage: Language { get }
}

/// A command for the office: it follows `--lang`, else the dataset's rules.yaml, else Chinese.
protocol OfficeCommand: SpeakingCommand {
    var lang: LanguageOption { get }
    /// The dataset whose rules.yaml may name the language, when the command reads one.
    var languageSource: DatasetFiles? { get }
}

extension OfficeCommand {
    /// The language of everything the command says. A rules.yaml that cannot be read names
    /// none; its errors come later, in Chinese.
    var messageLanguage: Language {
        lang.language ?? languageSource.flatMap { try? DatasetReader.rules(of: $0).language } ?? .zh
    }
}
