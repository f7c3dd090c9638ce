import CorridorModel

/// A row of the `transfer` table: one ``Transfer`` (gauge change or change of mode) with its time and cost ranges.
enum TransferRecord: NetworkRowRecord {
    static let table = "transfer"
    static let columns = ["code", "place", "kind", "timeLowMinutes", "timeTypicalMinutes", "timeHighMinutes",
                          "costLowCents", "costTypicalCents", "costHighCents", "source", "confidence", "notes"]

    static func bind(_ transfer: Transfer, to statement: Statement) {
        statement.bind(transfer.id.code, at: 3)
        statement.bind(transfer.place.code, at: 4)
        statement.bind(transfer.kind.rawValue, at: 5)
        statement.bind(transfer.time, from: 6)
        statement.bind(transfer.cost, from: 9)
        statement.bind(transfer.source, at: 12)
        statement.bind(transfer.confidence.rawValue, at: 13)
        statement.bind(transfer.notes, at: 14)
    }

    static func value(from row: Statement, path: String) throws -> Transfer {
        Transfer(id: Transfer.ID(row.string(0)), place: Place.ID(row.string(1)),
                 kind: try row.choice(Transfer.Kind.self, 2, table: table, path: path),
                 time: row.estimate(from: 3), cost: row.estimate(from: 6), source: row.string(9),
                 confidence: try row.choice(Confidence.self, 10, table: table, path: path), notes: row.string(11))
    }
}
