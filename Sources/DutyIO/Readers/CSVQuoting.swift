import DutyCore

/// Checks the quoting of CSV text by RFC 4180 before CSV.swift parses it.
///
/// CSV.swift reads an unclosed quote to the end of the file as one field, so that every later
/// row silently disappears into it, and it drops the character after a stray quote inside a
/// quoted field. Both are refused here with the line where the quoted field began. A quoted
/// field that legitimately spans lines is allowed, and reported so that it can be warned about:
/// in the office's files a line break inside a field is more often a stray quote that happens
/// to be closed by another.
struct CSVQuoting {
    /// A quoted field that holds a line break: where it starts and ends.
    struct MultilineField: Equatable {
        let firstLine: Int
        let lastLine: Int
    }

    /// A quoting error: what is wrong, on which line.
    struct Problem: Error, Equatable {
        let line: Int
        let message: InputMessage
    }

    /// The quoted fields that span lines, or the first quoting error.
    static func scan(_ text: String) -> Result<[MultilineField], Problem> {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var multiline: [MultilineField] = []
        var line = 1
        var fieldStart = true       // at the first byte of a field
        var quoted = false          // inside a quoted field
        var openedOn = 0            // the line where the current quoted field began
        var afterClosingQuote = false
        var previousWasCarriageReturn = false
        for byte in text.utf8 {
            let lineBreak = byte == newline ? !previousWasCarriageReturn : byte == carriageReturn
            defer { previousWasCarriageReturn = byte == carriageReturn }
            if quoted {
                if afterClosingQuote {
                    afterClosingQuote = false
                    if byte == quote { continue }  // "" is an escaped quote
                    quoted = false
                    if line > openedOn { multiline.append(MultilineField(firstLine: openedOn, lastLine: line)) }
                    guard byte == comma || byte == newline || byte == carriageReturn else {
                        return .failure(Problem(line: line, message: .textAfterClosingQuote(openedOn: openedOn)))
                    }
                    fieldStart = true
                    if lineBreak { line += 1 }
                    continue
                }
                if byte == quote { afterClosingQuote = true } else if lineBreak { line += 1 }
                continue
            }
            if lineBreak { line += 1 }
            if byte == quote && fieldStart {
                quoted = true
                openedOn = line
                fieldStart = false
                continue
            }
            fieldStart = byte == comma || byte == newline || byte == carriageReturn
        }
        if quoted && !afterClosingQuote {
            return .failure(Problem(line: openedOn, message: .unclosedQuote))
        }
        if quoted && line > openedOn { multiline.append(MultilineField(firstLine: openedOn, lastLine: line)) }
        return .success(multiline)
    }
}
