import DutyCore
import DutyModelParts
import DutyShiftRostering
import Foundation
import GLPK
import Logging

/// Adaptive large-neighbourhood search on a general roster: a part of the roster is freed
/// and re-solved exactly with GLPK while the rest stays fixed, and the result replaces the
/// part when it is no worse. Four kinds of part:
/// - ``Kind/people``: a few people over the whole horizon (their patterns can be exchanged);
/// - ``Kind/window``: more people over one or two weeks;
/// - ``Kind/weekends``: more people over every weekend of the horizon at once (where the
///   number of weekends worked binds, who works which weekend is decided across the horizon);
/// - ``Kind/relaxation``: everyone, but only over the assignments that an LP relaxation (the
///   pattern LP of ``ColumnGeneration``, else the whole model's) uses or the roster has, plus
///   a few people entirely (relaxation-induced neighbourhood search).
/// - ``Kind/annealing``: no part for GLPK but a cycle of ``AnnealingSearch`` over the whole
///   roster, a million small changes a second, where the cover is short on many lines that
///   each need a chain of changes across people (Instances 13 and 20–24), which parts of a
///   few people re-solved exactly move far more slowly.
/// - ``Kind/slowAnnealing``: the same with cycles up to 150 times as long, starting hotter
///   (``AnnealingSearch/Pace``):
///   where a short line is filled only after a long walk over rosters of equal objective
///   (Instance13's spare minutes gathered into someone able to work it), short cycles restart
///   from the best roster too soon; where small gains come often (Instance9), long cycles
///   miss them. Both kinds compete for the time like the others.
/// The people of a part are chosen as a ``Choice`` says: among those who share shift types,
/// or around a cover line short of people.
/// Each kind keeps its own part size: it grows after a few fruitless parts that GLPK solved
/// to the end, and shrinks after a part that hit the time limit, so parts stay as large as
/// GLPK can finish on the instance at hand. Kinds share the time in proportion to their
/// recent gain per second (with a floor they share), whatever one part of each kind costs. The
/// search ends at the deadline, at the bound, or when it has gone too long without gain.
/// Every choice comes from a seeded generator.
struct NeighbourhoodSearch {
    enum Kind: CaseIterable {
        case people, window, weekends, relaxation, annealing, slowAnnealing

        /// The pace of an annealing kind's cycles; `nil` for a kind of part GLPK re-solves.
        var annealingPace: AnnealingSearch.Pace? {
            switch self {
            case .annealing: .quick
            case .slowAnnealing: .slow
            case .people, .window, .weekends, .relaxation: nil
            }
        }
    }

    /// How the people of a part are chosen.
    enum Choice: CaseIterable {
        /// One person at random and others who may work a shift type the first may work.
        case related
        /// Around a cover line short of people: those who could staff it.
        case able
        /// Around a short line: those who could staff it alternating with those who have the
        /// most minutes to spare, who can take over the shift of whoever moves onto the line
        /// (where total minutes bind, lines are filled through such exchanges).
        case exchange
    }

    /// How one kind of part is doing.
    struct Record {
        /// People freed by its next part.
        var size: Double
        /// Recent gain and seconds, each decaying with the search's time (``memorySeconds``)
        /// so that the large gains on a poor first roster do not decide the choice for good.
        var gained = 0.0, seconds = 0.0
        /// When, on the search's clock, `gained` and `seconds` were last brought up to date.
        var updated = 0.0
        var parts = 0, totalSeconds = 0.0
        var fruitless = 0
        var meanSeconds: Double { parts == 0 ? 0.01 : max(totalSeconds / Double(parts), 0.001) }

        /// The record as it stands at `now`: gain and seconds decayed for the time since
        /// they were last brought up to date.
        func decayed(to now: Double) -> Record {
            var record = self
            let kept = pow(0.5, max(0, now - updated) / NeighbourhoodSearch.memorySeconds)
            record.gained *= kept
            record.seconds *= kept
            record.updated = now
            return record
        }

        /// Adds a part that ended at `now`, after what is remembered has decayed to then.
        mutating func add(gain: Double, seconds: Double, at now: Double) {
            self = decayed(to: now)
            gained += gain
            self.seconds += seconds
            parts += 1
            totalSeconds += seconds
        }

        /// Recent gain per second; a kind not yet tried counts as a hundred points a second.
        /// A tried kind's gain counts a hundredth of a point more, so that a record of fruitless
        /// parts rates above zero but, once decayed, at no more than a point a second: with a
        /// whole point, such records, decayed while other kinds worked, came back to a hundred
        /// points a second, and fruitless GLPK parts took 6 of the 20 s on Instance13.
        var rate: Double { parts == 0 ? 100 : (gained + 0.01) / (seconds + 0.01) }
    }

    let instance: ShiftProblem
    private(set) var roster: [ShiftAssignment]
    /// The whole roster's objective, kept up to date from each part's gain.
    private(set) var objective: Double
    /// Assignment values of an LP relaxation of the whole problem, when one could be solved.
    let relaxation: [ShiftAssignment: Double]?
    private var random: SplitMix64
    private var records: [Kind: Record]

    /// Longest single re-solve, in seconds, of a people or window part and of a relaxation part.
    /// GLPK's time on parts of one size is heavy-tailed: most finish in milliseconds, a few run
    /// on without gain, so short limits (and the smaller parts they lead to) pay — measured
    /// against 2 s and 5 s in benchmarks/README.md.
    static let partTimeLimit = 0.5, relaxationPartTimeLimit = 2.0
    /// Fruitless parts, solved to the end, after which a kind's parts grow by `growth`.
    static let patience = 4, growth = 1.25
    /// Seconds of the search after which a kind's record of gain and time counts half,
    /// whichever kind used them: memory by time rather than by parts, so that a kind of quick
    /// fruitless parts does not forget its lack of gain faster than a slower kind forgets a
    /// gain, and by the search's time rather than the kind's own, so that a kind drawn often
    /// forgets no faster than one drawn seldom. Counted in each kind's own time, the first
    /// annealing cycles' descent from the construction (Instance13: 18 915 points in 0.7 s)
    /// still ranked them above slow cycles gaining 30 points a second 12 s later, and the
    /// slow cycles got 8 of 20 s.
    static let memorySeconds = 1.0
    /// Least share of the search's time that the kinds other than the best get, together: split
    /// among them, so that more kinds do not take more time from the one that gains (on
    /// Instance23, four kinds of GLPK part at 5 % each took a fifth of the time and gained one
    /// point, where annealing gained thousands a second; measured in benchmarks/README.md).
    static let floorShare = 0.05
    /// How often each ``Choice`` is drawn while some cover line is short: half the parts are
    /// built around a short line, half of those by spare minutes. Measured on Instances 8 and
    /// 9, seeds 1–3 (benchmarks/README.md): as good on 8 as no choice by spare minutes and
    /// better on 9; learning the choice from gain per second, as the kinds are, lost on 8.
    static let choiceWeights: [Choice: Double] = [.related: 2, .able: 1, .exchange: 1]

    init(_ instance: ShiftProblem, from roster: [ShiftAssignment], objective: Double, relaxation: [ShiftAssignment: Double]?, seed: UInt64) {
        self.instance = instance
        self.roster = roster
        self.objective = objective
        self.relaxation = relaxation
        random = SplitMix64(seed: seed)
        records = [.people: Record(size: 2), .window: Record(size: 4), .weekends: Record(size: 4), .relaxation: Record(size: 2),
                   .annealing: Record(size: 0), .slowAnnealing: Record(size: 0)]
    }

    /// Runs until `deadline` (seconds since `clock` started), until the objective reaches `lowest`
    /// (the least that a proven bound allows), or until `stall` seconds have passed without
    /// gain (`nil`: never give up before the deadline).
    mutating func run(until deadline: Double, clock: TimeBudget, stoppingAt lowest: Double?, givingUpAfter stall: Double?, logger: Logger?) throws {
        guard !instance.workers.isEmpty else { return }
        var lastGain = clock.elapsed
        while clock.elapsed < deadline - 0.1, clock.elapsed < lastGain + (stall ?? .infinity), objective > (lowest ?? -.infinity) + 1e-6 {
            let kind = nextKind(at: clock.elapsed)
            let began = clock.elapsed
            let gain: Double, finished: Bool
            if let pace = kind.annealingPace {
                gain = anneal(at: pace, until: deadline, clock: clock)
                finished = true
                logger?.trace("\(kind) cycle: −\(gain) in \(clock.elapsed - began) s")
            } else {
                let part = self.part(kind)
                let limit = min(kind == .relaxation ? Self.relaxationPartTimeLimit : Self.partTimeLimit, deadline - began)
                (gain, finished) = try resolve(part, timeLimit: limit)
                let days = part.days.map { "\($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ", ")
                logger?.trace("\(kind) part (\(part.choice.map { "\($0)" } ?? "given")) of \(part.workers.count) people, days \(days): −\(gain) in \(clock.elapsed - began) s")
            }
            let seconds = clock.elapsed - began
            objective -= gain
            if gain > 0 { lastGain = clock.elapsed }
            learn(kind, gain: gain, seconds: seconds, finished: finished, at: clock.elapsed)
        }
    }

    /// Re-solves `people` over the whole horizon at once, keeping the result when it is no
    /// worse: the people a stopped dive did not fix, whom construction only fitted one by one
    /// around the fixed ones (Instance12: 16 people re-solved in 6 s from 6325 to the optimum
    /// 4040, which the search alone did not reach in 30 s).
    /// - Returns: whether GLPK finished before `timeLimit`.
    @discardableResult
    mutating func resolve(people: Set<ShiftProblem.Worker.ID>, timeLimit: Double) throws -> Bool {
        let (gain, finished) = try resolve(Part(workers: people, days: [0..<instance.days], choice: nil), timeLimit: timeLimit)
        objective -= gain
        return finished
    }

    /// Re-solves the last 4 people of `order` over the whole horizon, then the last 8, 16 and
    /// so on, as long as GLPK solves each to the end, until `deadline` on `clock` or
    /// until the objective reaches `lowest`. For the roster of a dive that got to the end,
    /// `order` being the order it fixed people in: its last fixings, made with the least of
    /// the LP left to guide them, are where it most often misses (Instance10: from 4632 to
    /// the optimum 4631 by the last 4 people in 0.02 s, where branch-and-price took 21 s).
    mutating func resolveLast(of order: [ShiftProblem.Worker.ID], until deadline: Double, clock: TimeBudget, stoppingAt lowest: Double?) throws {
        var count = 4
        while objective > (lowest ?? -.infinity) + 1e-6, clock.elapsed < deadline {
            guard try resolve(people: Set(order.suffix(count)), timeLimit: deadline - clock.elapsed), count < order.count else { return }
            count *= 2
        }
    }

    /// Records a part's outcome and resizes its kind.
    private mutating func learn(_ kind: Kind, gain: Double, seconds: Double, finished: Bool, at now: Double) {
        var record = records[kind]!
        record.add(gain: gain, seconds: seconds, at: now)
        let largest = Double(instance.workers.count)
        if !finished {
            record.size = max(2, record.size / Self.growth)
            record.fruitless = 0
        } else if gain > 0 {
            record.fruitless = 0
        } else {
            record.fruitless += 1
            if record.fruitless >= Self.patience {
                record.size = min(largest, record.size * Self.growth)
                record.fruitless = 0
            }
        }
        records[kind] = record
    }

    /// A kind drawn so that each kind's share of the time follows its recent gain per second
    /// at `now` (``Record/rate``), with a floor shared by the others so that none is starved:
    /// the draw weighs each share by how many of its parts fit in a second.
    private mutating func nextKind(at now: Double) -> Kind {
        let kinds = Kind.allCases.filter { kind in
            switch kind {
            case .relaxation: relaxation != nil
            case .weekends: !instance.weekends.isEmpty
            case .people, .window, .annealing, .slowAnnealing: true
            }
        }
        let rates = kinds.map { records[$0]!.decayed(to: now).rate }
        let best = rates.max() ?? 1, floor = best * Self.floorShare / Double(max(1, kinds.count - 1))
        return draw(kinds, weights: zip(kinds, rates).map { kind, rate in max(rate, floor) / records[kind]!.meanSeconds })
    }

    /// How the next part's people are chosen: `related` when no cover line is short.
    private mutating func nextChoice(anyLineShort: Bool) -> Choice {
        guard anyLineShort else { return .related }
        return draw(Choice.allCases, weights: Choice.allCases.map { Self.choiceWeights[$0]! })
    }

    /// One of `options`, drawn with probability proportional to its weight.
    private mutating func draw<Option>(_ options: [Option], weights: [Double]) -> Option {
        var draw = Double.random(in: 0..<weights.reduce(0, +), using: &random)
        for (option, weight) in zip(options, weights) {
            if draw < weight { return option }
            draw -= weight
        }
        return options[options.count - 1]
    }

    /// The people and days freed in one step.
    struct Part {
        let workers: Set<ShiftProblem.Worker.ID>
        /// Days freed, as runs of consecutive days.
        let days: [Range<Int>]
        /// How `workers` were chosen (`nil`: by the caller).
        let choice: Choice?
        /// Everyone else is free too, within the relaxation's support.
        var withinRelaxation = false
    }

    private mutating func part(_ kind: Kind) -> Part {
        let count = Int(records[kind]!.size)
        let short = shortCover()
        let choice = nextChoice(anyLineShort: !short.isEmpty)
        // A part built around a short line, drawn at random (a chain of exchanges may staff it).
        let line = choice == .related ? nil : short.randomElement(using: &random)
        let workers = people(count: count, choice: choice, around: line)
        switch kind {
        case .people:
            return Part(workers: workers, days: [0..<instance.days], choice: choice)
        case .window:
            let length = min(instance.days, 7 * Int.random(in: 1...2, using: &random))
            let start = line.map { min(max(0, $0.day - Int.random(in: 0..<length, using: &random)), instance.days - length) }
                ?? Int.random(in: 0...(instance.days - length), using: &random)
            return Part(workers: workers, days: [start..<(start + length)], choice: choice)
        case .weekends:
            return Part(workers: workers, days: instance.weekends.map { $0.min()!..<($0.max()! + 1) }, choice: choice)
        case .relaxation:
            return Part(workers: workers, days: [0..<instance.days], choice: choice, withinRelaxation: true)
        case .annealing, .slowAnnealing:
            preconditionFailure("an annealing cycle frees no part")
        }
    }

    /// `count` people chosen as `choice` says (around `line` unless `related`), topped up at random.
    private mutating func people(count: Int, choice: Choice, around line: ShiftProblem.Cover?) -> Set<ShiftProblem.Worker.ID> {
        let shuffled = instance.workers.shuffled(using: &random)
        var preferred: [ShiftProblem.Worker] = []
        if let line {
            preferred = shuffled.filter { $0.contract.allows(line.shift) && !$0.daysOff.contains(line.day) }
            if choice == .exchange {
                let spare = instance.spareMinutes(in: roster)
                let roomiest = shuffled.sorted { spare[$0.id, default: 0] > spare[$1.id, default: 0] }
                preferred = zip(preferred, roomiest).flatMap { [$0, $1] }
            }
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

    /// One cycle of ``AnnealingSearch`` from the roster, with a seed from this search's
    /// generator, kept when it gains.
    /// - Returns: how much the objective went down (0 if not at all).
    private mutating func anneal(at pace: AnnealingSearch.Pace, until deadline: Double, clock: TimeBudget) -> Double {
        var annealing = AnnealingSearch(instance, from: roster, seed: random.next(), pace: pace)
        let before = annealing.objective
        annealing.run(cycles: 1, until: deadline, clock: clock, stoppingAt: nil, givingUpAfterFruitlessCycle: false, logger: nil)
        let gain = (before - annealing.objective).rounded()
        guard gain > 0 else { return 0 }
        roster = annealing.roster
        return gain
    }

    /// Re-solves `part` and keeps the result when it is no worse, within `timeLimit` seconds
    /// counted from the call: building the part's model comes out of GLPK's time (on a year,
    /// a part's model takes a sizeable share of it).
    /// - Returns: how much the objective went down (0 if not at all), and whether GLPK
    ///   finished the part before its time limit.
    private mutating func resolve(_ part: Part, timeLimit: Double) throws -> (gain: Double, finished: Bool) {
        guard timeLimit > 0.05 else { return (0, false) }
        let clock = ContinuousClock(), began = clock.now
        let model: ShiftModel, current: [ShiftAssignment]
        if part.withinRelaxation, let relaxation {
            let incumbent = Set(roster)
            current = roster
            model = try ShiftModel(instance) { relaxation[$0] != nil || incumbent.contains($0) || part.workers.contains($0.worker) }
        } else {
            current = roster.filter { part.workers.contains($0.worker) }
            model = try ShiftModel(instance.neighbourhood(of: part.workers, in: roster))
        }
        guard let start = model.values(of: current) else { return (0, true) }
        try model.fix(start, outside: part.days)
        let left = timeLimit - (clock.now - began).inSeconds
        guard left > 0.01 else { return (0, false) }
        var parameters = SolveOptions()
        parameters.timeLimit = left
        parameters.integralObjective = true
        parameters.warmStart = start
        // The relaxation part is a model of the whole roster: cuts pay for themselves there.
        parameters.gomoryCuts = part.withinRelaxation
        parameters.mirCuts = part.withinRelaxation
        parameters.cliqueCuts = part.withinRelaxation
        let solution = try model.problem.solve(parameters)
        let finished = solution.status == .optimal
        guard solution.status.hasSolution else { return (0, finished) }
        let before = try model.objective(of: start), after = try model.objective(of: solution.values)
        guard after <= before + 0.5 else { return (0, finished) }
        let kept = part.withinRelaxation ? [] : roster.filter { !part.workers.contains($0.worker) }
        roster = (kept + model.assignments(from: solution.values)).sorted()
        return (max(0, (before - after).rounded()), finished)
    }
}
