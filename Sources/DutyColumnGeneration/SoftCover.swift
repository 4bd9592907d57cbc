import DutyCore
import DutyModelParts
import DutyShiftRostering
import GLPK

extension ShiftProblem {
    /// The cover lines that cost something when missed or exceeded, each with the index of its
    /// shift type: the lines both ``ShiftModel`` and ``PatternMaster`` give a soft cover row.
    func pricedCover() -> [(cover: Cover, shift: Int)] {
        let shiftIndex = Dictionary(uniqueKeysWithValues: shiftTypes.enumerated().map { ($1.id, $0) })
        return cover.compactMap { line in
            guard line.underWeight > 0 || line.overWeight > 0, let t = shiftIndex[line.shift] else { return nil }
            return (line, t)
        }
    }
}

extension Problem {
    /// A soft cover row `staffing + under − over = requirement`, with under, over ≥ 0 priced at
    /// the line's weights (at the optimum they are exactly the people missing and in excess),
    /// named `cover_`, `under_` and `over_` + `name`.
    func addSoftCover(_ cover: ShiftProblem.Cover, named name: String, staffing: [(Column, Double)])
        throws -> (row: Row, under: Column, over: Column) {
        let under = try addColumn(named: "under_\(name)", kind: .continuous, bounds: .lower(0), objective: Double(cover.underWeight))
        let over = try addColumn(named: "over_\(name)", kind: .continuous, bounds: .lower(0), objective: Double(cover.overWeight))
        let row = try addRow(named: "cover_\(name)", terms: staffing + [(under, 1), (over, -1)], bounds: .fixed(Double(cover.requirement)))
        return (row, under, over)
    }
}
