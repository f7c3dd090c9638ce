import Foundation

/// Turns the model's integer units (metres, minutes, cents, grams) into the short figures a table shows.
///
/// Every function is pure and O(1); none depends on the locale, so output is the same on every machine.
public enum Readable {
    /// `1234567` → `"1,234,567"`.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (i, character) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// Metres as whole kilometres: `4_321_400` → `"4,321"`.
    public static func kilometres(_ metres: Int64) -> String {
        grouped((metres + 500) / 1000)
    }

    /// Minutes as days and hours, or hours and minutes below a day: `"5 d 04 h"`, `"7 h 30 min"`, `"45 min"`.
    public static func duration(_ minutes: Int64) -> String {
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 24 * 60 {
            let rest = minutes % 60
            return rest == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(rest) min"
        }
        let hours = (minutes + 30) / 60
        return "\(hours / 24) d \(String(format: "%02d", hours % 24)) h"
    }

    /// Minutes as days with one decimal: `"5.2"`.
    public static func days(_ minutes: Int64) -> String {
        String(format: "%.1f", Double(minutes) / (24 * 60))
    }

    /// Cents as whole US dollars: `123_456` → `"$1,235"`.
    public static func money(_ cents: Int64) -> String {
        "$" + grouped((cents + 50) / 100)
    }

    /// Grams of CO2e as kilograms below a tonne, tonnes with one decimal below 100 t: `"45 kg"`, `"2.4 t"`, `"512 t"`.
    public static func carbon(_ grams: Int64) -> String {
        if grams < 999_500 { return grouped((grams + 500) / 1000) + " kg" }
        let tonnes = Double(grams) / 1_000_000
        return tonnes < 100 ? String(format: "%.1f t", tonnes) : grouped((grams + 500_000) / 1_000_000) + " t"
    }

    /// A typical value with its range when the range is not a single point: `"5 d 04 h (4 d 10 h – 7 d 02 h)"`.
    public static func range(low: Int64, typical: Int64, high: Int64, _ format: (Int64) -> String) -> String {
        let middle = format(typical)
        let lowText = format(low), highText = format(high)
        if lowText == middle && highText == middle { return middle }
        return "\(middle) (\(lowText) – \(highText))"
    }

    /// A decimal with up to `places` digits after the point and no trailing zeros: `12.5`, `7`.
    public static func decimal(_ value: Double, places: Int = 3) -> String {
        var text = String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
