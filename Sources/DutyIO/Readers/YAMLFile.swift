import DutyCore
import Foundation
import Yams

/// A YAML settings file parsed with Yams, whose values are read with their
/// line and column so that every problem can be located.
struct YAMLFile {
    let file: String
    let root: Node?
    let log: IssueLog

    /// Parses the bytes of a YAML file named `path` in messages; a syntax error is logged with Yams' position.
    static func read(_ data: Data, file path: String, log: IssueLog) -> YAMLFile? {
        let text: String
        do {
            let decoded = try TextDecoding.text(of: data, file: path)
            text = decoded.text
            if let warning = decoded.warning { log.warn(warning) }
        } catch {
            for issue in error.issues { log.add(issue) }
            return nil
        }
        do {
            return YAMLFile(file: path, root: try Yams.compose(yaml: text), log: log)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            for key in duplicates.sorted() {
                let lines = YAMLFile.lines(naming: key, in: text, from: context.mark.line)
                log.add(file: path, line: lines.dropFirst().first ?? context.mark.line, field: key, .repeatedKey(key, firstLine: lines.first))
            }
        } catch let error as YamlError {
            let (line, column) = YAMLFile.position(of: error)
            log.add(file: path, line: line, column: column, .invalidYAML(YAMLFile.summary(of: error)))
        } catch {
            log.add(file: path, line: 0, .invalidYAML("\(error)"))
        }
        return nil
    }

    /// Logs a problem at `node`'s position.
    func fail(_ node: Node?, key: String, _ message: InputMessage) {
        log.add(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column, field: key, message)
    }

    /// The entries of a mapping in file order, logging keys outside `allowed` (when given).
    func entries(of node: Node?, key: String, allowed: [String]? = nil) -> [(key: String, keyNode: Node, value: Node)] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            fail(node, key: key, .notMapping(node.string))
            return []
        }
        var result: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            if let allowed, !allowed.contains(name) {
                fail(keyNode, key: name, .unknownKey(name, allowed: allowed))
                continue
            }
            result.append((name, keyNode, value))
        }
        return result
    }

    /// A finite number within `range` (by default 0 to ``InputLimits/magnitude``).
    func number(_ node: Node, key: String, in range: ClosedRange<Double> = 0...InputLimits.magnitude) -> Double? {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init), value.isFinite, range.contains(value) else {
            fail(node, key: key, .notNumberInRange(node.string ?? "?", minimum: range.lowerBound, maximum: range.upperBound))
            return nil
        }
        return value
    }

    /// A whole number ≥ `minimum`.
    func integer(_ node: Node, key: String, minimum: Int, maximum: Int = InputLimits.count) -> Int? {
        guard case .scalar = node, let value = node.int, value >= minimum, value <= maximum else {
            fail(node, key: key, .notIntegerInRange(node.string ?? "?", minimum: minimum, maximum: maximum))
            return nil
        }
        return value
    }

    /// `true` or `false`.
    func boolean(_ node: Node, key: String) -> Bool? {
        guard case .scalar = node, let value = node.bool else {
            fail(node, key: key, .notBoolean(node.string ?? "?"))
            return nil
        }
        return value
    }

    /// A non-empty string.
    func string(_ node: Node, key: String) -> String? {
        guard case .scalar = node, let value = node.string, !value.isEmpty else {
            fail(node, key: key, .notTextValue)
            return nil
        }
        return value
    }

    /// The lines, from `firstLine` on, where `key` is written as a key (`key:` at the start of
    /// a line, after a list dash, or after `{` or `,` in a flow mapping): Yams names a repeated
    /// key and its mapping but not where the repeat is.
    static func lines(naming key: String, in text: String, from firstLine: Int) -> [Int] {
        var result: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= firstLine {
            var rest = Substring(line)
            while let range = rest.range(of: key) {
                let before = rest[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
                let quotedBefore = before.hasSuffix("\"") || before.hasSuffix("'") ? String(before.dropLast()).trimmingCharacters(in: .whitespaces) : before
                if after.hasPrefix(":"), quotedBefore.isEmpty || quotedBefore == "-" || quotedBefore.hasSuffix("{") || quotedBefore.hasSuffix(",") {
                    result.append(index + 1)
                }
                rest = rest[range.upperBound...]
            }
        }
        return result
    }

    private static func position(of error: YamlError) -> (Int, Int?) {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return (mark.line, mark.column)
        default:
            return (0, nil)
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}
