import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// The frozen days' share of the objective when a published month is repaired: their
    /// shortfall (Σ priority_p × max(0, demand[d,p] − frozen on p), a frozen day assigned beyond
    /// today's demand covering it) and the requests their assignments leave unhonoured. Both are
    /// constants, each carried by one column fixed at 1 whose cost is the constant, so that they
    /// stay in the exported model (GLPK's LP writer drops objective constants).
    ///
    /// Their shifts and nights are the offsets of ``addShiftCounts()`` and ``addMaxNights()``.
    func addFrozenDays() throws -> FamilyAdditions {
        var additions = FamilyAdditions()
        guard instance.firstFreeDay > 0 else { return additions }
        var shortfall = 0.0, requests = 0.0
        for d in 0..<instance.firstFreeDay {
            for p in 0..<instance.postCount {
                let assigned = (0..<instance.staffCount).reduce(0) { count, s in count + instance.frozenPosts[s][d].filter { $0 == p }.count }
                shortfall += instance.posts[p].priority * Double(max(0, instance.demand[d][p] - assigned))
            }
        }
        for request in instance.dataset.requests where instance.month.contains(request.date) {
            guard let s = instance.staffIndex[request.staff], case let d = request.date.day - 1, d < instance.firstFreeDay else { continue }
            let worked = instance.frozenPosts[s][d].map { instance.posts[$0].id }
            let honoured = switch (request.kind, request.post) {
            case (.on, nil): !worked.isEmpty
            case (.on, let wanted?): worked.contains(wanted)
            case (.off, nil): worked.isEmpty
            case (.off, let unwanted?): !worked.contains(unwanted)
            }
            if !honoured { requests += request.weight }
        }
        for (name, term, cost) in [("frozen_shortfall", ObjectiveTerm.shortfall, shortfall), ("frozen_requests", .requests, requests)] where cost > 0 {
            let constant = try problem.addColumn(named: name, kind: .continuous, bounds: .fixed(1), objective: cost)
            additions.cost(constant, term)
            additions.derive { $0[constant.index] = 1 }
        }
        return additions
    }
}
