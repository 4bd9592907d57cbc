import DutyCheck
import DutyCore
import DutyIO
import Foundation
import Testing
@testable import DutyWorkflow

/// The workflow every front end calls: pins checked, solved, checked, reported in one value.
@Suite struct RosterWorkflowTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../datasets/example").standardizedFileURL.path
    static let month = Month("2025-10")!

    @Test("the shipped month is solved to its optimum, checked, and reported with the checker's numbers")
    func example() throws {
        let dataset = try DatasetReader.read(directory: Self.example, month: Self.month)
        let solved = try RosterWorkflow.solve(dataset, month: Self.month, options: .init(budget: TimeBudget(seconds: 30), relativeGap: 0))
        #expect(solved.solver.status == .optimal)
        #expect(solved.report.isValid)
        let recheck = RosterChecker(dataset: dataset, month: Self.month).check(solved.document.assignments)
        #expect(recheck.objective.total == solved.document.objective.total)
        #expect(solved.document.uncovered == recheck.shortfalls)
        #expect(solved.coverage.covered == solved.document.assignments.count)
        #expect(solved.coverage.missingByArea.map(\.area) == ["canteen", "gate", "grounds"])
        #expect(solved.coverage.missingByArea.reduce(0) { $0 + $1.missing } == solved.coverage.missing)
    }

    @Test("a pin on a leave day is a contradiction naming the pin's and the leave's rows")
    func pinOnLeave() throws {
        var dataset = try DatasetReader.read(directory: Self.example, month: Self.month)
        let leave = try #require(dataset.leave.first)
        let post = try #require(dataset.staff.first { $0.id == leave.staff }?.skills.first)
        dataset.pins = [Assignment(date: leave.from, post: post, staff: leave.staff, source: SourceReference(file: "pinned.csv", line: 2))]
        #expect {
            try RosterWorkflow.solve(dataset, month: Self.month, options: .init(budget: TimeBudget(seconds: 5), relativeGap: 0))
        } throws: { error in
            guard case .contradictoryPins(let found) = error as? RosterFailure else { return false }
            let rows = found.flatMap(\.rows).map(\.description)
            return rows.contains("pinned.csv:2") && rows.contains { $0.hasSuffix("leave.csv:\(leave.source?.line ?? 0)") }
                && (error as? RosterFailure)?.isInternal == false
        }
    }

    @Test("coverage lists every area, also those with nothing missing")
    func coverageAreas() throws {
        let dataset = try DatasetReader.read(directory: Self.example, month: Self.month)
        let gate = try #require(dataset.posts.first { $0.area == "gate" })
        let coverage = Coverage(dataset: dataset, month: Self.month,
                                shortfalls: [Shortfall(date: Self.month.firstDay, post: gate.id, missing: 2)])
        #expect(coverage.missingByArea == [AreaShortfall(area: "canteen", missing: 0), AreaShortfall(area: "gate", missing: 2),
                                           AreaShortfall(area: "grounds", missing: 0)])
        #expect(coverage.covered == coverage.demanded - 2)
    }

    @Test("a term's score is the mean of its months', every month appraised from its own roster")
    func term() throws {
        let input = try AppraisalReader.read(directory: Self.example)
        let dataset = try DatasetReader.read(directory: Self.example, month: Self.month)
        let roster = try RosterWorkflow.solve(dataset, month: Self.month, options: .init(budget: TimeBudget(seconds: 30), relativeGap: 0))
            .document.assignments
        let october = AppraisalWorkflow.month(input, month: Self.month, roster: roster)
        let november = try #require(Month("2025-11"))
        let term = try AppraisalWorkflow.term(input, from: Self.month, to: november) { $0 == Self.month ? roster : [] }
        let alone = AppraisalWorkflow.month(input, month: november, roster: [])
        #expect(term.period == "2025-10..2025-11")
        for person in term.people {
            let first = try #require(october.people.first { $0.staff.id == person.staff.id })
            let second = try #require(alone.people.first { $0.staff.id == person.staff.id })
            #expect(abs(person.score - (first.score + second.score) / 2) < 1e-9, "\(person.staff.id)")
        }
    }
}
