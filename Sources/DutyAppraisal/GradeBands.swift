import DutyCore

/// Turns scores into grade bands: the first band whose min ≤ score, fail on a veto, and the
/// quota — at most ⌊quota × number appraised⌋ people keep a band with a quota; the rest move
/// to the next band.
enum GradeBands {
    struct Candidate {
        let id: Staff.ID
        let score: Double
        let deductions: Int
        let vetoed: Bool
    }

    /// Where one candidate ends: the band after veto and quota, the band the score alone gives,
    /// and the 1-based rank.
    struct Placement {
        let grade: Rubric.Grade
        let byScore: Rubric.Grade
        let rank: Int
    }

    /// The placement of every candidate, by id.
    /// Ranking: higher score, then fewer deduction records, then id; the vetoed rank last.
    static func assign(_ candidates: [Candidate], grades: [Rubric.Grade]) -> [Staff.ID: Placement] {
        let ranked = candidates.sorted { ($1.score, $0.deductions, $0.id.rawValue) < ($0.score, $1.deductions, $1.id.rawValue) }
        let failing = grades.last!
        var band: [Staff.ID: Int] = [:], byScore: [Staff.ID: Int] = [:]
        for candidate in ranked {
            byScore[candidate.id] = grades.firstIndex { $0.min <= candidate.score } ?? grades.count - 1
            band[candidate.id] = candidate.vetoed ? grades.count - 1 : byScore[candidate.id]
        }
        for (index, grade) in grades.enumerated() where index < grades.count - 1 {
            guard let quota = grade.quota else { continue }
            let allowed = Int((quota * Double(candidates.count) + 1e-9).rounded(.down))
            let holders = ranked.filter { band[$0.id] == index }
            for candidate in holders.dropFirst(allowed) { band[candidate.id] = index + 1 }
        }
        // Ranks: everyone who passed without a veto first, the vetoed after them (shown apart).
        let placed = ranked.filter { !$0.vetoed } + ranked.filter(\.vetoed)
        var result: [Staff.ID: Placement] = [:]
        for (position, candidate) in placed.enumerated() {
            result[candidate.id] = Placement(grade: candidate.vetoed ? failing : grades[band[candidate.id]!],
                                             byScore: grades[byScore[candidate.id]!], rank: position + 1)
        }
        return result
    }
}
