/// The objective of a roster, term by term.
public struct ObjectiveBreakdown: Hashable, Sendable {
    public var terms: [ObjectiveTerm: Double]
    public init(terms: [ObjectiveTerm: Double] = [:]) { self.terms = terms }
    public subscript(term: ObjectiveTerm) -> Double {
        get { terms[term] ?? 0 }
        set { terms[term] = newValue }
    }
    /// The terms this objective reports: the five roster terms, and `changes` when it was
    /// counted against a published roster (even when it is 0).
    public var reported: [ObjectiveTerm] { ObjectiveTerm.rosterTerms + (terms[.changes] == nil ? [] : [.changes]) }
    /// The sum of the terms, added in catalogue order so that it is reproducible.
    public var total: Double { ObjectiveTerm.allCases.reduce(0) { $0 + self[$1] } }
}
