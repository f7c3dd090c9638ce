import Foundation

/// Exact conversions between decimal text in the files (`381.5` km, `30.5` h, `0.0307`) and integer units.
package enum DecimalText {
    /// The digits of a decimal number: `value = mantissa / 10^fractionDigits`. `nil` unless `text` is an optional
    /// minus sign, digits, and optionally a point and more digits (at least one digit in all; at most 15 in all).
    static func parse(_ text: String) -> (mantissa: Int64, fractionDigits: Int)? {
        var s = Substring(text.trimmingSpaces())
        var negative = false
        if s.first == "-" { negative = true; s.removeFirst() } else if s.first == "+" { s.removeFirst() }
        var mantissa: Int64 = 0
        var fractionDigits = 0
        var digits = 0
        var seenPoint = false
        for c in s {
            if c == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard let d = c.wholeNumberValue, c.isASCII else { return nil }
            digits += 1
            if digits > 15 { return nil }
            mantissa = mantissa * 10 + Int64(d)
            if seenPoint { fractionDigits += 1 }
        }
        guard digits > 0 else { return nil }
        return (negative ? -mantissa : mantissa, fractionDigits)
    }

    /// `text × scale`, rounded half away from zero to an integer (kilometres × 1000 = metres, hours × 60 = minutes).
    package static func scaled(_ text: String, by scale: Int64) -> Int64? {
        guard let (mantissa, fractionDigits) = parse(text) else { return nil }
        var power: Int64 = 1
        for _ in 0 ..< fractionDigits { power *= 10 }
        return mantissa.scaled(by: scale, dividedBy: power)
    }

    /// `value ÷ divisor` written with at most `maximumFractionDigits` digits after the point, trailing zeros
    /// dropped (`381500 ÷ 1000` → `381.5`, `1830 ÷ 60` → `30.5`). Reading it back with ``scaled(_:by:)`` and the
    /// same factor gives `value` again whenever `divisor ≤ 10^maximumFractionDigits ÷ 2`.
    static func format(_ value: Int64, dividedBy divisor: Int64, maximumFractionDigits: Int = 4) -> String {
        var power: Int64 = 1
        for _ in 0 ..< maximumFractionDigits { power *= 10 }
        let fixed = value.scaled(by: power, dividedBy: divisor)   // value / divisor in units of 10^-digits
        let negative = fixed < 0
        let magnitude = negative ? -fixed : fixed
        let whole = magnitude / power
        var fraction = String(magnitude % power)
        fraction = String(repeating: "0", count: maximumFractionDigits - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// An exact `Decimal` from strict decimal text, or `nil`.
    static func decimal(_ text: String) -> Decimal? {
        guard let (mantissa, fractionDigits) = parse(text) else { return nil }
        return Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: -fractionDigits,
                       significand: Decimal(mantissa.magnitude))
    }

    /// `value` as plain decimal text (`0.0307`, `1500`).
    static func text(_ value: Decimal) -> String {
        var v = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 12, .plain)
        return "\(rounded)"
    }

    /// `value × scale`, rounded half away from zero to an integer.
    static func integer(_ value: Decimal, times scale: Decimal) -> Int64 {
        var product = value * scale
        var rounded = Decimal()
        NSDecimalRound(&rounded, &product, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}
