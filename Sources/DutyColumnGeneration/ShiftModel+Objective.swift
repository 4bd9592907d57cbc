import DutyCore
import DutyModelParts
import GLPK

extension ShiftModel {
    /// `shift_on_requests` and `shift_off_requests`: an on-request of weight ω costs ω − ω·x[w,d,t]
    /// (the constant goes to the objective's constant; a request for a shift the person cannot
    /// work is a pure constant); an off-request costs ω·x[w,d,t].
    func addRequests() throws {
        var constant = 0.0
        var coefficients: [Column: Double] = [:]
        let workerIndex = Dictionary(uniqueKeysWithValues: instance.workers.enumerated().map { ($1.id, $0) })
        let shiftIndex = Dictionary(uniqueKeysWithValues: instance.shiftTypes.enumerated().map { ($1.id, $0) })
        for request in instance.requests {
            guard let w = workerIndex[request.worker], let t = shiftIndex[request.shift] else { continue }
            let column = grid.column(w, request.day, t)
            let weight = Double(request.weight)
            switch request.kind {
            case .on:
                constant += weight
                if let column { coefficients[column, default: 0] -= weight }
            case .off:
                if let column { coefficients[column, default: 0] += weight }
            }
        }
        try problem.setObjectiveConstant(constant)
        for (column, coefficient) in coefficients.sorted(by: { $0.key < $1.key }) {
            try problem.setObjective(coefficient, for: column)
        }
    }

    /// `cover_under` and `cover_over`: Σ_w x[w,d,t] + u[d,t] − o[d,t] = requirement with
    /// u, o ≥ 0 priced at the under and over weights; at the optimum u and o are exactly the
    /// people missing and in excess.
    func addCover() throws {
        for (cover, t) in instance.pricedCover() {
            try checkDeadline()
            let staffed = instance.workers.indices.compactMap { w in grid.column(w, cover.day, t) }
            let (_, under, over) = try problem.addSoftCover(cover, named: "\(cover.day)_\(shiftTokens[t])", staffing: staffed.map { ($0, 1) })
            derivations.append { values in
                let count = staffed.reduce(0) { $0 + values[$1.index] }
                values[under.index] = max(0, Double(cover.requirement) - count)
                values[over.index] = max(0, count - Double(cover.requirement))
                return true
            }
        }
    }
}
