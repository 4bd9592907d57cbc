internal import CGLPK

extension Problem {
    /// A file format GLPK reads and writes.
    public enum FileFormat: Sendable {
        /// CPLEX LP format.
        case cplexLP
        /// Free MPS format.
        case freeMPS
    }

    /// Writes the problem to `path` in the given format.
    public func write(to path: String, format: FileFormat) throws(GLPKError) {
        guard !path.isEmpty else { throw GLPKError(.fileError, "empty output path; expected a file path") }
        let result = withTerminal(nil) { () -> Int32 in
            switch format {
            case .cplexLP: glp_write_lp(handle, nil, path)
            case .freeMPS: glp_write_mps(handle, GLP_MPS_FILE, nil, path)
            }
        }
        guard result == 0 else { throw GLPKError(.fileError, "could not write \(path); expected a writable path") }
    }

    /// Reads a problem written in the given format, keeping its names, kinds and bounds.
    public static func read(from path: String, format: FileFormat) throws(GLPKError) -> Problem {
        let scratch = glp_create_prob()
        defer { glp_delete_prob(scratch) }
        let previous = glp_term_out(GLP_OFF)
        let result: Int32 = switch format {
        case .cplexLP: glp_read_lp(scratch, nil, path)
        case .freeMPS: glp_read_mps(scratch, GLP_MPS_FILE, nil, path)
        }
        glp_term_out(previous)
        guard result == 0 else { throw GLPKError(.fileError, "could not read \(path) as \(format); expected a readable, well-formed file") }

        let problem = try Problem(name: glp_get_prob_name(scratch).map { String(cString: $0) } ?? "problem")
        problem.maximize = glp_get_obj_dir(scratch) == GLP_MAX
        try problem.setObjectiveConstant(glp_get_obj_coef(scratch, 0))
        let columns = Int(glp_get_num_cols(scratch)), rows = Int(glp_get_num_rows(scratch))
        for number in stride(from: 1, through: Int32(columns), by: 1) {
            let name = glp_get_col_name(scratch, number).map { String(cString: $0) } ?? "x\(number)"
            let isBinary = glp_get_col_kind(scratch, number) == GLP_BV
            let kind: ColumnKind = isBinary ? .binary : glp_get_col_kind(scratch, number) == GLP_IV ? .integer : .continuous
            let bounds = Problem.bounds(glp_get_col_type(scratch, number), glp_get_col_lb(scratch, number), glp_get_col_ub(scratch, number))
            try problem.addColumn(named: name, kind: kind, bounds: bounds, objective: glp_get_obj_coef(scratch, number))
        }
        for number in stride(from: 1, through: Int32(rows), by: 1) {
            let name = glp_get_row_name(scratch, number).map { String(cString: $0) } ?? "r\(number)"
            let length = Int(glp_get_mat_row(scratch, number, nil, nil))
            var indices = [Int32](repeating: 0, count: length + 1)
            var values = [Double](repeating: 0, count: length + 1)
            _ = glp_get_mat_row(scratch, number, &indices, &values)
            let terms = (0..<length).map { (Column(index: Int(indices[$0 + 1]) - 1), values[$0 + 1]) }
            let bounds = Problem.bounds(glp_get_row_type(scratch, number), glp_get_row_lb(scratch, number), glp_get_row_ub(scratch, number))
            try problem.addRow(named: name, terms: terms, bounds: bounds)
        }
        return problem
    }

    private static func bounds(_ type: Int32, _ lower: Double, _ upper: Double) -> Bounds {
        switch type {
        case GLP_LO: .lower(lower)
        case GLP_UP: .upper(upper)
        case GLP_DB: .range(lower, upper)
        case GLP_FX: .fixed(lower)
        default: .free
        }
    }
}
