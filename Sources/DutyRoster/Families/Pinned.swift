import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `pinned`: x[s,d,p] = 1 for every pin of the month on a day the model decides (frozen days
    /// stay as published). A pin without a column (on leave, say) is contradictory input,
    /// reported before the model is built.
    func addPinned() throws {
        let staffIndex = instance.staffIndex
        let postIndex = instance.postIndex
        for pin in Set(instance.dataset.pins).sorted() where instance.month.contains(pin.date) {
            guard let s = staffIndex[pin.staff], let p = postIndex[pin.post] else { continue }
            let d = pin.date.day - 1
            guard d >= instance.firstFreeDay else { continue }
            guard let column = grid.column(s, d, p) else {
                throw PinConflict(pin: pin, reason: "the person cannot work that post that day (leave, skill, zero demand or rest after a night in history)")
            }
            try problem.addRow(named: "\(HardRule.pinned.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(d))_\(instance.postTokens[p])",
                               terms: [(column, 1)], bounds: .fixed(1))
        }
    }
}
