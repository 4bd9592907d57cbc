import DutyCore
import Foundation

/// A dataset folder: where its files are, and reading one as a CSV table.
struct Folder {
    let path: String
    let log: IssueLog

    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func path(of file: String) -> String { (path as NSString).appendingPathComponent(file) }

    /// The table, or `nil` when the file is absent (logged when required) or unreadable (logged).
    func table(_ file: String, required: Bool) -> CSVTable? {
        let full = path(of: file)
        guard FileManager.default.fileExists(atPath: full) else {
            if required { log.add(file: full, line: 0, "missing; expected the required file \(file)") }
            return nil
        }
        do {
            let table = try CSVTable.read(full)
            for warning in table.warnings { log.warn(warning) }
            return table
        } catch {
            for issue in error.issues { log.add(issue) }
            return nil
        }
    }
}
