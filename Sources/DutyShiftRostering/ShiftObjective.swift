import DutyCore

/// The objective of a general roster, term by term (whole numbers: every weight is one).
public struct ShiftObjective: Hashable, Sendable {
    public var terms: [ShiftObjectiveTerm: Int] = [:]
    public init() {}
    public subscript(term: ShiftObjectiveTerm) -> Int {
        get { terms[term] ?? 0 }
        set { terms[term] = newValue }
    }
    public var total: Int { ShiftObjectiveTerm.allCases.reduce(0) { $0 + self[$1] } }
}
