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

    /// The grade and 1-based rank of every candidate, by id.
    /// Ranking: higher score, then fewer deduction records, then id.
    static func assign(_ candidates: [Candidate], grades: [Rubric.Grade]) -> [Staff.ID: (grade: Rubric.Grade, rank: Int)] {
        let ranked = candidates.sorted { ($1.score, $0.deductions, $0.id.rawValue) < ($0.score, $1.deductions, $1.id.rawValue) }
        let failing = grades.last!
        var band: [Staff.ID: Int] = [:]
        for candidate in ranked {
            band[candidate.id] = candidate.vetoed ? grades.count - 1 : (grades.firstIndex { $0.min <= candidate.score } ?? grades.count - 1)
        }
        for (index, grade) in grades.enumerated() where index < grades.count - 1 {
            guard let quota = grade.quota else { continue }
            let allowed = Int((quota * Double(candidates.count) + 1e-9).rounded(.down))
            let holders = ranked.filter { band[$0.id] == index }
            for candidate in holders.dropFirst(allowed) { band[candidate.id] = index + 1 }
        }
        var result: [Staff.ID: (grade: Rubric.Grade, rank: Int)] = [:]
        for (position, candidate) in ranked.enumerated() {
            result[candidate.id] = (candidate.vetoed ? failing : grades[band[candidate.id]!], position + 1)
        }
        return result
    }
}
