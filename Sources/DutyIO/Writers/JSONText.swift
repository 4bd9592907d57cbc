import DutyCore
import Foundation

/// Renders a document as the pretty-printed JSON with sorted keys that every output uses.
package enum JSONText {
    /// - Throws: ``OutputError`` when the document holds what JSON cannot (a non-finite
    ///   number): the readers' bounds keep every number finite, so this is a bug, never bad input.
    package static func make(_ document: [String: Any], file: String) throws(OutputError) -> String {
        do {
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw OutputError(file: file, reason: "\(error.localizedDescription)")
        }
    }
}

/// An output that could not be rendered: a bug in duty (exit code 3), with nothing written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String
    public var description: String { "internal error: \(file) could not be written: \(reason)" }
}

extension ObjectiveBreakdown {
    /// The `objective` object of roster.json: every reported term by its name, and `total`.
    package var jsonObject: [String: Double] {
        Dictionary(uniqueKeysWithValues: reported.map { ($0.rawValue, self[$0]) }).merging(["total": total]) { $1 }
    }
}
