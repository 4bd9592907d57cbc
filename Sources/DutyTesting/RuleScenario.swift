import DutyCore

/// For each hard rule: a tiny month where the rule binds, what the solver's roster must
/// then look like, and a hand-made roster that breaks the rule.
public struct RuleScenario {
    public let builder: DatasetBuilder
    /// A roster that breaks the rule (and only shows it through the checker).
    public let broken: [Assignment]
    /// What the solved roster must satisfy because the rule binds.
    public let binds: ([Assignment]) -> Bool

    public static func make(_ rule: HardRule) -> RuleScenario {
        var b = DatasetBuilder(month: "2025-03")
        b.dataset.rules.maxConsecutiveDays = 31  // so that only the rule under test binds
        switch rule {
        case .oneShiftPerDay:
            b.post("p", priority: 10); b.post("q", priority: 5)
            b.person("a", skills: ["p", "q"])
            b.demandEveryDay("p", 1); b.demandEveryDay("q", 1)
            return RuleScenario(builder: b, broken: [b.assignment("a", day: 1, post: "p"), b.assignment("a", day: 1, post: "q")],
                                binds: { roster in roster.count == 31 && roster.allSatisfy { $0.post == "p" } })
        case .skill:
            b.post("p"); b.post("q")
            b.person("a", skills: ["p"])
            b.demandEveryDay("q", 1)
            return RuleScenario(builder: b, broken: [b.assignment("a", day: 2, post: "q")], binds: { $0.isEmpty })
        case .leave:
            b.post("p"); b.person("a", skills: ["p"]); b.demandEveryDay("p", 1)
            b.leave("a", from: 1, to: 10)
            return RuleScenario(builder: b, broken: [b.assignment("a", day: 3, post: "p")],
                                binds: { roster in roster.count == 21 && roster.allSatisfy { $0.date.day > 10 } })
        case .maxShifts:
            b.post("p"); b.person("a", skills: ["p"], maxShifts: 5); b.demandEveryDay("p", 1)
            return RuleScenario(builder: b, broken: (1...6).map { b.assignment("a", day: $0 * 2, post: "p") }, binds: { $0.count == 5 })
        case .maxNights:
            b.post("n", night: true); b.person("a", skills: ["n"], maxNights: 3); b.demandEveryDay("n", 1)
            return RuleScenario(builder: b, broken: (1...4).map { b.assignment("a", day: $0 * 3, post: "n") }, binds: { $0.count == 3 })
        case .restAfterNight:
            b.post("n", night: true); b.person("a", skills: ["n"]); b.demandEveryDay("n", 1)
            return RuleScenario(builder: b, broken: [b.assignment("a", day: 1, post: "n"), b.assignment("a", day: 2, post: "n")],
                                binds: { $0.count == 16 })
        case .maxConsecutiveDays:
            b.post("p"); b.person("a", skills: ["p"]); b.demandEveryDay("p", 1)
            b.dataset.rules.maxConsecutiveDays = 3
            return RuleScenario(builder: b, broken: (1...4).map { b.assignment("a", day: $0, post: "p") }, binds: { $0.count == 24 })
        case .pinned:
            b.post("p"); b.person("a", skills: ["p"], maxShifts: 1); b.person("b", skills: ["p"]); b.demandEveryDay("p", 1)
            b.pin("a", day: 5, post: "p")
            return RuleScenario(builder: b, broken: [b.assignment("b", day: 5, post: "p")],
                                binds: { roster in roster.contains(b.assignment("a", day: 5, post: "p")) && roster.count == 31 })
        case .noOverstaffing:
            b.post("p"); b.person("a", skills: ["p"], minShifts: 31); b.person("b", skills: ["p"], minShifts: 31); b.demandEveryDay("p", 1)
            return RuleScenario(builder: b, broken: [b.assignment("a", day: 7, post: "p"), b.assignment("b", day: 7, post: "p")],
                                binds: { roster in roster.count == 31 })
        case .unknownStaffOrPost:
            b.post("p"); b.person("a", skills: ["p"]); b.demandEveryDay("p", 1)
            let outside = Assignment(date: LocalDate(iso: "2025-04-01")!, post: "p", staff: "a")
            return RuleScenario(builder: b, broken: [b.assignment("zz", day: 1, post: "p"), b.assignment("a", day: 2, post: "nope"), outside],
                                binds: { $0.count == 31 })
        }
    }
}
