import Foundation

/// Writes a set of files so that they appear together or not at all: all are
/// written into a fresh temporary folder beside the target, then moved in.
public enum AtomicOutput {
    /// Writes `files` (name → contents) into `directory`, creating it if needed.
    /// - Throws: ``InputError`` naming the folder when it cannot be created or written.
    public static func write(_ files: [(name: String, contents: String)], to directory: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            defer { try? manager.removeItem(at: staging) }
            for file in files {
                try Data(file.contents.utf8).write(to: staging.appendingPathComponent(file.name))
            }
            var isDirectory: ObjCBool = false
            if !manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
                try manager.moveItem(at: staging, to: target)
                return
            }
            guard isDirectory.boolValue else { throw CocoaError(.fileWriteFileExists) }
            for file in files {
                let destination = target.appendingPathComponent(file.name)
                _ = try? manager.removeItem(at: destination)
                try manager.moveItem(at: staging.appendingPathComponent(file.name), to: destination)
            }
        } catch {
            throw InputError([InputIssue(file: directory, line: 0, message: "cannot write the output folder (\(error.localizedDescription)); expected a writable folder")])
        }
    }
}
