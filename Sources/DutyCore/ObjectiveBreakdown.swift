/// The objective of a roster, term by term.
public struct ObjectiveBreakdown: Hashable, Sendable {
    public var terms: [ObjectiveTerm: Double]
    public init(terms: [ObjectiveTerm: Double] = [:]) { self.terms = terms }
    public subscript(term: ObjectiveTerm) -> Double {
        get { terms[term] ?? 0 }
        set { terms[term] = newValue }
    }
    /// The sum of the terms, added in catalogue order so that it is reproducible.
    public var total: Double { ObjectiveTerm.allCases.reduce(0) { $0 + self[$1] } }
}
