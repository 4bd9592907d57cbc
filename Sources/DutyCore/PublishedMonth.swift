/// A published roster and the first date from which it is repaired (`duty replan`).
///
/// Days before ``from`` are frozen: their assignments stay exactly as published, whatever the
/// dataset says now, and count as history and toward the month's limits and terms. From
/// ``from`` on, the published roster is only what changes are counted against.
public struct PublishedMonth: Sendable {
    public let assignments: [Assignment]
    public let from: LocalDate

    public init(assignments: [Assignment], from: LocalDate) {
        self.assignments = assignments.sorted()
        self.from = from
    }

    /// The published assignments before ``from``, kept as they are.
    public var frozen: [Assignment] { assignments.filter { $0.date < from } }
    /// The published assignments from ``from`` on, which changes are counted against.
    public var repaired: [Assignment] { assignments.filter { $0.date >= from } }
}
