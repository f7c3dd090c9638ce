/// A named corridor: the places a route must pass, in order, to count as using it.
///
/// The list holds the corridor's distinguishing places (its border crossings and key junctions), not its ends,
/// so one corridor serves many origin–destination pairs. See ``Network/plan(_:within:)``.
public struct Corridor: Hashable, Sendable, Codable, Identifiable {
    public struct ID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
        public var code: String
        public init(_ code: String) { self.code = code }
        public init(stringLiteral value: String) { self.code = value }
        public static func < (a: ID, b: ID) -> Bool { a.code < b.code }
        public var description: String { code }
        public init(from decoder: any Decoder) throws { code = try decoder.singleValueContainer().decode(String.self) }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    public var id: ID
    public var name: String
    public var places: [Place.ID]
    public var notes: String

    public init(id: ID, name: String, places: [Place.ID], notes: String = "") {
        self.id = id
        self.name = name
        self.places = places
        self.notes = notes
    }
}
