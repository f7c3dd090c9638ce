import CorridorModel

/// A row of the `corridor` table: a ``Corridor`` without its places (see ``CorridorPlaceRecord``).
enum CorridorRecord: NetworkRowRecord {
    static let table = "corridor"
    static let columns = ["code", "name", "notes"]

    static func bind(_ corridor: Corridor, to statement: Statement) {
        statement.bind(corridor.id.code, at: 3)
        statement.bind(corridor.name, at: 4)
        statement.bind(corridor.notes, at: 5)
    }

    static func value(from row: Statement, path: String) throws -> Corridor {
        Corridor(id: Corridor.ID(row.string(0)), name: row.string(1), places: [], notes: row.string(2))
    }
}
