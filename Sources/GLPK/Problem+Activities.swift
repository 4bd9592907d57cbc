internal import CGLPK

extension Problem {
    /// The activity Σ a_ij x_j of every row at the point `values` (one value per column), by
    /// GLPK's own matrix: what the feasibility check and a hand-written solution file need.
    /// - Complexity: O(rows + nonzeros).
    func rowActivities(at values: [Double]) -> [Double] {
        var activities = [Double](repeating: 0, count: rowCount)
        var indices = [Int32](repeating: 0, count: columnCount + 1)
        var coefficients = [Double](repeating: 0, count: columnCount + 1)
        for number in stride(from: 1, through: Int32(rowCount), by: 1) {
            let length = Int(glp_get_mat_row(handle, number, &indices, &coefficients))
            var activity = 0.0
            for k in stride(from: 1, through: length, by: 1) { activity += coefficients[k] * values[Int(indices[k]) - 1] }
            activities[Int(number) - 1] = activity
        }
        return activities
    }
}
