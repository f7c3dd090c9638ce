/// Parses decimal numbers (`-12`, `0.250`, `1.5e3`, `.5`) from bytes, and counts the decimals they need.
enum DecimalField {
    /// The value and the number of decimal places it needs (trailing zeros and exponents accounted for), or `nil`
    /// for anything that is not a plain decimal (empty, `nan`, `inf`, hexadecimal, stray characters). A decimal too large
    /// for a double (`1e309`) is ±infinity, so that callers can call it too large rather than not a number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Double, decimals: Int)? {
        var position = 0
        let count = bytes.count
        var negative = false
        if position < count && (bytes[position] == 0x2D || bytes[position] == 0x2B) {
            negative = bytes[position] == 0x2D
            position += 1
        }
        var mantissa: UInt64 = 0
        var mantissaExact = true
        var digitCount = 0
        var fractionDigits = 0
        var significantFraction = 0   // fraction digits up to the last non-zero one
        var droppedIntegerDigits = 0  // integer digits that did not fit the mantissa
        func add(_ digit: UInt8) -> Bool {
            if mantissa < 1_000_000_000_000_000_000 {
                mantissa = mantissa * 10 + UInt64(digit)
                return true
            }
            if digit != 0 { mantissaExact = false }
            return false
        }
        while position < count, case let digit = bytes[position] &- 0x30, digit <= 9 {
            if !add(digit) { droppedIntegerDigits += 1 }
            digitCount += 1
            position += 1
        }
        if position < count && bytes[position] == 0x2E {
            position += 1
            while position < count, case let digit = bytes[position] &- 0x30, digit <= 9 {
                if add(digit) { fractionDigits += 1 }
                digitCount += 1
                if digit != 0 { significantFraction = fractionDigits }
                position += 1
            }
        }
        guard digitCount > 0 else { return nil }
        var exponent = 0
        if position < count && (bytes[position] | 0x20) == 0x65 {   // e or E
            position += 1
            var exponentNegative = false
            if position < count && (bytes[position] == 0x2D || bytes[position] == 0x2B) {
                exponentNegative = bytes[position] == 0x2D
                position += 1
            }
            let exponentStart = position
            while position < count, case let digit = bytes[position] &- 0x30, digit <= 9 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                position += 1
            }
            guard position > exponentStart else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard position == count else { return nil }
        let decimals = significantFraction == 0 && mantissa == 0 ? 0 : max(0, significantFraction - exponent)
        let power = exponent - fractionDigits + droppedIntegerDigits
        var value: Double
        if mantissaExact && mantissa < (1 << 53) && abs(power) <= 22 {
            // Both factors are exact doubles, so one multiplication or division rounds correctly.
            let scale = exactPowersOfTen[abs(power)]
            value = power < 0 ? Double(mantissa) / scale : Double(mantissa) * scale
        } else {
            guard let parsed = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
            value = abs(parsed)
        }
        if negative { value = -value }
        return (value, decimals)   // ±infinity for a number beyond the doubles (1e309): the caller says it is too large
    }

    static let exactPowersOfTen: [Double] = (0 ... 22).map { exponent in
        var value = 1.0
        for _ in 0 ..< exponent { value *= 10 }
        return value
    }
}
