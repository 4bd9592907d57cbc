/// Full-width punctuation, which a Chinese input method types in place of the ASCII marks
/// that CSV and the skills list need.
enum FullWidth {
    /// The fix for the full-width comma or semicolon among `fields`, as a clause to append to
    /// a message (empty when there is none).
    static func hint(for fields: [String]) -> String {
        var hints: [String] = []
        if fields.contains(where: { $0.contains("，") }) {
            hints.append("the line holds a full-width comma (，): separate fields with an ASCII comma (,)")
        }
        if fields.contains(where: { $0.contains("；") }) {
            hints.append("it holds a full-width semicolon (；): separate skills with an ASCII semicolon (;)")
        }
        return hints.isEmpty ? "" : "; " + hints.joined(separator: "; ")
    }
}
