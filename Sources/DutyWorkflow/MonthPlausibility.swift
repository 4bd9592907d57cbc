import DutyCore

/// Warnings about a month that reads without error but looks wrong, so that the office sees
/// them before the roster goes out. None changes the exit code; each names the file and line
/// that it comes from where there is one.
public enum MonthPlausibility {
    /// The warnings for the roster of `month`.
    public static func warnings(_ dataset: Dataset, month: Month) -> [InputWarning] {
        var warnings: [InputWarning] = []
        let demand = dataset.demand
        let demanded = dataset.posts.map { post in month.days.reduce(0) { $0 + demand.count(on: $1, post: post.id) } }
        if demanded.allSatisfy({ $0 == 0 }) {
            warnings.append(InputWarning(file: "demand.csv", line: 0, message: .noDemand(month)))
        }
        for (post, count) in zip(dataset.posts, demanded) where count > 0 && !dataset.staff.contains(where: { $0.skills.contains(post.id) }) {
            warnings.append(InputWarning(file: "demand.csv", line: 0, field: "post",
                                         message: .demandWithoutSkill(post: post.id.rawValue, personShifts: count, month)))
        }
        for person in dataset.staff where month.days.allSatisfy({ dataset.isOnLeave(person.id, on: $0) }) {
            let rows = dataset.leave.filter { $0.staff == person.id }.compactMap(\.source)
            warnings.append(InputWarning(file: rows.first?.file ?? "leave.csv", line: rows.first?.line ?? 0, field: "staff",
                                         message: .leaveAllMonth(staff: person.id.rawValue, name: person.name, month)))
        }
        let skills = Dictionary(dataset.staff.map { ($0.id, Set($0.skills)) }) { first, _ in first }
        for request in dataset.requests where request.kind == .on {
            guard let post = request.post, skills[request.staff]?.contains(post) == false else { continue }
            warnings.append(InputWarning(file: request.source?.file ?? "requests.csv", line: request.source?.line ?? 0, field: "post",
                                         message: .requestWithoutSkill(staff: request.staff.rawValue, post: post.rawValue, date: request.date)))
        }
        return warnings
    }
}
