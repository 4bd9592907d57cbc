import DutyCore
import DutyModelParts
import GLPK

/// The month's roster as a mixed-integer program, built through the GLPK wrapper.
///
/// One binary column `x[s,d,p]` exists per person, day and post that is
/// allowed at all (skill, not on leave, demand > 0, not the day after a night
/// in history), so forbidden assignments are never variables. Every hard rule
/// is a family of named rows; every objective term is a family of columns
/// whose objective coefficients carry the term's weight. The families live in
/// `Families/`, grouped by concern, each with its mathematics in its doc comment.
public final class RosterModel {
    /// The program GLPK solves; `duty export-model` writes exactly this.
    public let problem: Problem
    let instance: RosterInstance
    /// x[s,d,p]: the columns that exist, by person, day and post.
    private(set) var grid: AssignmentGrid
    /// Columns that carry objective cost, with the term they belong to.
    private(set) var objectiveTerms: [Column: ObjectiveTerm] = [:]
    /// Columns that decide the most at once (the spread levels), for GLPK to branch on first.
    private(set) var branchFirst: [Column] = []
    /// Recomputes the value of every auxiliary column from a roster's x values, in family order.
    private(set) var derivations: [(inout [Double]) -> Void] = []

    /// Builds the model of `month` for `dataset`; with `published`, the model of repairing that
    /// roster from its `from` date: earlier days are constants, and changes cost.
    /// - Throws: ``PinConflict`` for a pin that no roster can contain; ``GLPKError`` only on an
    ///   internal naming clash (data problems are caught by the reader).
    public init(dataset: Dataset, month: Month, published: PublishedMonth? = nil) throws {
        instance = RosterInstance(dataset: dataset, month: month, published: published)
        problem = try Problem(name: "duty_roster_\(month.year)_\(month.month)")
        grid = AssignmentGrid(people: instance.staffCount, days: instance.dayCount)
        grid = try addAssignmentColumns()
        // Families that only add rows read the grid; the others return their counts, costs,
        // derivations and branching columns, and the families after them take what they need.
        let shifts = try addShiftCounts()
        let coverage = try addCoverage()
        try addOneShiftPerDay()
        let nights = try addMaxNights()
        try addRestAfterNight()
        try addMaxConsecutiveDays()
        try addPinned()
        let requests = try addRequests()
        let frozen = try addFrozenDays()
        let minShifts = try addMinShifts(shifts: shifts.columns)
        let fairness = try addFairness(shifts: shifts.columns)
        let nightFairness = try addNightFairness(nights: nights.columns)
        let changes = try addChanges()
        try addSymmetryBreaking(shifts: shifts.columns)
        let all = FamilyAdditions.joined([shifts.additions, coverage, nights.additions, requests, frozen, minShifts, fairness, nightFairness, changes])
        objectiveTerms = Dictionary(all.costs.map { ($0.column, $0.term) }) { first, _ in first }
        derivations = all.derivations
        // The night spread's two integers settle a whole term: decided before the ratio levels.
        branchFirst = nightFairness.branchFirst + fairness.branchFirst
    }

    /// Number of columns, rows and nonzeros, for reports.
    public var size: ModelSize { ModelSize(columns: problem.columnCount, rows: problem.rowCount, nonzeros: problem.nonzeroCount) }

    /// The roster that a solution's values describe, frozen days included.
    public func assignments(from values: [Double]) -> [Assignment] {
        (instance.frozenAssignments + grid.chosen(in: values).map {
            Assignment(date: instance.days[$0.day], post: instance.posts[$0.shift].id, staff: instance.staff[$0.person].id)
        }).sorted()
    }

    /// The full column vector of a roster: its x values and the auxiliary
    /// columns at their least cost. Used as a warm start and to report the
    /// objective of a solution exactly. Assignments on frozen days are constants, not columns: skipped.
    /// - Returns: `nil` if the roster uses an assignment that is not a column.
    public func values(of roster: [Assignment]) -> [Double]? {
        var values = Array(repeating: 0.0, count: problem.columnCount)
        let staffIndex = instance.staffIndex
        let postIndex = instance.postIndex
        for assignment in roster where !(instance.month.contains(assignment.date) && assignment.date.day - 1 < instance.firstFreeDay) {
            guard let s = staffIndex[assignment.staff], let p = postIndex[assignment.post], instance.month.contains(assignment.date),
                  let column = grid.column(s, assignment.date.day - 1, p) else { return nil }
            values[column.index] = 1
        }
        for derive in derivations { derive(&values) }
        return values
    }

    /// The objective of a column vector, term by term.
    public func objective(of values: [Double]) throws -> ObjectiveBreakdown {
        var breakdown = ObjectiveBreakdown()
        if instance.published != nil { breakdown[.changes] = 0 }
        for (column, term) in objectiveTerms.sorted(by: { $0.key < $1.key }) {
            breakdown[term] += try problem.objective(of: column) * values[column.index]
        }
        return breakdown
    }

    /// All x columns of person s on day d.
    func columns(_ s: Int, _ d: Int) -> [Column] { grid.columns(s, d) }

    /// x columns of person s on day d for night posts only.
    func nightColumns(_ s: Int, _ d: Int) -> [Column] { grid.columns(s, d) { instance.posts[$0].night } }
}

extension RosterModel {
    /// Dates and posts left uncovered in a column vector (frozen days as published).
    func uncovered(in values: [Double]) -> [Shortfall] {
        var result: [Shortfall] = []
        for d in 0..<instance.dayCount {
            for p in 0..<instance.postCount where instance.demand[d][p] > 0 {
                let assigned = (0..<instance.staffCount).filter { s in
                    d < instance.firstFreeDay ? instance.frozenPosts[s][d].contains(p) : grid.column(s, d, p).map { values[$0.index] > 0.5 } ?? false
                }.count
                let missing = instance.demand[d][p] - assigned
                if missing > 0 { result.append(Shortfall(date: instance.days[d], post: instance.posts[p].id, missing: missing)) }
            }
        }
        return result
    }
}
