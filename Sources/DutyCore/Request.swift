/// A wish for a day: to work (a given post, or any) or to be off (a given post, or entirely).
public struct Request: Hashable, Sendable {
    public enum Kind: String, Sendable { case on, off }
    public let staff: Staff.ID
    public let date: LocalDate
    /// `nil` means any post.
    public let post: Post.ID?
    public let kind: Kind
    public let weight: Double
    public let source: SourceReference?
    public init(staff: Staff.ID, date: LocalDate, post: Post.ID?, kind: Kind, weight: Double, source: SourceReference? = nil) {
        self.staff = staff
        self.date = date
        self.post = post
        self.kind = kind
        self.weight = weight
        self.source = source
    }

}
