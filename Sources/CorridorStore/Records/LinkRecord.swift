import CorridorModel

/// A row of the `link` table: one ``Link``, its length in metres, status, source and confidence, its border point,
/// and its own speed (metres per hour) and tariff (millicents per FEU-km) ranges, null when it has none.
enum LinkRecord: NetworkRowRecord {
    static let table = "link"
    static let columns = ["code", "fromPlace", "toPlace", "mode", "gaugeMillimetres", "lengthMetres", "status",
                          "opened", "source", "confidence", "notes", "borderMetres",
                          "speedLowMetresPerHour", "speedTypicalMetresPerHour", "speedHighMetresPerHour",
                          "tariffLowMillicentsPerKm", "tariffTypicalMillicentsPerKm", "tariffHighMillicentsPerKm"]

    static func bind(_ link: Link, to statement: Statement) {
        statement.bind(link.id.code, at: 3)
        statement.bind(link.from.code, at: 4)
        statement.bind(link.to.code, at: 5)
        statement.bind(link.mode.rawValue, at: 6)
        statement.bind(link.gauge?.millimetres, at: 7)
        statement.bind(link.length, at: 8)
        statement.bind(link.status.rawValue, at: 9)
        statement.bind(link.opened, at: 10)
        statement.bind(link.source, at: 11)
        statement.bind(link.confidence.rawValue, at: 12)
        statement.bind(link.notes, at: 13)
        statement.bind(link.borderDistance.map(Int.init), at: 14)
        statement.bind(link.speed, from: 15)
        statement.bind(link.tariff, from: 18)
    }

    static func value(from row: Statement, path: String) throws -> Link {
        Link(id: Link.ID(row.string(0)), from: Place.ID(row.string(1)), to: Place.ID(row.string(2)),
             mode: try row.choice(Link.Mode.self, 3, table: table, path: path),
             gauge: row.isNull(4) ? nil : Gauge(millimetres: row.int(4)), length: row.int64(5),
             borderDistance: row.isNull(11) ? nil : row.int64(11),
             speed: row.optionalEstimate(from: 12), tariff: row.optionalEstimate(from: 15),
             status: try row.choice(Link.Status.self, 6, table: table, path: path), opened: row.optionalString(7),
             source: row.string(8), confidence: try row.choice(Confidence.self, 9, table: table, path: path),
             notes: row.string(10))
    }
}
