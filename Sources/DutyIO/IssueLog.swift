import DutyCore

/// Gathers issues while a file is read, so that all of them are reported at once, and the
/// warnings that go with an accepted input.
package final class IssueLog {
    package init() {}
    package private(set) var issues: [InputIssue] = []
    package private(set) var warnings: [InputWarning] = []
    package func warn(_ warning: InputWarning) { warnings.append(warning) }
    package func warn(file: String, line: Int, field: String? = nil, _ message: InputMessage) {
        warnings.append(InputWarning(file: file, line: line, field: field, message: message))
    }
    package func add(_ issue: InputIssue) { issues.append(issue) }
    package func add(file: String, line: Int, column: Int? = nil, field: String? = nil, _ message: InputMessage) {
        issues.append(InputIssue(file: file, line: line, column: column, field: field, message: message))
    }
    /// Throws everything gathered so far, if anything.
    package func throwIfAny() throws(InputError) {
        if !issues.isEmpty { throw InputError(issues) }
    }
}
