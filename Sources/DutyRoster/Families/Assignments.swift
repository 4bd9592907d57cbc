import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// x[s,d,p] ∈ {0, 1} for every allowed (person, day, post): the person works that post that day.
    /// - Returns: the grid of those columns.
    func addAssignmentColumns() throws -> AssignmentGrid {
        var grid = AssignmentGrid(people: instance.staffCount, days: instance.dayCount)
        for s in 0..<instance.staffCount {
            for d in 0..<instance.dayCount {
                for p in 0..<instance.postCount where instance.eligible[s][d][p] {
                    let column = try problem.addColumn(
                        named: "x_\(instance.staffTokens[s])_\(instance.dayToken(d))_\(instance.postTokens[p])",
                        kind: .binary, bounds: .range(0, 1))
                    grid.add(column, person: s, day: d, shift: p)
                }
            }
        }
        return grid
    }
}
