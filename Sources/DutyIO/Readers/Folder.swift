import DutyCore
import Foundation

/// Reading the files of a dataset as CSV tables and YAML documents, logging what is missing or
/// unreadable.
struct Folder {
    let files: DatasetFiles
    let log: IssueLog

    var exists: Bool { files.exists }

    func path(of file: String) -> String { files.path(of: file) }

    /// The table, or `nil` when the file is absent (logged when required) or unreadable (logged).
    func table(_ file: String, required: Bool) -> CSVTable? {
        let full = path(of: file)
        guard files.contains(file) else {
            if required { log.add(file: full, line: 0, .missingFile(file)) }
            return nil
        }
        guard let data = files.data(of: file) else {
            log.add(file: full, line: 0, .unreadableCSV)
            return nil
        }
        do {
            let table = try CSVTable.read(data, file: full)
            for warning in table.warnings { log.warn(warning) }
            return table
        } catch {
            for issue in error.issues { log.add(issue) }
            return nil
        }
    }

    /// The YAML document, or `nil` when the file is absent or does not parse (logged).
    func yaml(_ file: String) -> YAMLFile? {
        guard files.contains(file) else { return nil }
        guard let data = files.data(of: file) else {
            log.add(file: path(of: file), line: 0, .unreadableYAML)
            return nil
        }
        return YAMLFile.read(data, file: path(of: file), log: log)
    }
}
