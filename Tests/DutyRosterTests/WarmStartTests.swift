import DutyCheck
import DutyCore
import DutyModelParts
@testable import DutyRoster
import DutyTesting
import GLPK
import Testing

/// The greedy roster, ordered for symmetry breaking, is a feasible point of the model, and
/// the model's objective of it equals the checker's.
@Suite struct WarmStartTests {
    @Test("the canonical greedy roster satisfies every row of the model", arguments: 0..<30)
    func greedyIsFeasible(seed: Int) throws {
        let (dataset, month) = SeededDatasets.make(seed: UInt64(seed) + 500, people: 4 + seed % 10)
        let model = try RosterModel(dataset: dataset, month: month)
        let roster = model.canonical(GreedyRoster(dataset: dataset, month: month).build())
        let values = try #require(model.values(of: roster))
        #expect(model.problem.firstViolation(in: values) == nil, "seed \(seed + 500)")
        let report = RosterChecker(dataset: dataset, month: month).check(roster)
        #expect(abs(try model.objective(of: values).total - report.objective.total) < 1e-6, "seed \(seed + 500)")
    }

    @Test("fix-and-optimize keeps the roster feasible, never worsens it, and frees every assignment again", arguments: 0..<6)
    func fixAndOptimize(seed: Int) throws {
        let (dataset, month) = SeededDatasets.make(seed: UInt64(seed) + 700, people: 6 + seed)
        let model = try RosterModel(dataset: dataset, month: month)
        let start = try #require(model.values(of: model.canonical(GreedyRoster(dataset: dataset, month: month).build())))
        let timer = GLPKCallTimer(deadline: .now + .seconds(10), buildSeconds: 0)
        let improved = try model.improvedByWindows(start, days: 5, step: 3, nodes: 300, budget: 10, timer: timer, options: SolveOptions())
        #expect(model.problem.firstViolation(in: improved) == nil, "seed \(seed + 700)")
        #expect(try model.objective(of: improved).total <= model.objective(of: start).total + 1e-9)
        let x = (0..<model.grid.people).flatMap { s in (0..<model.grid.days).flatMap { model.grid.columns(s, $0) } }
        #expect(try x.allSatisfy { try model.problem.bounds(of: $0) == .range(0, 1) })
    }

    @Test("interchangeable people are ordered by shift count")
    func symmetryClasses() throws {
        var b = DatasetBuilder(month: "2025-03")
        b.post("p")
        for id in ["a", "b", "c"] { b.person(id, skills: ["p"], maxShifts: 10) }
        b.person("d", skills: ["p"], maxShifts: 9)
        b.demandEveryDay("p", 1)
        let model = try RosterModel(dataset: b.dataset, month: b.month)
        #expect(model.instance.interchangeable == [[0, 1, 2]])
        let roster = [b.assignment("c", day: 1, post: "p"), b.assignment("c", day: 2, post: "p"), b.assignment("b", day: 3, post: "p")]
        let canonical = model.canonical(roster)
        #expect(canonical.filter { $0.staff == "a" }.count == 2 && canonical.filter { $0.staff == "b" }.count == 1)
        #expect(canonical.filter { $0.staff == "c" }.isEmpty)
    }
}
