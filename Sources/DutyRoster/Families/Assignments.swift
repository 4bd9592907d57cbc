import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// x[s,d,p] ∈ {0, 1} for every allowed (person, day, post): the person works that post that day.
    func addAssignmentColumns() throws {
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
    }
}
