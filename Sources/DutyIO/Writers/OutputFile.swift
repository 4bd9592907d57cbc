import Foundation

/// One file of a command's outputs: its name in the output folder and its bytes.
public struct OutputFile: Sendable {
    public let name: String
    public let data: Data

    public init(_ name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// A text file, in UTF-8.
    public init(_ name: String, text: String) {
        self.init(name, data: Data(text.utf8))
    }

    /// The file's text, for outputs that are text.
    public var text: String { String(decoding: data, as: UTF8.self) }
}
