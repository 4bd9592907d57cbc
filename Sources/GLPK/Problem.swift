internal import CGLPK

/// A GLPK problem object (`glp_prob`) and the only owner of its memory.
///
/// Rows and columns are addressed by 0-based ``Row`` and ``Column`` handles;
/// GLPK's 1-based numbering never leaves this module. Every argument is checked
/// before it reaches GLPK, because GLPK aborts the process on misuse; a bad
/// argument throws ``GLPKError`` and leaves the problem unchanged.
///
/// Names must be 1 to 255 characters, start with a letter or `_`, and use only
/// ASCII letters, digits, `_` and `.`, so that they survive the CPLEX LP and
/// MPS formats unchanged.
///
/// Not `Sendable`: a GLPK problem object must not be shared between threads.
/// Use one problem per task.
public final class Problem {
    let handle: OpaquePointer
    private var columnNames: [String] = []
    private var rowNames: [String] = []
    private var columnIndex: [String: Column] = [:]
    private var rowIndex: [String: Row] = [:]
    private(set) var columnKinds: [ColumnKind] = []
    private(set) var columnBounds: [Bounds] = []

    /// Creates an empty minimisation problem.
    public init(name: String) throws(GLPKError) {
        try Problem.validate(name: name, what: "problem name")
        handle = glp_create_prob()
        glp_set_prob_name(handle, name)
        glp_set_obj_dir(handle, GLP_MIN)
    }

    deinit { glp_delete_prob(handle) }

    /// Number of columns added so far.
    public var columnCount: Int { columnNames.count }
    /// Number of rows added so far.
    public var rowCount: Int { rowNames.count }
    /// Number of nonzero constraint coefficients.
    public var nonzeroCount: Int { Int(glp_get_num_nz(handle)) }

    /// The name a column was created with.
    public func name(of column: Column) -> String { columnNames[column.index] }
    /// The name a row was created with.
    public func name(of row: Row) -> String { rowNames[row.index] }
    /// The column at a 0-based position, for code that keeps positions rather than handles.
    public func column(at index: Int) throws(GLPKError) -> Column {
        guard index >= 0, index < columnCount else {
            throw GLPKError(.invalidIndex, "column index \(index) is out of range; expected 0..<\(columnCount)")
        }
        return Column(index: index)
    }
    /// The column with this name, if any.
    public func column(named name: String) -> Column? { columnIndex[name] }
    /// The row with this name, if any.
    public func row(named name: String) -> Row? { rowIndex[name] }

    /// Whether the objective is maximised instead of minimised.
    public var maximize: Bool {
        get { glp_get_obj_dir(handle) == GLP_MAX }
        set { glp_set_obj_dir(handle, newValue ? GLP_MAX : GLP_MIN) }
    }

    /// The constant term of the objective.
    public var objectiveConstant: Double { glp_get_obj_coef(handle, 0) }

    /// Sets the constant term of the objective.
    public func setObjectiveConstant(_ value: Double) throws(GLPKError) {
        try Problem.validate(coefficient: value, what: "objective constant")
        glp_set_obj_coef(handle, 0, value)
    }

    /// Adds a column with its kind, bounds and objective coefficient, and its coefficients in
    /// rows that already exist (`terms`, each row at most once; column generation adds columns
    /// to a solved problem this way).
    @discardableResult
    public func addColumn(named name: String, kind: ColumnKind, bounds: Bounds, objective: Double = 0,
                          terms: [(Row, Double)] = []) throws(GLPKError) -> Column {
        try Problem.validate(name: name, what: "column name")
        guard columnIndex[name] == nil else {
            throw GLPKError(.duplicateName, "column name \"\(name)\" is already used by column \(columnIndex[name]!.index); expected a unique name")
        }
        try Problem.validate(bounds, ofColumnNamed: name, kind: kind)
        try Problem.validate(coefficient: objective, what: "objective coefficient of column \"\(name)\"")
        try Problem.validate(terms: terms.map { ($0.0.index, $0.1) }, of: "column \"\(name)\"", over: rowNames, noun: "row")
        let number = glp_add_cols(handle, 1)
        glp_set_col_name(handle, number, name)
        glp_set_col_kind(handle, number, kind == .continuous ? GLP_CV : GLP_IV)
        Problem.apply(bounds) { glp_set_col_bnds(handle, number, $0, $1, $2) }
        glp_set_obj_coef(handle, number, objective)
        if !terms.isEmpty {
            var indices: [Int32] = [0] + terms.map { $0.0.glpk }
            var values: [Double] = [0] + terms.map { $0.1 }
            glp_set_mat_col(handle, number, Int32(terms.count), &indices, &values)
        }
        let column = Column(index: columnNames.count)
        columnNames.append(name)
        columnIndex[name] = column
        columnKinds.append(kind)
        columnBounds.append(kind == .binary ? Bounds.range(max(0, bounds.interval.0), min(1, bounds.interval.1)) : bounds)
        return column
    }

    /// Adds a row `bounds ∋ Σ coefficient × column`.
    ///
    /// Terms must name existing columns, each at most once, with finite coefficients.
    @discardableResult
    public func addRow(named name: String, terms: [(Column, Double)], bounds: Bounds) throws(GLPKError) -> Row {
        try Problem.validate(name: name, what: "row name")
        guard rowIndex[name] == nil else {
            throw GLPKError(.duplicateName, "row name \"\(name)\" is already used by row \(rowIndex[name]!.index); expected a unique name")
        }
        try bounds.validate("row \"\(name)\"")
        try Problem.validate(terms: terms.map { ($0.0.index, $0.1) }, of: "row \"\(name)\"", over: columnNames, noun: "column")
        let number = glp_add_rows(handle, 1)
        glp_set_row_name(handle, number, name)
        Problem.apply(bounds) { glp_set_row_bnds(handle, number, $0, $1, $2) }
        if !terms.isEmpty {
            var indices: [Int32] = [0] + terms.map { $0.0.glpk }
            var values: [Double] = [0] + terms.map { $0.1 }
            glp_set_mat_row(handle, number, Int32(terms.count), &indices, &values)
        }
        let row = Row(index: rowNames.count)
        rowNames.append(name)
        rowIndex[name] = row
        return row
    }

    /// Changes the objective coefficient of a column.
    public func setObjective(_ coefficient: Double, for column: Column) throws(GLPKError) {
        try checkColumn(column)
        try Problem.validate(coefficient: coefficient, what: "objective coefficient of column \"\(columnNames[column.index])\"")
        glp_set_obj_coef(handle, column.glpk, coefficient)
    }

    /// The objective coefficient of a column.
    public func objective(of column: Column) throws(GLPKError) -> Double {
        try checkColumn(column)
        return glp_get_obj_coef(handle, column.glpk)
    }

    /// Changes the bounds of a column.
    public func setBounds(_ bounds: Bounds, for column: Column) throws(GLPKError) {
        try checkColumn(column)
        try Problem.validate(bounds, ofColumnNamed: columnNames[column.index], kind: columnKinds[column.index])
        Problem.apply(bounds) { glp_set_col_bnds(handle, column.glpk, $0, $1, $2) }
        columnBounds[column.index] = bounds
    }

    /// Changes the bounds of a row.
    public func setBounds(_ bounds: Bounds, for row: Row) throws(GLPKError) {
        guard row.index >= 0, row.index < rowCount else {
            throw GLPKError(.invalidIndex, "row index \(row.index) is out of range; expected 0..<\(rowCount)")
        }
        try bounds.validate("row \"\(rowNames[row.index])\"")
        Problem.apply(bounds) { glp_set_row_bnds(handle, row.glpk, $0, $1, $2) }
    }

    func checkColumn(_ column: Column) throws(GLPKError) {
        guard column.index >= 0, column.index < columnCount else {
            throw GLPKError(.invalidIndex, "column index \(column.index) is out of range; expected 0..<\(columnCount)")
        }
    }

    /// Bounds a column of `kind` may have: valid, within [0, 1] for a binary column, whole
    /// numbers (or infinite) for an integer or binary one.
    static func validate(_ bounds: Bounds, ofColumnNamed name: String, kind: ColumnKind) throws(GLPKError) {
        try bounds.validate("column \"\(name)\"")
        let (lower, upper) = bounds.interval
        if kind == .binary, lower < 0 || upper > 1 {
            throw GLPKError(.invalidBounds, "binary column \"\(name)\": bounds \(bounds) leave [0, 1]; expected bounds within [0, 1]")
        }
        if kind != .continuous, !(lower.rounded() == lower || lower.isInfinite) || !(upper.rounded() == upper || upper.isInfinite) {
            throw GLPKError(.invalidBounds, "integer column \"\(name)\": bounds \(bounds) are fractional; expected whole-number bounds")
        }
    }

    static func validate(name: String, what: String) throws(GLPKError) {
        let scalars = Array(name.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 255 else {
            throw GLPKError(.invalidName, "\(what) \"\(name)\" has \(scalars.count) characters; expected 1 to 255")
        }
        func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" }
        func isAllowed(_ s: Unicode.Scalar) -> Bool { isLetter(s) || (s >= "0" && s <= "9") || s == "." }
        guard isLetter(scalars[0]), scalars.allSatisfy(isAllowed) else {
            throw GLPKError(.invalidName, "\(what) \"\(name)\" is not LP-safe; expected a letter or _ followed by ASCII letters, digits, _ or .")
        }
    }

    /// Checks the terms of a new row (over columns) or column (over rows): every index names an
    /// existing one of `others`, none twice, and every coefficient is finite.
    static func validate(terms: [(index: Int, coefficient: Double)], of owner: String, over others: [String], noun: String) throws(GLPKError) {
        var seen = Set<Int>()
        for (index, coefficient) in terms {
            guard others.indices.contains(index) else {
                throw GLPKError(.invalidIndex, "\(owner): \(noun) index \(index) is out of range; expected 0..<\(others.count)")
            }
            guard seen.insert(index).inserted else {
                throw GLPKError(.duplicateColumnInRow, "\(owner): \(noun) \"\(others[index])\" appears twice; expected each \(noun) at most once")
            }
            try validate(coefficient: coefficient, what: "coefficient of \(noun) \"\(others[index])\" in \(owner)")
        }
    }

    /// `what` is only built for the message: models have a million coefficients.
    static func validate(coefficient: Double, what: @autoclosure () -> String) throws(GLPKError) {
        guard coefficient.isFinite else {
            throw GLPKError(.invalidCoefficient, "\(what()) is \(coefficient); expected a finite number")
        }
    }

    /// Translates bounds into GLPK's (type, lb, ub) triple.
    static func apply(_ bounds: Bounds, _ set: (Int32, Double, Double) -> Void) {
        switch bounds {
        case .free: set(GLP_FR, 0, 0)
        case .lower(let lower): set(GLP_LO, lower, 0)
        case .upper(let upper): set(GLP_UP, 0, upper)
        case .fixed(let value): set(GLP_FX, value, value)
        case .range(let lower, let upper):
            if lower == upper { set(GLP_FX, lower, upper) } else { set(GLP_DB, lower, upper) }
        }
    }
}

extension Bounds {
    /// The bounds as a closed interval, with infinities for open sides.
    var interval: (Double, Double) {
        switch self {
        case .free: (-.infinity, .infinity)
        case .lower(let lower): (lower, .infinity)
        case .upper(let upper): (-.infinity, upper)
        case .fixed(let value): (value, value)
        case .range(let lower, let upper): (lower, upper)
        }
    }
}

extension Problem {
    /// The bounds a column has now.
    public func bounds(of column: Column) throws(GLPKError) -> Bounds {
        try checkColumn(column)
        return columnBounds[column.index]
    }

    /// The upper bound of a column as a whole number (for integer columns with a finite upper bound).
    public func upperBound(of column: Column) throws(GLPKError) -> Int {
        try checkColumn(column)
        let upper = columnBounds[column.index].interval.1
        guard upper.isFinite else { throw GLPKError(.invalidBounds, "column \"\(name(of: column))\" has no finite upper bound; expected one") }
        return Int(upper)
    }
}
