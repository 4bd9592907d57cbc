/// A call to the GLPK wrapper that was refused before it reached GLPK, or a
/// GLPK routine that reported failure.
///
/// GLPK aborts the whole process when it is misused, so the wrapper checks
/// every argument first and throws one of these instead. Each message states
/// what was wrong and the valid range.
public struct GLPKError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What kind of check failed.
    public enum Kind: String, Sendable {
        case invalidName, duplicateName, invalidIndex, invalidBounds
        case invalidCoefficient, duplicateColumnInRow, invalidOption
        case invalidWarmStart, fileError
    }

    /// What kind of check failed.
    public let kind: Kind
    /// A sentence naming the offending value and the valid range.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "GLPK: \(message)" }
}
