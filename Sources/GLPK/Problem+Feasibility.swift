internal import CGLPK

extension Problem {
    /// The first bound, integrality or row that `values` breaks, described in
    /// words, or `nil` when `values` is a feasible point.
    ///
    /// GLPK's `glp_ios_heur_sol` checks integrality only, so a warm start is
    /// checked here before it is offered; otherwise an infeasible point could be
    /// reported as optimal.
    /// - Complexity: O(columns + nonzeros).
    public func firstViolation(in values: [Double], tolerance: Double = 1e-6) -> String? {
        guard values.count == columnCount else { return "\(values.count) values for \(columnCount) columns" }
        for (index, value) in values.enumerated() {
            let (lower, upper) = columnBounds[index].interval
            if value < lower - tolerance || value > upper + tolerance {
                return "column \(columnNames(index)) = \(value) is outside [\(lower), \(upper)]"
            }
            if columnKinds[index] != .continuous, abs(value - value.rounded()) > tolerance {
                return "integer column \(columnNames(index)) = \(value) is fractional"
            }
        }
        for (index, activity) in rowActivities(at: values).enumerated() {
            let number = Int32(index + 1)
            let type = glp_get_row_type(handle, number)
            let lower = type == GLP_LO || type == GLP_DB || type == GLP_FX ? glp_get_row_lb(handle, number) : -Double.infinity
            let upper = type == GLP_UP || type == GLP_DB || type == GLP_FX ? glp_get_row_ub(handle, number) : Double.infinity
            if activity < lower - tolerance || activity > upper + tolerance {
                return "row \(name(of: Row(index: Int(number) - 1))) = \(activity) is outside [\(lower), \(upper)]"
            }
        }
        return nil
    }

    private func columnNames(_ index: Int) -> String { name(of: Column(index: index)) }
}
