import DutyCore
import Foundation

extension AppraisalEngine {
    /// The appraisals of several months with their rosters, computed concurrently, in the given order,
    /// for a term: each month keeps its scores, subtotals, deductions and veto, but not its record
    /// trail (the term's trail lists the months; a year of records would not fit otherwise).
    public static func appraise(staff: [Staff], months: [(Month, [Assignment])], records: AppraisalRecords, rubric: Rubric) -> [Appraisal] {
        months.concurrentMap { month, roster in
            appraise(staff: staff, month: month, records: records, rubric: rubric, roster: roster).withoutTrails()
        }
    }

    /// A term or annual appraisal from monthly ones: each person's score is the mean of the
    /// monthly scores they have, with the same bands and quota, and fail if vetoed in any month.
    /// Category columns are the means of the monthly capped subtotals; the trail lists each month.
    public static func term(_ months: [Appraisal], staff: [Staff], rubric: Rubric, period: String) -> Appraisal {
        let people = staff.map { person -> PersonAppraisal in
            let monthly = months.compactMap { month in month.people.first { $0.staff.id == person.id }.map { (month.period, $0) } }
            let count = Double(max(monthly.count, 1))
            let score = monthly.reduce(0) { $0 + $1.1.score } / count
            var names = rubric.categories.map(\.name)
            for (_, appraisal) in monthly { for name in appraisal.subtotals.map(\.category) where !names.contains(name) { names.append(name) } }
            let subtotals = names.map { name in CategorySubtotal(category: name, points: monthly.reduce(0) { $0 + $1.1.subtotal(name) } / count) }
            let lines = monthly.map { period, appraisal in
                ScoreLine(source: .month, reference: period, category: "", points: appraisal.score / count, veto: appraisal.vetoed,
                          detail: .month(period: period, score: appraisal.score, grade: appraisal.grade.name, vetoed: appraisal.vetoed))
            }
            return PersonAppraisal(staff: person, lines: lines, subtotals: subtotals, score: score, vetoed: monthly.contains { $0.1.vetoed },
                                   deductions: monthly.reduce(0) { $0 + $1.1.deductions }, grade: rubric.grades.last!, rank: 0)
        }
        return ranked(period: period, people: people, rubric: rubric)
    }
}

extension Appraisal {
    /// The same appraisal with every person's record lines removed.
    func withoutTrails() -> Appraisal {
        Appraisal(period: period, rubric: rubric, people: people.map { person in
            PersonAppraisal(staff: person.staff, lines: [], subtotals: person.subtotals, score: person.score, vetoed: person.vetoed,
                            deductions: person.deductions, grade: person.grade, rank: person.rank)
        })
    }
}
