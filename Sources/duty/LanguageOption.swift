import ArgumentParser
import DutyCore

/// `--lang zh|en`: the language of what a person reads; without it, rules.yaml's `language`
/// (Chinese unless it says otherwise).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the reports and messages: zh (中文, default) or en (default: rules.yaml's language).", valueName: "zh|en"))
    var language: Language?

    /// The language to use, given the dataset's rules.
    func resolved(_ rules: Rules) -> Language { language ?? rules.language }
}

extension Language: ExpressibleByArgument {}
