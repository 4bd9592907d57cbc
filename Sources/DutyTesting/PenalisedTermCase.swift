import DutyCore

/// For each objective term: a tiny month and a hand-made roster that the term penalises, with
/// the value worked out by hand — the penalised counterpart of a roster that deserves nothing.
public struct PenalisedTermCase {
    public let builder: DatasetBuilder
    public let roster: [Assignment]
    /// The term's value on `roster`, by hand.
    public let expected: Double
    /// What the value means, for the test's name.
    public let reason: String
    /// The published roster that changes are counted against (only for `changes`).
    public var baseline: [Assignment]? = nil

    /// Two posts (day post `p`, priority 30; night post `n`, priority 50) with one person
    /// wanted on day 3 and on night 5, and two people who may work both.
    private static func base() -> DatasetBuilder {
        var b = DatasetBuilder(month: "2025-03")
        b.post("p", priority: 30); b.post("n", night: true, priority: 50)
        b.person("a", skills: ["p", "n"], maxShifts: 10); b.person("b", skills: ["p", "n"], maxShifts: 20)
        b.demand("p", .date(b.date(3)), 1); b.demand("n", .date(b.date(5)), 1)
        return b
    }

    public static func make(_ term: ObjectiveTerm) -> PenalisedTermCase {
        var b = base()
        switch term {
        case .shortfall:
            return PenalisedTermCase(builder: b, roster: [b.assignment("a", day: 3, post: "p")], expected: 50,
                                     reason: "night 5 uncovered: priority 50 × 1 missing")
        case .requests:
            b.request("a", day: 3, post: "p", .on, weight: 7)
            b.request("b", day: 5, .off, weight: 3)
            b.request("b", day: 3, post: "n", .off, weight: 100)
            return PenalisedTermCase(builder: b, roster: [b.assignment("b", day: 3, post: "p"), b.assignment("b", day: 5, post: "n")],
                                     expected: 10, reason: "a's on-request (7) and b's off-day (3) not honoured; b's off-post request is")
        case .fairness:
            b.leave("b", from: 1, to: 21)  // cap_b = min(20, 10) = 10, cap_a = 10
            return PenalisedTermCase(builder: b, roster: [b.assignment("a", day: 3, post: "p"), b.assignment("a", day: 5, post: "n")],
                                     expected: 50 * 0.2, reason: "ratios 2/10 and 0/10, cap reduced by leave: 50 × 0.2")
        case .nightFairness:
            b.person("c", skills: ["p"])
            b.person("d", skills: ["n"], maxNights: 0)
            return PenalisedTermCase(builder: b, roster: [b.assignment("a", day: 5, post: "n")], expected: 5,
                                     reason: "nights 1 and 0 among a and b only (c has no night post, d no nights): 5 × 1")
        case .minShifts:
            b.person("c", skills: ["p"], minShifts: 3)
            return PenalisedTermCase(builder: b, roster: [b.assignment("c", day: 3, post: "p")], expected: 40,
                                     reason: "c works 1 of at least 3: 20 × 2")
        case .changes:
            var changed = PenalisedTermCase(builder: b, roster: [b.assignment("b", day: 3, post: "p"), b.assignment("a", day: 5, post: "n")],
                                            expected: 20, reason: "day 3 moved from a to b: two changed person-days, 10 × 2")
            changed.baseline = [b.assignment("a", day: 3, post: "p"), b.assignment("a", day: 5, post: "n")]
            return changed
        }
    }
}
