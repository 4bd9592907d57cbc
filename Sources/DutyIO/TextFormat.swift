import Foundation

/// How every report prints numbers and makes text safe for HTML and SVG.
public enum TextFormat {
    /// Whole numbers without decimals, any other value with four: `12`, `16.6667`.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.4f", value)
    }

    /// Text made safe inside HTML or SVG markup.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
