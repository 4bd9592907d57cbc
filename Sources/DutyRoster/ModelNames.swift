/// GLPK row and column names are built from ids; both models make them safe the same way.
enum ModelNames {
    /// Ids that are already LP-safe stay as they are; others become prefix + index.
    static func tokens(_ ids: [String], prefix: String) -> [String] {
        ids.enumerated().map { index, id in
            let safe = !id.isEmpty && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            return safe ? id : "\(prefix)\(index)"
        }
    }
}
