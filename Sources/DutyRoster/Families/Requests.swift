import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// The `requests` term. An `on` request k of person s for day d (post p, or any post):
    ///
    ///     r_k + Σ_{p' wanted} x[s,d,p'] ≥ 1,   r_k ∈ [0, 1], cost weight_k × r_k.
    ///
    /// An `off` request costs weight_k × x directly (the wanted-off post, or all posts that day).
    /// A request that can never be honoured (an `on` with no column) gets r_k fixed at 1, so its
    /// cost stays visible in the exported model (GLPK's LP writer drops objective constants).
    /// Requests on frozen days are constants of ``addFrozenDays()``.
    func addRequests() throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        let staffIndex = instance.staffIndex
        var offCost: [Column: Double] = [:]
        for (k, request) in instance.dataset.requests.enumerated() where instance.month.contains(request.date) {
            guard let s = staffIndex[request.staff] else { continue }
            let d = request.date.day - 1
            guard d >= instance.firstFreeDay else { continue }
            let matching = grid.columns(s, d) { request.post == nil || instance.posts[$0].id == request.post }
            switch request.kind {
            case .on:
                let unmet = try problem.addColumn(named: "unmet_request_\(k + 1)", kind: .continuous,
                                                  bounds: matching.isEmpty ? .fixed(1) : .range(0, 1), objective: request.weight)
                additions.cost(unmet, .requests)
                guard !matching.isEmpty else { additions.derive { $0[unmet.index] = 1 }; continue }
                try problem.addRow(named: "request_on_\(k + 1)", terms: matching.map { ($0, 1) } + [(unmet, 1)], bounds: .lower(1))
                additions.derive { values in values[unmet.index] = matching.contains { values[$0.index] > 0.5 } ? 0 : 1 }
            case .off:
                for column in matching { offCost[column, default: 0] += request.weight }
            }
        }
        for (column, weight) in offCost.sorted(by: { $0.key < $1.key }) {
            try problem.setObjective(weight, for: column)
            additions.cost(column, .requests)
        }
        return additions
    }
}
