import DutyCore

/// rules.yaml: the roster's rule settings and objective weights (docs/REFERENCE.md defaults when absent).
enum RulesFile {
    /// The rules of `folder`'s rules.yaml, or the defaults when it has none.
    static func read(_ folder: Folder) -> Rules {
        var rules = Rules()
        guard let yaml = folder.yaml("rules.yaml"), let root = yaml.root else { return rules }
        let keys = ["max_consecutive_days", "rest_after_night", "weights", "time_limit", "mip_gap", "language"]
        for (key, _, value) in yaml.entries(of: root, key: "rules", allowed: keys) {
            switch key {
            case "max_consecutive_days": rules.maxConsecutiveDays = yaml.integer(value, key: key, minimum: 1) ?? rules.maxConsecutiveDays
            case "rest_after_night": rules.restAfterNight = yaml.boolean(value, key: key) ?? rules.restAfterNight
            case "time_limit": rules.timeLimit = yaml.number(value, key: key, in: Rules.timeLimits) ?? rules.timeLimit
            case "mip_gap": rules.mipGap = yaml.number(value, key: key, in: 0...1) ?? rules.mipGap
            case "language":
                guard let text = yaml.string(value, key: key) else { continue }
                guard let language = Language(rawValue: text.lowercased()) else {
                    yaml.fail(value, key: key, .notLanguage(text))
                    continue
                }
                rules.language = language
            default:
                let weightKeys = ["request", "fairness", "night_fairness", "min_shifts", "change"]
                for (weight, _, number) in yaml.entries(of: value, key: key, allowed: weightKeys) {
                    guard let amount = yaml.number(number, key: "weights.\(weight)") else { continue }
                    switch weight {
                    case "request": rules.weights.request = amount
                    case "fairness": rules.weights.fairness = amount
                    case "night_fairness": rules.weights.nightFairness = amount
                    case "change": rules.weights.change = amount
                    default: rules.weights.minShifts = amount
                    }
                }
            }
        }
        return rules
    }
}
