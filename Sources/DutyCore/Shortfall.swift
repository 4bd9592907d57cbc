/// One date and post with fewer people than demanded.
public struct Shortfall: Hashable, Sendable {
    public let date: LocalDate
    public let post: Post.ID
    public let missing: Int
    public init(date: LocalDate, post: Post.ID, missing: Int) {
        self.date = date
        self.post = post
        self.missing = missing
    }
}
