import CorridorModel

/// A row of the `place` table: a ``Place`` without its alternative names (see ``PlaceAlternativeNameRecord``).
enum PlaceRecord: NetworkRowRecord {
    static let table = "place"
    static let columns = ["code", "name", "country", "latitude", "longitude", "kind", "gaugeMillimetres", "source",
                          "confidence", "otherGauges"]

    static func bind(_ place: Place, to statement: Statement) {
        statement.bind(place.id.code, at: 3)
        statement.bind(place.name, at: 4)
        statement.bind(place.country, at: 5)
        statement.bind(place.latitude, at: 6)
        statement.bind(place.longitude, at: 7)
        statement.bind(place.kind.rawValue, at: 8)
        statement.bind(place.gauge?.millimetres, at: 9)
        statement.bind(place.source, at: 10)
        statement.bind(place.confidence.rawValue, at: 11)
        statement.bind(place.gauges.dropFirst().map { String($0.millimetres) }.joined(separator: "|"), at: 12)
    }

    static func value(from row: Statement, path: String) throws -> Place {
        Place(id: Place.ID(row.string(0)), name: row.string(1), alternativeNames: [], country: row.string(2),
              latitude: row.double(3), longitude: row.double(4),
              kind: try row.choice(Place.Kind.self, 5, table: table, path: path),
              gauge: row.isNull(6) ? nil : Gauge(millimetres: row.int(6)),
              otherGauges: row.string(9).split(separator: "|").compactMap { Int($0).map(Gauge.init(millimetres:)) },
              source: row.string(7),
              confidence: try row.choice(Confidence.self, 8, table: table, path: path))
    }
}
