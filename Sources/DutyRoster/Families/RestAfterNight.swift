import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// `rest-after-night` as a forbidden succession (`Shared/ForbiddenSuccession.swift`)
    /// from the night posts to every post: Σ_{night p} x[s,d,p] + Σ_p x[s,d+1,p] ≤ 1. The day
    /// after a night in history has no columns at all.
    func addRestAfterNight() throws {
        guard instance.dataset.rules.restAfterNight else { return }
        let posts = instance.posts.indices
        let succession = ForbiddenSuccession(first: Set(posts.filter { instance.posts[$0].night }), next: Set(posts))
        try grid.addRows(for: [succession], to: problem) { _, s, d in
            "\(HardRule.restAfterNight.modelName)_\(instance.staffTokens[s])_\(instance.dayToken(d + 1))"
        }
    }
}
