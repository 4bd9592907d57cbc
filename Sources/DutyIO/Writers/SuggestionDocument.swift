import DutyCore
import Foundation

/// What `duty suggest` prints: a table for people, or JSON for scripts and the server.
public struct SuggestionDocument: Sendable {
    public let suggestion: Suggestion
    public init(_ suggestion: Suggestion) { self.suggestion = suggestion }

    /// `{"date","post","replaced","candidates":[{"staff","name","objective"}],"excluded":[{"staff","name","rules"}]}`,
    /// `objective` with the terms of roster.json and `replaced` null when nobody was taken off.
    public func json() throws(OutputError) -> String {
        let document: [String: Any] = [
            "date": suggestion.date.description,
            "post": suggestion.post.id.rawValue,
            "replaced": suggestion.replaced.map { $0.id.rawValue as Any } ?? NSNull(),
            "candidates": suggestion.candidates.map { candidate -> [String: Any] in
                ["staff": candidate.staff.id.rawValue, "name": candidate.staff.name, "objective": candidate.objective.jsonObject]
            },
            "excluded": suggestion.excluded.map { ["staff": $0.staff.id.rawValue, "name": $0.staff.name, "rules": $0.rules.map(\.rawValue)] as [String: Any] },
        ]
        return try JSONText.make(document, file: "suggestion")
    }

    /// The table: candidates ranked with the objective of the roster if they take the place,
    /// then who cannot and why.
    public func table(_ words: Phrases) -> String {
        let place = words.place(suggestion.post.name + words.bracketed(suggestion.post.id.rawValue),
                                suggestion.replaced.map { $0.name + words.bracketed($0.id.rawValue) })
        var lines = ["\(suggestion.date)\(words.bracketed(words.weekday(suggestion.date.weekday))) \(place)", ""]
        if suggestion.candidates.isEmpty {
            lines.append(words.nobodyCanTakeIt)
        } else {
            lines.append("\(pad(words.rank, 4))  \(pad(words.staffID, 10))  \(pad(words.name, 10))  \(words.objectiveIfTaken)")
            for (rank, candidate) in suggestion.candidates.enumerated() {
                lines.append("\(pad("\(rank + 1)", 4))  \(pad(candidate.staff.id.rawValue, 10))  \(pad(candidate.staff.name, 10))  \(TextFormat.rounded(candidate.objective.total, places: 2))")
            }
        }
        if !suggestion.excluded.isEmpty {
            lines += ["", words.cannotTakeIt]
            for exclusion in suggestion.excluded {
                lines.append("  \(pad(exclusion.staff.id.rawValue, 10))  \(pad(exclusion.staff.name, 10))  \(exclusion.rules.map(words.rule).joined(separator: words.separator))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` padded to `width` display columns (a Chinese character takes two).
    private func pad(_ text: String, _ width: Int) -> String {
        let columns = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || $1.value >= 0xFF00 && $1.value <= 0xFFEF ? 2 : 1) }
        return text + String(repeating: " ", count: max(0, width - columns))
    }
}
