import DutyCore
import GLPK
import Logging

/// Adaptive large-neighbourhood search on a general roster: a part of the roster is freed
/// and re-solved exactly with GLPK while the rest stays fixed, and the result replaces the
/// part when it is no worse. Three kinds of part:
/// - ``Kind/people``: a few people over the whole horizon (their patterns can be exchanged),
///   chosen among those who share shift types or could staff a short cover line;
/// - ``Kind/window``: twice as many people over one or two weeks;
/// - ``Kind/relaxation``: everyone, but only over the assignments that the LP relaxation of
///   the whole model uses or the roster has, plus a few people entirely (relaxation-induced
///   neighbourhood search).
/// Each kind is drawn with a probability that follows its recent gain per second, so the
/// search spends its time where it pays on the instance at hand. Parts grow after a run of
/// fruitless tries; the search ends at the deadline or when the largest parts stay
/// fruitless. Every choice comes from a seeded generator.
struct NeighbourhoodSearch {
    enum Kind: CaseIterable { case people, window, relaxation }

    let instance: ShiftProblem
    private(set) var roster: [ShiftAssignment]
    /// The whole roster's objective, kept up to date from each part's gain.
    private(set) var objective: Double
    /// Assignment values of the whole model's LP relaxation, when it could be solved.
    let relaxation: [ShiftAssignment: Double]?
    private var random: SplitMix64
    /// Grows the parts; the search stops above `largestLevel`.
    private var level = 0
    private var fruitless = 0
    /// Objective gained and seconds spent by each kind so far.
    private var gained: [Kind: Double] = [:], seconds: [Kind: Double] = [:]

    static let largestLevel = 6
    /// Longest single re-solve, in seconds, of a people or window part and of a relaxation part.
    /// (One more second per level reached Instance4's optimum once but lost on Instances 10, 11
    /// and 19: benchmarks/README.md.)
    static let partTimeLimit = 2.0, relaxationPartTimeLimit = 5.0

    init(_ instance: ShiftProblem, from roster: [ShiftAssignment], objective: Double, relaxation: [ShiftAssignment: Double]?, seed: UInt64) {
        self.instance = instance
        self.roster = roster
        self.objective = objective
        self.relaxation = relaxation
        random = SplitMix64(seed: seed)
    }

    /// Runs until `deadline` (seconds on `spent`'s clock), until the largest parts are fruitless,
    /// or until the objective reaches `lowest`, the least that a proven bound allows.
    mutating func run(until deadline: Double, spent: () -> Double, stoppingAt lowest: Double?, logger: Logger?) throws {
        guard !instance.workers.isEmpty else { return }
        let patience = max(20, instance.workers.count)
        while spent() < deadline - 0.1, level <= Self.largestLevel, objective > (lowest ?? -.infinity) + 1e-6 {
            let kind = nextKind()
            let part = self.part(kind)
            let began = spent()
            let limit = min(kind == .relaxation ? Self.relaxationPartTimeLimit : Self.partTimeLimit, deadline - began)
            let gain = try resolve(part, timeLimit: limit)
            objective -= gain
            gained[kind, default: 0] += gain
            seconds[kind, default: 0] += spent() - began
            if gain > 0 {
                fruitless = 0
                logger?.debug("\(kind) part of \(part.workers.count) people, days \(part.days): −\(gain) after \(spent()) s")
            } else {
                fruitless += 1
                if fruitless >= patience { level += 1; fruitless = 0 }
            }
        }
    }

    /// A kind drawn in proportion to its gain per second so far (a kind not yet tried counts
    /// as one point in ten milliseconds), with a floor so that none is starved.
    private mutating func nextKind() -> Kind {
        let kinds = Kind.allCases.filter { $0 != .relaxation || relaxation != nil }
        let rates = kinds.map { ((gained[$0] ?? 0) + 1) / ((seconds[$0] ?? 0) + 0.01) }
        let best = rates.max() ?? 1
        let weights = rates.map { $0 + best * 0.05 }
        var draw = Double.random(in: 0..<weights.reduce(0, +), using: &random)
        for (kind, weight) in zip(kinds, weights) {
            if draw < weight { return kind }
            draw -= weight
        }
        return kinds[kinds.count - 1]
    }

    /// The people and days freed in one step.
    struct Part {
        let workers: Set<ShiftProblem.Worker.ID>
        let days: Range<Int>
        /// Everyone else is free too, within the relaxation's support.
        var withinRelaxation = false
    }

    private mutating func part(_ kind: Kind) -> Part {
        switch kind {
        case .people:
            return Part(workers: people(count: 2 + level), days: 0..<instance.days)
        case .window:
            let length = min(instance.days, 7 * (1 + level % 2))
            let start = Int.random(in: 0...(instance.days - length), using: &random)
            return Part(workers: people(count: 2 * (2 + level)), days: start..<(start + length))
        case .relaxation:
            return Part(workers: people(count: 2 + level), days: 0..<instance.days, withinRelaxation: true)
        }
    }

    /// `count` people: on every other draw those who could staff a cover line that is short of
    /// people (a chain of exchanges may free one of them), otherwise one person at random and
    /// others who may work a shift type the first may work; topped up at random.
    private mutating func people(count: Int) -> Set<ShiftProblem.Worker.ID> {
        let shuffled = instance.workers.shuffled(using: &random)
        var preferred: [ShiftProblem.Worker] = []
        if Bool.random(using: &random), let short = shortCover().randomElement(using: &random) {
            preferred = shuffled.filter { $0.contract.allows(short.shift) && !$0.daysOff.contains(short.day) }
        } else {
            let first = shuffled[0]
            preferred = [first] + shuffled.dropFirst().filter { other in
                instance.shiftTypes.contains { first.contract.allows($0.id) && other.contract.allows($0.id) }
            }
        }
        var chosen: [ShiftProblem.Worker.ID] = []
        for id in preferred.map(\.id) + shuffled.map(\.id) where chosen.count < count && !chosen.contains(id) { chosen.append(id) }
        return Set(chosen)
    }

    /// Cover lines with fewer people than required in the current roster.
    private func shortCover() -> [ShiftProblem.Cover] {
        let staffed = ShiftProblem.staffing(of: roster)
        return instance.cover.filter { $0.underWeight > 0 && (staffed[$0.day]?[$0.shift] ?? 0) < $0.requirement }
    }

    /// Re-solves `part` and keeps the result when it is no worse.
    /// - Returns: how much the objective went down (0 if not at all).
    private mutating func resolve(_ part: Part, timeLimit: Double) throws -> Double {
        guard timeLimit > 0.05 else { return 0 }
        let model: ShiftModel, current: [ShiftAssignment]
        if part.withinRelaxation, let relaxation {
            let incumbent = Set(roster)
            current = roster
            model = try ShiftModel(instance) { relaxation[$0] != nil || incumbent.contains($0) || part.workers.contains($0.worker) }
        } else {
            current = roster.filter { part.workers.contains($0.worker) }
            model = try ShiftModel(instance.neighbourhood(of: part.workers, in: roster))
        }
        guard let start = model.values(of: current) else { return 0 }
        try model.fix(start, outside: part.days)
        var parameters = SolveOptions()
        parameters.timeLimit = timeLimit
        parameters.integralObjective = true
        parameters.warmStart = start
        // The relaxation part is a model of the whole roster: cuts pay for themselves there.
        parameters.gomoryCuts = part.withinRelaxation
        parameters.mirCuts = part.withinRelaxation
        parameters.cliqueCuts = part.withinRelaxation
        let solution = try model.problem.solve(parameters)
        guard solution.status.hasSolution else { return 0 }
        let before = try model.objective(of: start), after = try model.objective(of: solution.values)
        guard after <= before + 0.5 else { return 0 }
        let kept = part.withinRelaxation ? [] : roster.filter { !part.workers.contains($0.worker) }
        roster = (kept + model.assignments(from: solution.values)).sorted()
        return max(0, (before - after).rounded())
    }
}
