/// A category's capped subtotal of one person's points.
public struct CategorySubtotal: Hashable, Sendable {
    public let category: String
    public let points: Double
    public init(category: String, points: Double) {
        self.category = category
        self.points = points
    }
}
