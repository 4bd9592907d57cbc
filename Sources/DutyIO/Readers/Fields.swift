import DutyCore
import Foundation

/// The fields of one row, read by column name.
package struct Fields {
    package let row: CSVRow
    package let table: CSVTable
    package let log: IssueLog

    /// Where the row's record came from, by the file's name within the dataset folder
    /// (`attendance.csv:4`): what an appraisal trail or a conflict shows, the same on every machine.
    package var source: SourceReference { SourceReference(file: (table.file as NSString).lastPathComponent, line: row.line) }

    /// The trimmed text of a column; empty when the column or the field is absent.
    package func text(_ column: String) -> String {
        guard let position = table.position(of: column), position < row.fields.count else { return "" }
        let field = row.fields[position]
        guard let first = field.utf8.first, let last = field.utf8.last, first == 32 || last == 32 || first == 9 || last == 9 else { return field }
        return field.trimmingCharacters(in: .whitespaces)
    }

    /// Logs a problem with this row's `column`.
    /// A line that holds full-width punctuation (typed with a Chinese input method) gets the
    /// fix with its message: `，` does not separate fields, `；` does not separate skills.
    package func fail(_ column: String, _ message: InputMessage) {
        let position = table.position(of: column).map { $0 + 1 }
        log.add(file: table.file, line: row.line, column: position, field: column, FullWidth.annotated(message, fields: row.fields))
    }

    /// A non-empty text, or `nil` after logging.
    package func required(_ column: String, expected: InputMessage.Expected) -> String? {
        let value = text(column)
        if value.isEmpty { fail(column, .empty(expected)); return nil }
        return value
    }

    /// A required id that has not appeared before in this file (`seen` maps ids to their first line).
    /// A repeat is logged with the line it first appeared on, and gives `nil`.
    package func uniqueID(_ column: String, kind: InputMessage.IDKind, seen: inout [String: Int]) -> String? {
        guard let id = required(column, expected: .id(kind)) else { return nil }
        if let first = seen[id] {
            fail(column, .repeatedID(kind: kind, id: id, firstLine: first))
            return nil
        }
        seen[id] = row.line
        return id
    }

    /// A whole number ≥ `minimum`; `fallback` when empty and a fallback is given.
    /// Whole numbers are bounded (a million by default) so that no sum over a month can overflow.
    package func integer(_ column: String, minimum: Int = 0, maximum: Int = InputLimits.count, fallback: Int?? = nil) -> Int?? {
        let value = text(column)
        if value.isEmpty, let fallback { return .some(fallback) }
        guard let number = Int(value), number >= minimum else {
            fail(column, .notWholeNumber(value, minimum: minimum))
            return nil
        }
        guard number <= maximum else {
            fail(column, .tooLarge(number, minimum: minimum, maximum: maximum))
            return nil
        }
        return .some(number)
    }

    /// A number from `minimum` to `maximum` (±``InputLimits/magnitude``); `fallback` when empty and a fallback is given.
    package func number(_ column: String, minimum: Double = 0, maximum: Double = InputLimits.magnitude, fallback: Double? = nil) -> Double? {
        let value = text(column)
        if value.isEmpty, let fallback { return fallback }
        guard let number = Double(value), number.isFinite else {
            fail(column, .notNumber(value, minimum: minimum, maximum: maximum))
            return nil
        }
        guard number >= minimum, number <= maximum else {
            fail(column, .outOfRange(value, minimum: minimum, maximum: maximum))
            return nil
        }
        return number
    }

    /// An ISO date `YYYY-MM-DD`.
    package func date(_ column: String) -> LocalDate? {
        let value = text(column)
        guard let date = LocalDate(iso: value) else {
            fail(column, .notDate(value))
            return nil
        }
        return date
    }

    /// `true` or `false` (also `yes/no`, `1/0`).
    package func boolean(_ column: String) -> Bool? {
        switch text(column).lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default:
            fail(column, .notBoolean(text(column)))
            return nil
        }
    }

    /// A time of day `HH:MM`, as minutes after midnight.
    package func timeOfDay(_ column: String) -> Int? {
        let value = text(column)
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...23).contains(hours), (0...59).contains(minutes) else {
            fail(column, .notTimeOfDay(value))
            return nil
        }
        return hours * 60 + minutes
    }
}
