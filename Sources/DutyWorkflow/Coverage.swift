import DutyCore

/// How much of a month's demand a roster covers: the figures of the summary, the shortage
/// benchmark and (later) the office's month overview.
public struct Coverage: Sendable {
    /// Person-shifts demanded over the month.
    public let demanded: Int
    /// Person-shifts missing, in all.
    public let missing: Int
    /// Missing person-shifts per area, every area of posts.csv listed, sorted by area.
    public let missingByArea: [AreaShortfall]

    /// Person-shifts covered.
    public var covered: Int { demanded - missing }

    /// The coverage of a roster of `month` whose uncovered demand is `shortfalls`.
    public init(dataset: Dataset, month: Month, shortfalls: [Shortfall]) {
        let demand = dataset.demand
        demanded = month.days.reduce(0) { total, date in total + dataset.posts.reduce(0) { $0 + demand.count(on: date, post: $1.id) } }
        missing = shortfalls.reduce(0) { $0 + $1.missing }
        let area = Dictionary(dataset.posts.map { ($0.id, $0.area) }) { first, _ in first }
        var byArea = Dictionary(dataset.posts.map { ($0.area, 0) }) { first, _ in first }
        for gap in shortfalls { byArea[area[gap.post] ?? "?", default: 0] += gap.missing }
        missingByArea = byArea.sorted { $0.key < $1.key }.map { AreaShortfall(area: $0.key, missing: $0.value) }
    }
}
