import Foundation

/// The files of a dataset, wherever they are: a folder on disk (`--data DIR`), or contents
/// held in memory — what the office's store yields (`--db FILE`). Every reader takes its
/// files from here, so a dataset from the store is read, checked and turned into domain
/// values by exactly the code that reads a folder.
public struct DatasetFiles: Sendable {
    private enum Storage: Sendable {
        case folder(String)
        case contents([String: Data])
    }
    private let storage: Storage
    /// What messages name the files by: the folder's path, or the store's.
    public let location: String

    /// The files of the folder at `path`.
    public static func folder(_ path: String) -> DatasetFiles { DatasetFiles(storage: .folder(path), location: path) }

    /// Files held in memory by name (`posts.csv` → its bytes), named `location/name` in messages.
    public static func contents(_ files: [String: Data], location: String) -> DatasetFiles {
        DatasetFiles(storage: .contents(files), location: location)
    }

    /// Whether the dataset is there at all: the folder exists (files in memory always do).
    public var exists: Bool {
        guard case .folder(let path) = storage else { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// How messages name the file `name`.
    public func path(of name: String) -> String { (location as NSString).appendingPathComponent(name) }

    /// Whether the file `name` is present.
    public func contains(_ name: String) -> Bool {
        switch storage {
        case .folder: FileManager.default.fileExists(atPath: path(of: name))
        case .contents(let files): files[name] != nil
        }
    }

    /// The bytes of `name`, or `nil` when it is absent or cannot be read.
    public func data(of name: String) -> Data? {
        switch storage {
        case .folder: FileManager.default.contents(atPath: path(of: name))
        case .contents(let files): files[name]
        }
    }
}
