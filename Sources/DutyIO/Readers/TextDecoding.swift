import DutyCore
import Foundation

/// The text of an input file as the office's spreadsheets save it: UTF-8 (with or without a
/// byte-order mark), or GB18030, which Excel and WPS write on Chinese Windows when a sheet is
/// saved as plain CSV. The encoding is detected, never asked for: a file that is valid UTF-8
/// is read as UTF-8; any other is tried as GB18030, with a warning that says so.
enum TextDecoding {
    /// GB18030-2000 as Foundation numbers it (CoreFoundation's 0x0632, flagged as a CF encoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The decoded text without a byte-order mark, and a warning when it was not UTF-8.
    /// - Throws: ``InputError`` naming the file when it is neither UTF-8 nor GB18030.
    static func text(of data: Data, file: String) throws(InputError) -> (text: String, warning: InputWarning?) {
        if var text = String(data: data, encoding: .utf8) {
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return (text, nil)
        }
        if let text = String(data: data, encoding: gb18030) {
            return (text, InputWarning(file: file, line: 0, message: .readAsGB18030))
        }
        throw InputError([InputIssue(file: file, line: 0, message: .notText)])
    }
}
