/// The language of everything a person reads: Chinese by default, English on request
/// (`--lang en`, or `language: en` in rules.yaml). Machine-readable outputs (CSV columns,
/// JSON keys, rule names, exit codes) are the same in both.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}
