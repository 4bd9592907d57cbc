/// One row of demand.csv: how many people a post needs on the selected days.
public struct DemandRule: Hashable, Sendable {
    public let post: Post.ID
    public let day: DaySelector
    public let count: Int
    public init(post: Post.ID, day: DaySelector, count: Int) {
        self.post = post
        self.day = day
        self.count = count
    }
}
