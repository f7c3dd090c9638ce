/// Lengths in metres. Integer units keep sums exact and comparable.
public typealias Metres = Int64
/// Durations in minutes.
public typealias Minutes = Int64
/// Money in US cents. Money is never a floating-point number.
public typealias Cents = Int64
/// Masses of CO2-equivalent in grams.
public typealias Grams = Int64

/// A quantity known as a range: a low, a typical and a high value, in one integer unit named by the owner
/// (``Minutes``, ``Cents``, ``Grams``).
///
/// Invariant (checked when a network is validated, not enforced here): `low <= typical <= high`.
/// Sums add the three values separately, so the low total is the sum of the lows.
public struct Estimate: Hashable, Sendable, Codable, CustomStringConvertible {
    public var low: Int64
    public var typical: Int64
    public var high: Int64

    public init(low: Int64, typical: Int64, high: Int64) {
        self.low = low
        self.typical = typical
        self.high = high
    }

    /// An exact figure: low, typical and high are all `value`.
    public init(exactly value: Int64) {
        self.init(low: value, typical: value, high: value)
    }

    public static let zero = Estimate(exactly: 0)

    /// Whether `low <= typical <= high` and `low >= 0`.
    public var isOrderedAndNonNegative: Bool { 0 <= low && low <= typical && typical <= high }

    public static func + (a: Estimate, b: Estimate) -> Estimate {
        Estimate(low: a.low + b.low, typical: a.typical + b.typical, high: a.high + b.high)
    }

    public static func += (a: inout Estimate, b: Estimate) { a = a + b }

    /// Applies `transform` to each of the three values.
    public func map(_ transform: (Int64) -> Int64) -> Estimate {
        Estimate(low: transform(low), typical: transform(typical), high: transform(high))
    }

    public var description: String { low == high ? "\(typical)" : "\(low)–\(typical)–\(high)" }
}

extension Int64 {
    /// `self × numerator ÷ denominator`, rounded half away from zero. The product is formed in 128 bits, so it never
    /// overflows; the result must fit in 64 bits (callers keep quantities within ``CargoLoad``'s limits, far below).
    @inlinable func scaled(by numerator: Int64, dividedBy denominator: Int64) -> Int64 {
        precondition(denominator > 0, "Scale by a positive denominator, not \(denominator).")
        let negative = (self < 0) != (numerator < 0)
        let product = self.magnitude.multipliedFullWidth(by: numerator.magnitude)
        let divisor = UInt64(denominator)
        precondition(product.high < divisor, "\(self) × \(numerator) ÷ \(denominator) does not fit in 64 bits.")
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = quotient + (remainder >= divisor - divisor / 2 ? 1 : 0)
        precondition(rounded <= UInt64(Int64.max), "\(self) × \(numerator) ÷ \(denominator) does not fit in 64 bits.")
        return negative ? -Int64(rounded) : Int64(rounded)
    }
}
