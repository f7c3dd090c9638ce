/// A named corridor: the places a route must pass, in order, to count as using it.
///
/// The list holds the corridor's distinguishing places (its border crossings and key junctions), not its ends,
/// so one corridor serves many origin–destination pairs. See ``Network/plan(_:within:)``.
public struct Corridor: Hashable, Sendable, Codable, Identifiable {
    public struct ID: Slug {
        public var code: String
        public init(_ code: String) { self.code = code }
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
