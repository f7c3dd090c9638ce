/// The answer to a ``RouteRequest``: legs grouped by mode and country, every border crossing and transfer with its
/// own time and cost, and totals.
///
/// Invariant: each total is the sum of the legs', crossings' and transfers' figures (low, typical and high
/// separately), and `distance` the sum of the legs' distances. A link that crosses a border counts half its length
/// in each country, so it appears in two legs. `position` numbers legs, crossings and transfers together in the
/// order of the journey.
public struct RoutePlan: Sendable, Hashable {
    /// A stretch of one mode (and gauge) inside one country.
    public struct Leg: Sendable, Hashable {
        public var position: Int
        public var mode: Link.Mode
        public var country: String
        /// The track gauge for rail legs.
        public var gauge: Gauge?
        /// The places passed, in order; the first and last may lie across a border (see the type's note).
        public var places: [Place.ID]
        public var links: [Link.ID]
        public var distance: Metres
        public var time: Estimate
        public var cost: Estimate
        public var co2: Estimate
        public var from: Place.ID { places[0] }
        public var to: Place.ID { places[places.count - 1] }
    }

    /// One border crossing: its exit and entry sides, time and fee.
    public struct Crossing: Sendable, Hashable {
        public var position: Int
        public var crossing: BorderCrossing.ID
        public var mode: Link.Mode
        public var from: Place.ID
        public var to: Place.ID
        public var fromCountry: String
        public var toCountry: String
        public var time: Estimate
        public var cost: Estimate
        public var confidence: Confidence
    }

    /// One transfer: a gauge change or a mode change at a place.
    public struct TransferStop: Sendable, Hashable {
        public var position: Int
        public var transfer: Transfer.ID
        public var kind: Transfer.Kind
        public var place: Place.ID
        /// What the shipment was on before and after, such as `rail 1435 mm` and `rail 1520 mm`.
        public var before: String
        public var after: String
        /// Zero when ``timeInBorderDwell`` holds: the time is then counted in the border crossing next to it.
        public var time: Estimate
        public var cost: Estimate
        public var co2: Estimate
        public var confidence: Confidence
        /// Whether the transfer's time is part of the adjacent border crossing's time (at the China–Kazakhstan rail
        /// border both an express train's dwell and CPMM's time for regular trains include the gauge change), rather
        /// than missing.
        public var timeInBorderDwell: Bool
    }

    /// Sums over the whole plan.
    public struct Totals: Sendable, Hashable {
        public var distance: Metres
        public var time: Estimate
        public var cost: Estimate
        public var co2: Estimate
        public var borderCrossings: Int
        public var gaugeChanges: Int
        public var modeChanges: Int
        /// Modes used, in the order of ``Link/Mode``.
        public var modes: [Link.Mode]
        /// Countries entered, in the order of the journey.
        public var countries: [String]
    }

    public var request: RouteRequest
    /// The objective's value of the plan as searched (metres, minutes, cents or grams; rounded per event).
    public var objectiveValue: Int64
    /// The places passed, in order, each once per visit.
    public var places: [Place.ID]
    public var legs: [Leg]
    public var crossings: [Crossing]
    public var transfers: [TransferStop]
    public var totals: Totals
    /// The crew rest the search weighed on road legs that the plan's road stretches did not need (part days, time
    /// queued at borders), in minutes: the searched time is `totals.time` plus this. Zero without road legs.
    public var restNotNeeded: Estimate = .zero

    /// Whether the plan passes `place`.
    public func passes(_ place: Place.ID) -> Bool { places.contains(place) }

    /// Whether the plan uses the link `id`.
    public func uses(_ id: Link.ID) -> Bool { legs.contains { $0.links.contains(id) } }

    /// The links the plan takes, in order, a link split over two legs (at a border) once.
    /// - Complexity: O(links of the legs).
    public var linkSequence: [Link.ID] {
        var links: [Link.ID] = []
        for id in legs.flatMap(\.links) where links.last != id { links.append(id) }
        return links
    }
}

extension RouteGraph.State: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .rail(g): "rail \(g.millimetres) mm"
        case .road: "road"
        case .ferry: "ferry"
        case .pipeline: "pipeline"
        }
    }
}
