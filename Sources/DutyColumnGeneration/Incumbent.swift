import DutyCore
import DutyModelParts
import DutyShiftRostering

/// The best roster found so far and the best proven lower bound, shared by the steps of
/// ``ShiftSolver``. Objectives are the model's, recomputed from the roster alone.
struct Incumbent {
    let model: ShiftModel
    private(set) var roster: [ShiftAssignment]?
    private(set) var values: [Double]?
    private(set) var objective = Double.infinity
    private(set) var bound: Double?

    init(model: ShiftModel) { self.model = model }

    /// Keeps `roster` if it is valid for the model and better than the incumbent.
    mutating func offer(_ candidate: [ShiftAssignment]) throws {
        guard let candidateValues = model.values(of: candidate) else { return }
        let value = try model.objective(of: candidateValues)
        guard value < objective - 1e-9 else { return }
        roster = candidate
        values = candidateValues
        objective = value
    }

    /// Keeps the larger of the two lower bounds.
    mutating func raiseBound(_ candidate: Double?) {
        guard let candidate, candidate.isFinite else { return }
        bound = max(bound ?? candidate, candidate)
    }

    /// The bound rounded up: every roster's objective is a whole number.
    var wholeBound: Double? { bound.map { ($0 - 1e-6).rounded(.up) } }

    /// How far the incumbent is above the whole bound, as a fraction of the incumbent; `nil`
    /// without a roster or a bound.
    var gap: Double? {
        guard roster != nil, objective > 0, let wholeBound else { return nil }
        return max(0, objective - wholeBound) / objective
    }

    /// Whether the bound proves the incumbent optimal.
    var isProven: Bool {
        guard roster != nil, let wholeBound else { return false }
        return wholeBound >= objective - 1e-6
    }
}
