import DutyCore
/// GLPK row and column names are built from ids; both models make them safe the same way.
///
/// A name joins a family's prefix and its tokens with `_` (`x_s01_d03_gate_day`). Every name
/// must be unique for any ids the readers accept, including Chinese ones and ids that look like
/// another id's fallback (`张三` beside `s1`), and stay within GLPK's 255 characters:
/// - an id is its own token when it is 1–32 ASCII letters and digits, for a post or shift type
///   also `_` (people come first in every name, so a person's token must not contain the
///   separator, while a post's comes last or before a day token);
/// - any other id becomes `prefix.index`, whose `.` no id token contains, so the two kinds
///   never meet.
package enum ModelNames {
    /// The tokens of `ids`, in order; `allowsUnderscore` for posts and shift types.
    package static func tokens(_ ids: [String], prefix: String, allowsUnderscore: Bool = false) -> [String] {
        ids.enumerated().map { index, id in
            let safe = (1...32).contains(id.unicodeScalars.count) && id.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || (allowsUnderscore && $0 == "_"))
            }
            return safe ? id : "\(prefix).\(index)"
        }
    }
}
