internal import CGLPK
import Foundation

extension Problem {
    /// Solves the problem: the LP relaxation with the simplex method, then,
    /// when there are integer columns, branch-and-cut.
    ///
    /// GLPK's MIP presolver is off unless ``SolveOptions/mipPresolve`` asks for it, so that
    /// the warm start and ``SolveOptions/branchFirst`` address the columns as they were added.
    /// - Throws: ``GLPKError`` for options GLPK would reject (a warm start of the
    ///   wrong length, a negative time limit or gap); never for the model itself.
    public func solve(_ options: SolveOptions = SolveOptions()) throws(GLPKError) -> Solution {
        try validate(options)
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let duration = clock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        func remainingMilliseconds() -> Int32 {
            guard let limit = options.timeLimit else { return Int32.max }
            return Problem.milliseconds(limit - elapsed())
        }

        return withTerminal(options.terminal) {
            guard columnCount > 0 else {
                return Solution(status: .optimal, objective: objectiveConstant, bound: objectiveConstant, gap: 0,
                                values: [], seconds: elapsed(), warmStartAccepted: false)
            }
            var simplex = glp_smcp()
            glp_init_smcp(&simplex)
            simplex.msg_lev = options.terminal == nil ? GLP_MSG_OFF : GLP_MSG_ERR
            simplex.presolve = options.presolve ? GLP_ON : GLP_OFF
            simplex.meth = options.dualSimplex ? GLP_DUALP : GLP_PRIMAL
            simplex.tm_lim = remainingMilliseconds()
            let lpReturn = glp_simplex(handle, &simplex)
            let lpStatus = glp_get_status(handle)
            let hasIntegers = columnKinds.contains { $0 != .continuous }

            var search: SearchContext? = nil
            func finished(_ status: SolveStatus, objective: Double?, bound: Double?, values: [Double], accepted: Bool = false) -> Solution {
                var gap: Double? = nil
                if let objective, let bound { gap = abs(objective - bound) / (abs(objective) + Double.ulpOfOne) }
                var solution = Solution(status: status, objective: objective, bound: bound, gap: gap, values: values,
                                        seconds: elapsed(), warmStartAccepted: accepted)
                solution.nodes = search?.nodes ?? 0
                return solution
            }

            if lpReturn == GLP_ENOPFS || lpStatus == GLP_NOFEAS { return finished(.infeasible, objective: nil, bound: nil, values: []) }
            if lpReturn == GLP_ENODFS || lpStatus == GLP_UNBND {
                // Without dual feasibility the LP is unbounded or infeasible; resolve which without the presolver.
                if options.presolve, lpReturn == GLP_ENODFS {
                    simplex.presolve = GLP_OFF
                    _ = glp_simplex(handle, &simplex)
                    if glp_get_status(handle) == GLP_NOFEAS { return finished(.infeasible, objective: nil, bound: nil, values: []) }
                }
                return finished(.unbounded, objective: nil, bound: nil, values: [])
            }
            guard lpStatus == GLP_OPT else { return finished(.noSolutionFound, objective: nil, bound: nil, values: []) }
            let relaxation = glp_get_obj_val(handle)

            guard hasIntegers, !options.relaxationOnly else {
                let values = (1...Int32(columnCount)).map { glp_get_col_prim(handle, $0) }
                var solution = finished(.optimal, objective: relaxation, bound: relaxation, values: values)
                solution.rowDuals = rowCount == 0 ? [] : (1...Int32(rowCount)).map { glp_get_row_dual(handle, $0) }
                return solution
            }

            let warmStart = options.warmStart.flatMap { firstViolation(in: $0) == nil ? $0 : nil }
            // With the MIP presolver the search sees other columns: the warm start goes in as an existing solution.
            let handedOver = options.mipPresolve && warmStart.map(loadAsMIPSolution) == true
            let context = SearchContext(warmStart: options.mipPresolve ? nil : warmStart, options: options, elapsed: elapsed)
            search = context
            context.bound = relaxation
            var parameters = glp_iocp()
            glp_init_iocp(&parameters)
            parameters.msg_lev = options.terminal == nil ? GLP_MSG_OFF : GLP_MSG_ON
            parameters.presolve = options.mipPresolve ? GLP_ON : GLP_OFF
            parameters.use_sol = handedOver ? GLP_ON : GLP_OFF
            parameters.tm_lim = remainingMilliseconds()
            parameters.mip_gap = options.relativeGap
            parameters.mir_cuts = options.mirCuts ? GLP_ON : GLP_OFF
            parameters.gmi_cuts = options.gomoryCuts ? GLP_ON : GLP_OFF
            parameters.cov_cuts = options.coverCuts ? GLP_ON : GLP_OFF
            parameters.clq_cuts = options.cliqueCuts ? GLP_ON : GLP_OFF
            parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
            parameters.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
            parameters.ps_tm_lim = min(parameters.tm_lim, Problem.milliseconds(options.proximitySearchTimeLimit))
            parameters.sr_heur = options.simpleRounding ? GLP_ON : GLP_OFF
            parameters.br_tech = options.branching.glpk
            parameters.bt_tech = options.backtracking.glpk
            parameters.flip = options.longStepDual ? GLP_ON : GLP_OFF
            parameters.cb_func = { tree, info in
                guard let tree, let info else { return }
                Unmanaged<SearchContext>.fromOpaque(info).takeUnretainedValue().visit(tree)
            }
            let mipReturn = withExtendedLifetime(context) {
                parameters.cb_info = Unmanaged.passUnretained(context).toOpaque()
                return glp_intopt(handle, &parameters)
            }
            let mipStatus = glp_mip_status(handle)
            let values: [Double] = mipStatus == GLP_OPT || mipStatus == GLP_FEAS
                ? (1...Int32(columnCount)).map { glp_mip_col_val(handle, $0) } : []
            let objective = values.isEmpty ? nil : glp_mip_obj_val(handle)

            if handedOver, objective != nil { context.warmStartAccepted = true }
            switch (mipReturn, mipStatus) {
            case (GLP_ENOPFS, _), (_, GLP_NOFEAS):
                return finished(.infeasible, objective: nil, bound: nil, values: [])
            case (0, GLP_OPT):
                return finished(.optimal, objective: objective, bound: objective, values: values, accepted: context.warmStartAccepted)
            case (GLP_EMIPGAP, _) where objective != nil:
                return finished(.optimal, objective: objective, bound: context.bound, values: values, accepted: context.warmStartAccepted)
            case (GLP_ESTOP, _) where objective != nil && context.provenByIntegrality:
                return finished(.optimal, objective: objective, bound: objective, values: values, accepted: context.warmStartAccepted)
            case (_, GLP_FEAS), (_, GLP_OPT):
                return finished(.feasibleAtLimit, objective: objective, bound: context.bound, values: values, accepted: context.warmStartAccepted)
            default:
                return finished(.noSolutionFound, objective: nil, bound: context.bound, values: [])
            }
        }
    }

    /// Seconds as GLPK's whole milliseconds, at least 1: clamped in floating point first, since
    /// converting a double beyond `Int`'s range (a limit of 1e17 s) would trap.
    static func milliseconds(_ seconds: Double) -> Int32 {
        Int32(min(max(1, seconds * 1000), Double(Int32.max)))
    }

    private func validate(_ options: SolveOptions) throws(GLPKError) {
        if let limit = options.timeLimit, !(limit > 0 && limit.isFinite) {
            throw GLPKError(.invalidOption, "time limit \(limit) s; expected a positive finite number of seconds")
        }
        guard options.relativeGap >= 0, options.relativeGap.isFinite else {
            throw GLPKError(.invalidOption, "relative gap \(options.relativeGap); expected a finite number ≥ 0")
        }
        guard options.proximitySearchTimeLimit > 0, options.proximitySearchTimeLimit.isFinite else {
            throw GLPKError(.invalidOption, "proximity search time limit \(options.proximitySearchTimeLimit) s; expected a positive finite number of seconds")
        }
        if let nodeLimit = options.nodeLimit, nodeLimit < 1 {
            throw GLPKError(.invalidOption, "node limit \(nodeLimit); expected at least 1 node")
        }
        guard options.progressInterval >= 0, options.progressInterval.isFinite else {
            throw GLPKError(.invalidOption, "progress interval \(options.progressInterval); expected a finite number ≥ 0")
        }
        for column in options.branchFirst { try checkColumn(column) }
        if options.mipPresolve, !options.branchFirst.isEmpty {
            throw GLPKError(.invalidOption, "branchFirst names \(options.branchFirst.count) columns but the MIP presolver renumbers them; expected no branchFirst with mipPresolve")
        }
        if let warmStart = options.warmStart {
            guard warmStart.count == columnCount else {
                throw GLPKError(.invalidWarmStart, "warm start has \(warmStart.count) values; expected one per column (\(columnCount))")
            }
            for (index, value) in warmStart.enumerated() where !value.isFinite {
                throw GLPKError(.invalidWarmStart, "warm start value \(value) of column \"\(name(of: Column(index: index)))\"; expected a finite number")
            }
        }
    }
}

extension Problem {
    /// Stores `values` as the problem's MIP solution (GLPK's own solution file, read back with
    /// `glp_read_mip`), for `use_sol`. GLPK has no call that sets a MIP solution directly.
    /// - Returns: whether GLPK took it.
    fileprivate func loadAsMIPSolution(_ values: [Double]) -> Bool {
        let activities = rowActivities(at: values)
        var objective = glp_get_obj_coef(handle, 0)
        for (index, value) in values.enumerated() { objective += glp_get_obj_coef(handle, Int32(index + 1)) * value }
        func number(_ value: Double) -> String { String(format: "%.17g", value) }
        var text = "s mip \(rowCount) \(columnCount) f \(number(objective))\n"
        for (index, activity) in activities.enumerated() { text += "i \(index + 1) \(number(activity))\n" }
        for (index, value) in values.enumerated() { text += "j \(index + 1) \(number(value))\n" }
        text += "e o f\n"
        let path = NSTemporaryDirectory() + "glpk-warm-start-\(UUID().uuidString).sol"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { return false }
        return glp_read_mip(handle, path) == 0
    }
}

/// State shared with GLPK's branch-and-cut callback. The callback never throws
/// and never lets a Swift error cross the C frame.
private final class SearchContext {
    let warmStart: [Double]?
    let progress: (@Sendable (SearchProgress) -> Void)?
    let shouldStop: (@Sendable () -> Bool)?
    let interval: Double
    let elapsed: () -> Double
    /// 1-based GLPK numbers of the columns to branch on first.
    let branchFirst: [Int32]
    let integralObjective: Bool
    let nodeLimit: Int?
    /// Whether the search was stopped because ⌈bound⌉ reached a whole-number incumbent.
    var provenByIntegrality = false
    var warmStartOffered = false
    var warmStartAccepted = false
    var bound: Double?
    var lastReport: Double = 0
    /// Nodes created so far (GLPK's count of every node the tree has had).
    var nodes = 0

    init(warmStart: [Double]?, options: SolveOptions, elapsed: @escaping () -> Double) {
        self.warmStart = warmStart.map { [0] + $0 }
        progress = options.progress
        shouldStop = options.shouldStop
        interval = options.progressInterval
        branchFirst = options.branchFirst.map(\.glpk)
        integralObjective = options.integralObjective
        nodeLimit = options.nodeLimit
        self.elapsed = elapsed
    }

    func visit(_ tree: OpaquePointer) {
        if let shouldStop, shouldStop() {
            glp_ios_terminate(tree)
            return
        }
        var created: Int32 = 0
        glp_ios_tree_size(tree, nil, nil, &created)
        nodes = Int(created)
        if let nodeLimit, nodes >= nodeLimit {
            glp_ios_terminate(tree)
            return
        }
        let node = glp_ios_best_node(tree)
        if node != 0 { bound = glp_ios_node_bound(tree, node) }
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR, !warmStartOffered, let warmStart {
            warmStartOffered = true
            warmStartAccepted = warmStart.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) == 0 }
        }
        if integralObjective, node != 0, let bound, !provenByIntegrality {
            let problem = glp_ios_get_prob(tree)
            let status = glp_mip_status(problem)
            if status == GLP_FEAS || status == GLP_OPT, (bound - 1e-6).rounded(.up) >= glp_mip_obj_val(problem) - 1e-6 {
                provenByIntegrality = true
                glp_ios_terminate(tree)
                return
            }
        }
        if reason == GLP_IBRANCH {
            let problem = glp_ios_get_prob(tree)
            for number in branchFirst where glp_ios_can_branch(tree, number) != 0 {
                let value = glp_get_col_prim(problem, number)
                glp_ios_branch_upon(tree, number, value - value.rounded(.down) >= 0.5 ? GLP_UP_BRNCH : GLP_DN_BRNCH)
                break
            }
        }
        guard let progress else { return }
        let now = elapsed()
        let isNew = reason == GLP_IBINGO
        guard isNew || now - lastReport >= interval else { return }
        lastReport = now
        let problem = glp_ios_get_prob(tree)
        let hasIncumbent = glp_mip_status(problem) == GLP_FEAS || glp_mip_status(problem) == GLP_OPT
        let incumbent = hasIncumbent ? glp_mip_obj_val(problem) : nil
        let gap = hasIncumbent && node != 0 ? glp_ios_mip_gap(tree) : nil
        progress(SearchProgress(incumbent: incumbent, bound: bound, gap: gap, elapsed: now, newIncumbent: isNew))
    }
}

/// A terminal sink for GLPK's output; GLPK calls the hook with each chunk of text.
private final class TerminalSink {
    let write: @Sendable (String) -> Void
    init(_ write: @escaping @Sendable (String) -> Void) { self.write = write }
}

extension Problem {
    /// Runs `body` with GLPK's terminal output routed to `sink`, or silenced when `sink` is nil.
    func withTerminal<T, E: Error>(_ sink: (@Sendable (String) -> Void)?, _ body: () throws(E) -> T) throws(E) -> T {
        guard let sink else {
            let previous = glp_term_out(GLP_OFF)
            defer { glp_term_out(previous) }
            return try body()
        }
        let box = TerminalSink(sink)
        return try withExtendedLifetime(box) { () throws(E) -> T in
            glp_term_hook({ info, text in
                guard let info, let text else { return 1 }
                Unmanaged<TerminalSink>.fromOpaque(info).takeUnretainedValue().write(String(cString: text))
                return 1
            }, Unmanaged.passUnretained(box).toOpaque())
            let previous = glp_term_out(GLP_ON)
            defer {
                glp_term_out(previous)
                glp_term_hook(nil, nil)
            }
            return try body()
        }
    }
}

private extension SolveOptions.Branching {
    var glpk: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .hybridPseudocost: GLP_BR_PCH
        }
    }
}

private extension SolveOptions.Backtracking {
    var glpk: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}
