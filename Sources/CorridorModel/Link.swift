/// An undirected connection between two places by one mode: a railway, a road, a ferry line or a pipeline.
///
/// A rail link's `gauge` is its track gauge; `nil` on a rail border link where both gauges are laid (dual gauge),
/// and on every other mode. `length` is the best single value; ranges are in `notes`. A link whose ends lie in two
/// countries crosses the border `borderDistance` metres from `from`; without that figure the border is taken to lie
/// halfway. A link may carry its own `speed` and `tariff`, which replace the country's and mode's figures (see
/// `Pricing`) on this link only; without them the parameter sheet's figures apply.
public struct Link: Hashable, Sendable, Codable, Identifiable {
    /// A stable slug, by convention `<mode>-<from>-<to>`.
    public struct ID: Slug {
        public var code: String
        public init(_ code: String) { self.code = code }
    }

    /// How freight moves along the link. Pipelines carry gas and only gas.
    public enum Mode: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case rail, road, ferry, pipeline
        public static func < (a: Mode, b: Mode) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Whether the link can be used today. A `closed` link (a scenario's closure) is used by no route, but still
    /// counts for the corridors it belongs to.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case operational
        case underConstruction = "under-construction"
        case planned
        case closed

        /// The statuses a request may allow: every one but `closed`.
        public static let usable: Set<Status> = [.operational, .underConstruction, .planned]
    }

    public var id: ID
    public var from: Place.ID
    public var to: Place.ID
    public var mode: Mode
    public var gauge: Gauge?
    public var length: Metres
    /// For a link between two countries: how far from `from` it crosses the border, in metres (0 ... `length`).
    public var borderDistance: Metres?
    /// The link's own speed in metres per hour, for every rail service (commercial speed, dwell included), road
    /// (moving speed; the crew's rest is added as on any road), ferry (sailing speed; the wait is added) and
    /// pipeline; `nil`: the country's or mode's speed from the parameter sheet.
    public var speed: Estimate?
    /// The link's own line-haul tariff in millicents per FEU-km (per tonne-km on a pipeline, the unit of the mode's
    /// tariff); `nil`: the country's or mode's tariff from the parameter sheet.
    public var tariff: Estimate?
    public var status: Status
    /// When the link opened: a year (`1935`) or an ISO date (`2017-09-29`), as given by the source; `nil` if unknown.
    public var opened: String?
    /// Where the row's figures come from: the length's source, and the speed's and tariff's where given.
    public var source: String
    /// The confidence of the row's figures: the length, and the speed and tariff where the link has its own.
    public var confidence: Confidence
    public var notes: String

    public init(id: ID, from: Place.ID, to: Place.ID, mode: Mode, gauge: Gauge? = nil, length: Metres,
                borderDistance: Metres? = nil, speed: Estimate? = nil, tariff: Estimate? = nil, status: Status = .operational,
                opened: String? = nil, source: String, confidence: Confidence, notes: String = "") {
        self.id = id
        self.from = from
        self.to = to
        self.mode = mode
        self.gauge = gauge
        self.length = length
        self.borderDistance = borderDistance
        self.speed = speed
        self.tariff = tariff
        self.status = status
        self.opened = opened
        self.source = source
        self.confidence = confidence
        self.notes = notes
    }

    /// The end that is not `place`; `nil` if `place` is not an end of this link.
    public func otherEnd(from place: Place.ID) -> Place.ID? {
        place == from ? to : place == to ? from : nil
    }
}
