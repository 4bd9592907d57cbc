import DutyCore
import DutyModelParts
import GLPK

extension RosterModel {
    /// Improves a feasible column vector by fix-and-optimize: for each window of `window` days
    /// (one starting every `step` days from the first day the model decides), every assignment outside the window is fixed to its
    /// current value and GLPK re-solves the rest (a small MIP) from the current roster; a
    /// better roster replaces it. Each window's search stops after `nodes` tree nodes, so that
    /// the windows do the same work on any machine; `budget` is only the outer cap.
    ///
    /// A better first incumbent lets the full search prune far more; GLPK's own heuristics
    /// find one late on large months (benchmarks/README.md).
    /// - Returns: the best vector found within `budget` seconds (at least as good as `start`).
    func improvedByWindows(_ start: [Double], days window: Int, step: Int, nodes: Int, budget: Double, timer: GLPKCallTimer,
                           options base: SolveOptions) throws -> [Double] {
        let clock = ContinuousClock(), began = clock.now
        func left() -> Double { budget - (clock.now - began).inSeconds }
        var best = start
        var bestObjective = try objective(of: best).total
        let windows = stride(from: instance.firstFreeDay, to: instance.dayCount, by: max(1, step)).map { $0..<min($0 + window, instance.dayCount) }
        defer { try? releaseAssignments() }
        for days in windows where left() > 0.2 && base.shouldStop?() != true {
            for s in 0..<instance.staffCount {
                for d in 0..<instance.dayCount where !days.contains(d) {
                    for column in columns(s, d) { try problem.setBounds(.fixed(best[column.index].rounded()), for: column) }
                }
            }
            var options = base
            options.warmStart = best
            // A window's gap is not the month's: only the full search reports progress.
            options.progress = nil
            options.nodeLimit = nodes
            guard let limit = timer.limit(atMost: left()) else { break }
            let solution = try timer.solve(problem, options, limit: limit)
            try releaseAssignments()
            guard solution.status.hasSolution, let candidate = values(of: assignments(from: solution.values)) else { continue }
            let value = try objective(of: candidate).total
            if value < bestObjective - 1e-9 {
                best = candidate
                bestObjective = value
            }
        }
        return best
    }

    /// Frees every assignment column again (bounds [0, 1]).
    private func releaseAssignments() throws {
        for s in 0..<instance.staffCount {
            for d in 0..<instance.dayCount {
                for column in columns(s, d) { try problem.setBounds(.range(0, 1), for: column) }
            }
        }
    }
}
