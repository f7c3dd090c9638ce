/// The time and fee of crossing a border between two places by one mode: the exit side plus the entry side.
///
/// A crossing applies to every link of its `mode` joining `from` and `to` whose ends lie in different countries.
/// With ``Direction/both`` it applies either way; with ``Direction/oneWay`` only from `from` to `to`, and the
/// other direction has a row of its own (the CAREC CPMM data often differ by direction).
/// Times are in minutes and fees in cents per container (a truck or a wagon shipment).
public struct BorderCrossing: Hashable, Sendable, Codable, Identifiable {
    /// A stable slug, by convention `<mode>-<from>-<to>`.
    public struct ID: Slug {
        public var code: String
        public init(_ code: String) { self.code = code }
    }

    /// Which way the figures hold.
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        case both
        case oneWay = "one-way"
    }

    public var id: ID
    /// The side the freight leaves.
    public var from: Place.ID
    /// The side the freight enters.
    public var to: Place.ID
    public var mode: Link.Mode
    public var direction: Direction
    public var time: Estimate
    public var fee: Estimate
    public var source: String
    public var confidence: Confidence
    public var notes: String

    public init(id: ID, from: Place.ID, to: Place.ID, mode: Link.Mode, direction: Direction = .both,
                time: Estimate, fee: Estimate, source: String, confidence: Confidence, notes: String = "") {
        self.id = id
        self.from = from
        self.to = to
        self.mode = mode
        self.direction = direction
        self.time = time
        self.fee = fee
        self.source = source
        self.confidence = confidence
        self.notes = notes
    }

    /// Whether this row prices a crossing from `a` to `b` by `mode`.
    public func applies(from a: Place.ID, to b: Place.ID, mode: Link.Mode) -> Bool {
        guard mode == self.mode else { return false }
        if a == from && b == to { return true }
        return direction == .both && a == to && b == from
    }
}
