import DutyCore

/// Scores the monthly appraisal (考核) of everyone in staff.csv from the month's records and
/// the planned roster, as the reference's "Appraisal semantics" define it. Independent of the scheduler.
public enum AppraisalEngine {
    /// The appraisal of `month`.
    /// - Parameters:
    ///   - roster: the month's planned roster (for extra shifts above the standard).
    /// - Complexity: O(records + roster + staff log staff).
    public static func appraise(staff: [Staff], month: Month, records: AppraisalRecords, rubric: Rubric, roster: [Assignment]) -> Appraisal {
        var lines: [Staff.ID: [ScoreLine]] = [:]
        for inspection in records.inspections where month.contains(inspection.date) {
            guard let item = rubric.items[inspection.item] else { continue }
            let points = item.veto ? 0 : inspection.points ?? item.points ?? 0
            lines[inspection.staff, default: []].append(ScoreLine(
                source: .inspection, reference: inspection.id, category: item.category, points: points, veto: item.veto,
                detail: .inspection(date: inspection.date, item: item.code, text: item.text, note: inspection.note)))
        }
        var absences: [Staff.ID: Int] = [:], extras: [Staff.ID: Int] = [:]
        for exception in records.attendance where month.contains(exception.date) {
            let reference = exception.source?.description ?? "attendance \(exception.date)"
            switch exception.status {
            case .absent:
                absences[exception.staff, default: 0] += 1
                lines[exception.staff, default: []].append(ScoreLine(source: .attendance, reference: reference, category: Rubric.attendanceCategory,
                                                                     points: rubric.absent, detail: .absent(date: exception.date, note: exception.note)))
            case .late:
                lines[exception.staff, default: []].append(ScoreLine(source: .attendance, reference: reference, category: Rubric.attendanceCategory,
                                                                     points: rubric.late, detail: .late(date: exception.date, note: exception.note)))
            case .extra:
                extras[exception.staff, default: 0] += 1
            }
        }
        let monthEnd = LocalDateTime.midnight(month.lastDay.adding(days: 1))
        for ticket in records.repairs where month.contains(ticket.reported.date) {
            guard ticket.isLate(asOf: monthEnd) else { continue }
            lines[ticket.staff, default: []].append(ScoreLine(source: .repair, reference: ticket.id, category: Rubric.repairCategory,
                                                              points: rubric.overdue,
                                                              detail: .repairLate(kind: ticket.kind, reported: ticket.reported, completed: ticket.completed, due: ticket.due, month: month)))
        }
        var rostered: [Staff.ID: Int] = [:]
        for assignment in roster where month.contains(assignment.date) { rostered[assignment.staff, default: 0] += 1 }
        for person in staff {
            let planned = rostered[person.id] ?? 0, absent = absences[person.id] ?? 0, extra = extras[person.id] ?? 0
            let worked = planned - absent + extra
            let above = worked - rubric.standardShifts
            guard above > 0, rubric.extraShiftBonus != 0 else { continue }
            lines[person.id, default: []].append(ScoreLine(
                source: .extraShifts, reference: "roster \(month)", category: Rubric.attendanceCategory, points: Double(above) * rubric.extraShiftBonus,
                detail: .extraShifts(worked: worked, rostered: planned, absent: absent, extra: extra, above: above, standard: rubric.standardShifts)))
        }
        let people = staff.map { score($0, lines: lines[$0.id] ?? [], rubric: rubric) }
        return ranked(period: month.description, people: people, rubric: rubric)
    }

    /// A person's capped subtotals and score from their lines, with cap and floor adjustments appended.
    static func score(_ person: Staff, lines records: [ScoreLine], rubric: Rubric) -> PersonAppraisal {
        var lines = records
        var subtotals: [CategorySubtotal] = []
        var names = rubric.categories.map(\.name)
        for line in records where !names.contains(line.category) { names.append(line.category) }
        for name in names {
            let category = rubric.categories.first { $0.name == name } ?? Rubric.Category(name: name, cap: nil, bonusCap: 0)
            let raw = records.filter { $0.category == name }.reduce(0) { $0 + $1.points }
            let capped = min(max(raw, -(category.cap ?? .infinity)), category.bonusCap)
            if capped != raw {
                lines.append(ScoreLine(source: .cap, reference: name, category: name, points: capped - raw,
                                       detail: raw < 0 ? .deductionsCapped(category.cap ?? 0) : .bonusCapped(category.bonusCap)))
            }
            subtotals.append(CategorySubtotal(category: name, points: capped))
        }
        let unfloored = rubric.base + subtotals.reduce(0) { $0 + $1.points }
        if unfloored < 0 { lines.append(ScoreLine(source: .floor, reference: "score", category: "", points: -unfloored, detail: .floored)) }
        return PersonAppraisal(staff: person, lines: lines, subtotals: subtotals, score: max(0, unfloored), vetoed: records.contains { $0.veto },
                               deductions: records.filter(\.isDeduction).count, grade: rubric.grades.last!, rank: 0)
    }

    /// Applies bands, veto and quota, and orders people by rank.
    static func ranked(period: String, people: [PersonAppraisal], rubric: Rubric) -> Appraisal {
        let bands = GradeBands.assign(people.map { .init(id: $0.staff.id, score: $0.score, deductions: $0.deductions, vetoed: $0.vetoed) },
                                      grades: rubric.grades)
        var result = people
        for index in result.indices {
            let band = bands[result[index].staff.id]!
            result[index].grade = band.grade
            result[index].scoreGrade = band.byScore
            result[index].rank = band.rank
        }
        return Appraisal(period: period, rubric: rubric, people: result.sorted { $0.rank < $1.rank })
    }
}
