import CorridorModel

/// A row of the `placeAlternativeName` table: one of a place's other names, keyed by the place's ordinal and the
/// name's position in ``Place/alternativeNames``.
enum PlaceAlternativeNameRecord {
    static func insertAll(of places: [Place], networkID: Int64, in connection: Connection) throws {
        let statement = try connection.prepare(
            "INSERT INTO placeAlternativeName (networkID, placeOrdinal, ordinal, name) VALUES (?, ?, ?, ?)")
        for (placeOrdinal, place) in places.enumerated() {
            for (ordinal, name) in place.alternativeNames.enumerated() {
                statement.bind(networkID, at: 1)
                statement.bind(placeOrdinal, at: 2)
                statement.bind(ordinal, at: 3)
                statement.bind(name, at: 4)
                try statement.run()
            }
        }
    }

    /// Fills in the alternative names of `places` (in network order).
    static func attach(to places: inout [Place], networkID: Int64, in connection: Connection) throws {
        let statement = try connection.prepare(
            "SELECT placeOrdinal, name FROM placeAlternativeName WHERE networkID = ? ORDER BY placeOrdinal, ordinal")
        statement.bind(networkID, at: 1)
        while try statement.step() {
            let placeOrdinal = statement.int(0)
            guard places.indices.contains(placeOrdinal) else {
                throw StoreError.inconsistent(path: connection.path, detail: "an alternative name belongs to no place")
            }
            places[placeOrdinal].alternativeNames.append(statement.string(1))
        }
    }
}
