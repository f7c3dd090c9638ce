import CorridorModel

/// A row of the `borderCrossing` table: one ``BorderCrossing`` with its time (minutes) and fee (cents) ranges.
enum BorderCrossingRecord: NetworkRowRecord {
    static let table = "borderCrossing"
    static let columns = ["code", "fromPlace", "toPlace", "mode", "direction", "timeLowMinutes", "timeTypicalMinutes",
                          "timeHighMinutes", "feeLowCents", "feeTypicalCents", "feeHighCents", "source", "confidence",
                          "notes"]

    static func bind(_ crossing: BorderCrossing, to statement: Statement) {
        statement.bind(crossing.id.code, at: 3)
        statement.bind(crossing.from.code, at: 4)
        statement.bind(crossing.to.code, at: 5)
        statement.bind(crossing.mode.rawValue, at: 6)
        statement.bind(crossing.direction.rawValue, at: 7)
        statement.bind(crossing.time, from: 8)
        statement.bind(crossing.fee, from: 11)
        statement.bind(crossing.source, at: 14)
        statement.bind(crossing.confidence.rawValue, at: 15)
        statement.bind(crossing.notes, at: 16)
    }

    static func value(from row: Statement, path: String) throws -> BorderCrossing {
        BorderCrossing(id: BorderCrossing.ID(row.string(0)), from: Place.ID(row.string(1)), to: Place.ID(row.string(2)),
                       mode: try row.choice(Link.Mode.self, 3, table: table, path: path),
                       direction: try row.choice(BorderCrossing.Direction.self, 4, table: table, path: path),
                       time: row.estimate(from: 5), fee: row.estimate(from: 8), source: row.string(11),
                       confidence: try row.choice(Confidence.self, 12, table: table, path: path), notes: row.string(13))
    }
}
