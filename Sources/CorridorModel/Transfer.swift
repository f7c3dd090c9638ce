/// Work done at a place to move a container from one vehicle to another: a gauge change, or a change of mode.
///
/// A path through the place pays the transfer's time (minutes) and cost (cents per container) whenever it
/// switches between the two states the kind names. Without a transfer row a place offers no such switch.
public struct Transfer: Hashable, Sendable, Codable, Identifiable {
    public struct ID: Slug {
        public var code: String
        public init(_ code: String) { self.code = code }
    }

    /// Which two states of a shipment the transfer joins; both ways.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Transloading or bogie exchange between two rail gauges.
        case gaugeChange = "gauge-change"
        case railRoad = "rail-road"
        case railFerry = "rail-ferry"
        case roadFerry = "road-ferry"

        /// The two modes the kind joins (rail and rail for a gauge change).
        public var modes: (Link.Mode, Link.Mode) {
            switch self {
            case .gaugeChange: (.rail, .rail)
            case .railRoad: (.rail, .road)
            case .railFerry: (.rail, .ferry)
            case .roadFerry: (.road, .ferry)
            }
        }
    }

    public var id: ID
    public var place: Place.ID
    public var kind: Kind
    public var time: Estimate
    public var cost: Estimate
    public var source: String
    public var confidence: Confidence
    public var notes: String

    public init(id: ID, place: Place.ID, kind: Kind, time: Estimate, cost: Estimate, source: String,
                confidence: Confidence, notes: String = "") {
        self.id = id
        self.place = place
        self.kind = kind
        self.time = time
        self.cost = cost
        self.source = source
        self.confidence = confidence
        self.notes = notes
    }
}
