/// A place freight can start from, pass through or end at: a city, a junction, a border station, a port, a gas field.
///
/// Rail places carry the ``Gauge``s of their tracks: one at most stations, both at a break-of-gauge station whose
/// yards lay both (Dostyk, Altynkol, Małaszewicze); road-only and pipeline places have none. A train reaches a
/// place only on a gauge the place has. Coordinates are WGS84 decimal degrees; `confidence` and `source` are those
/// of the coordinates.
public struct Place: Hashable, Sendable, Codable, Identifiable {
    /// A stable lowercase slug such as `xian` or `sarakhs-ir`.
    public struct ID: Slug {
        public var code: String
        public init(_ code: String) { self.code = code }
    }

    /// What kind of place this is; closed list, spelled in the files as the raw values.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case city
        case railJunction = "rail-junction"
        case borderStation = "border-station"
        case seaport
        case dryPort = "dry-port"
        case gasField = "gas-field"
        case pipelineStation = "pipeline-station"
    }

    public var id: ID
    public var name: String
    /// Other spellings and names; matched by ``Network/place(matching:)``.
    public var alternativeNames: [String]
    /// ISO 3166-1 alpha-2 code, upper case (`KZ`).
    public var country: String
    public var latitude: Double
    public var longitude: Double
    public var kind: Kind
    /// The gauges of the place's tracks, the main one first; empty for a place without railway.
    /// Invariant: no gauge appears twice.
    public var gauges: [Gauge]
    /// The main gauge of the place's tracks, or `nil` for a place without railway.
    public var gauge: Gauge? { gauges.first }
    public var source: String
    public var confidence: Confidence

    public init(id: ID, name: String, alternativeNames: [String] = [], country: String, latitude: Double,
                longitude: Double, kind: Kind, gauge: Gauge?, otherGauges: [Gauge] = [], source: String,
                confidence: Confidence) {
        self.id = id
        self.name = name
        self.alternativeNames = alternativeNames
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.kind = kind
        var gauges: [Gauge] = []
        for g in [gauge].compactMap({ $0 }) + otherGauges where !gauges.contains(g) { gauges.append(g) }
        self.gauges = gauges
        self.source = source
        self.confidence = confidence
    }
}
