import Foundation

/// How every report prints numbers and makes text safe for HTML and SVG.
public enum TextFormat {
    /// Whole numbers without decimals, any other value with four: `12`, `16.6667`.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.4f", value)
    }

    /// The shortest text for a number, as messages quote it: `2` rather than `2.0`, `0.001`.
    public static func shortest(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The value rounded to `places` decimals, without trailing zeros: `16.6667`, `96.5`.
    public static func rounded(_ value: Double, places: Int) -> String {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return shortest((value * factor).rounded() / factor)
    }

    /// `HH:MM` for minutes after midnight.
    public static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
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
