import Foundation

/// A sourced figure from the parameter sheet: a tariff, a speed, an emission factor, a payload, a value of time.
///
/// Values are exact decimals as written (`0.0307`), never binary floating point, in the stated `unit`.
/// ``CostProfile`` reads the keys it knows and converts them to integer units.
public struct Parameter: Hashable, Sendable, Codable, Identifiable {
    public var key: String
    public var low: Decimal
    public var typical: Decimal
    public var high: Decimal
    public var unit: String
    public var appliesTo: String
    public var source: String
    public var confidence: Confidence
    public var notes: String

    public var id: String { key }

    public init(key: String, low: Decimal, typical: Decimal, high: Decimal, unit: String, appliesTo: String,
                source: String, confidence: Confidence, notes: String = "") {
        self.key = key
        self.low = low
        self.typical = typical
        self.high = high
        self.unit = unit
        self.appliesTo = appliesTo
        self.source = source
        self.confidence = confidence
        self.notes = notes
    }
}
