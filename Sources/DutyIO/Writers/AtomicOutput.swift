import DutyCore
import Foundation

/// Writes outputs so that they appear whole or not at all, and never replace anything but a
/// regular file.
///
/// Every file is first written under a temporary name beside its destination, then renamed
/// over it. A destination that is a symbolic link is written through (its target is replaced,
/// the link stays); one that is a device, a FIFO, a socket or a folder is refused before
/// anything is written, so that `--out /dev/sda` or a FIFO can never be replaced by a file.
public enum AtomicOutput {
    /// Writes `files` into `directory`, creating it if needed.
    /// - Throws: ``InputError`` naming the folder or file when it cannot be written.
    public static func write(_ files: [OutputFile], to directory: String) throws(InputError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        do {
            if let kind = kind(ofEntryAt: target.path), kind != .directory, kind != .symbolicLink {
                throw Refusal(path: directory, found: kind.entry, expected: .folder)
            }
            guard manager.fileExists(atPath: target.path) else {
                // A new folder: fill a temporary one beside it and rename it into place.
                let parent = target.deletingLastPathComponent()
                try manager.createDirectory(at: parent, withIntermediateDirectories: true)
                let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
                try manager.createDirectory(at: staging, withIntermediateDirectories: false)
                defer { try? manager.removeItem(at: staging) }
                for file in files { try file.data.write(to: staging.appendingPathComponent(file.name)) }
                try manager.moveItem(at: staging, to: target)
                return
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Refusal(path: directory, found: .file, expected: .folder)
            }
            let destinations = try files.map { file in
                try destination(for: target.appendingPathComponent(file.name).path, named: "\(directory)/\(file.name)")
            }
            try replace(destinations, with: files.map(\.data))
        } catch let refusal as Refusal {
            throw InputError([InputIssue(file: refusal.path, line: 0, message: .outputRefused(found: refusal.found, expected: refusal.expected))])
        } catch {
            throw InputError([InputIssue(file: directory, line: 0, message: .unwritableFolder(error.localizedDescription))])
        }
    }

    /// Checks, before any work, that `directory` can be written: it is a writable folder, or it
    /// does not exist yet and its nearest existing parent is one.
    /// - Throws: ``InputError`` naming the folder, so that a long solve is not wasted.
    public static func requireWritable(_ directory: String) throws(InputError) {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue, access(current.path, W_OK | X_OK) == 0 else {
                    let inside = current.path == URL(fileURLWithPath: directory).standardizedFileURL.path ? nil : current.path
                    throw InputError([InputIssue(file: directory, line: 0, message:
                        .outputFolderUnusable(inside: inside, found: isDirectory.boolValue ? .unwritableFolder : .notFolder))])
                }
                return
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return }
            current = parent
        }
    }

    /// Writes one file at `path`: `produce` writes the contents to the temporary path it is
    /// given (GLPK writes its model files itself), which then replaces the destination.
    /// - Throws: ``InputError`` naming `path` when it is not a regular file or cannot be written,
    ///   or whatever `produce` throws, with nothing left behind.
    public static func writeFile(at path: String, produce: (String) throws -> Void) throws {
        let final: URL
        do {
            final = try destination(for: URL(fileURLWithPath: path).standardizedFileURL.path, named: path)
        } catch let refusal as Refusal {
            throw InputError([InputIssue(file: refusal.path, line: 0, message: .outputRefused(found: refusal.found, expected: refusal.expected))])
        }
        let staging = stagingURL(beside: final)
        do {
            try produce(staging.path)
            try replace(staging: staging, final: final)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            if error is InputError { throw error }
            throw InputError([InputIssue(file: path, line: 0, message: .unwritableFile("\(error)"))])
        }
    }

    /// What a path holds, by `lstat` (links are not followed); `nil` when nothing is there.
    private enum EntryKind: Equatable {
        case regularFile, directory, symbolicLink, other
        var entry: InputMessage.OutputEntry {
            switch self {
            case .regularFile: .file
            case .directory: .folder
            case .symbolicLink: .symbolicLink
            case .other: .device
            }
        }
    }

    private static func kind(ofEntryAt path: String) -> EntryKind? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    private struct Refusal: Error {
        let path: String
        let found: InputMessage.OutputEntry
        let expected: InputMessage.OutputExpectation
    }

    /// Where the contents for `path` really go: `path` itself, or the end of its chain of
    /// symbolic links; refused unless that is a regular file or nothing yet.
    private static func destination(for path: String, named name: String) throws -> URL {
        var current = URL(fileURLWithPath: path)
        for _ in 0..<40 {
            switch kind(ofEntryAt: current.path) {
            case nil, .regularFile?: return current
            case .symbolicLink?:
                let link = try FileManager.default.destinationOfSymbolicLink(atPath: current.path)
                current = URL(fileURLWithPath: link, relativeTo: current.deletingLastPathComponent()).standardizedFileURL
            case let other?: throw Refusal(path: name, found: other.entry, expected: .regularFile)
            }
        }
        throw Refusal(path: name, found: .linkLoop, expected: .regularFile)
    }

    private static func stagingURL(beside final: URL) -> URL {
        final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).tmp-\(UUID().uuidString)")
    }

    /// Writes every file's staging copy, then renames them all into place; on a failure before
    /// the renames, the staging copies are removed and the destinations are untouched.
    private static func replace(_ finals: [URL], with contents: [Data]) throws {
        let stagings = finals.map(stagingURL(beside:))
        do {
            for (staging, data) in zip(stagings, contents) { try data.write(to: staging) }
        } catch {
            for staging in stagings { try? FileManager.default.removeItem(at: staging) }
            throw error
        }
        for (staging, final) in zip(stagings, finals) { try replace(staging: staging, final: final) }
    }

    /// `rename(2)`: atomic, and it replaces a regular file without first removing it.
    private static func replace(staging: URL, final: URL) throws {
        guard rename(staging.path, final.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: staging)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(final.path): \(reason)"])
        }
    }
}
