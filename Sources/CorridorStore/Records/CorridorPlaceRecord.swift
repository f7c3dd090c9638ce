import CorridorModel

/// A row of the `corridorPlace` table: the place at one position of a corridor's ordered place list.
enum CorridorPlaceRecord {
    static func insertAll(of corridors: [Corridor], networkID: Int64, in connection: Connection) throws {
        let statement = try connection.prepare(
            "INSERT INTO corridorPlace (networkID, corridorOrdinal, ordinal, place) VALUES (?, ?, ?, ?)")
        for (corridorOrdinal, corridor) in corridors.enumerated() {
            for (ordinal, place) in corridor.places.enumerated() {
                statement.bind(networkID, at: 1)
                statement.bind(corridorOrdinal, at: 2)
                statement.bind(ordinal, at: 3)
                statement.bind(place.code, at: 4)
                try statement.run()
            }
        }
    }

    /// Fills in the places of `corridors` (in network order).
    static func attach(to corridors: inout [Corridor], networkID: Int64, in connection: Connection) throws {
        let statement = try connection.prepare(
            "SELECT corridorOrdinal, place FROM corridorPlace WHERE networkID = ? ORDER BY corridorOrdinal, ordinal")
        statement.bind(networkID, at: 1)
        while try statement.step() {
            let corridorOrdinal = statement.int(0)
            guard corridors.indices.contains(corridorOrdinal) else {
                throw StoreError.inconsistent(path: connection.path, detail: "a corridor place belongs to no corridor")
            }
            corridors[corridorOrdinal].places.append(Place.ID(statement.string(1)))
        }
    }
}
