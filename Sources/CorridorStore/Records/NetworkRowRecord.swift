/// A record type for a network table whose rows are keyed by `(networkID, ordinal)`: one domain value per row, in
/// the network's order. Conforming types list their columns after those two and map one value to and from a row.
protocol NetworkRowRecord {
    associatedtype Value
    static var table: String { get }
    /// The columns after `networkID, ordinal`, in binding order.
    static var columns: [String] { get }
    /// Binds `value` to parameters `3 ... 2 + columns.count`.
    static func bind(_ value: Value, to statement: Statement)
    /// Reads a value from columns `0 ..< columns.count` of `row`.
    static func value(from row: Statement, path: String) throws -> Value
}

extension NetworkRowRecord {
    /// Inserts `values` in order with one prepared statement.
    static func insertAll(_ values: [Value], networkID: Int64, in connection: Connection) throws {
        let placeholders = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
        let statement = try connection.prepare(
            "INSERT INTO \(table) (networkID, ordinal, \(columns.joined(separator: ", "))) VALUES (\(placeholders))")
        for (ordinal, value) in values.enumerated() {
            statement.bind(networkID, at: 1)
            statement.bind(ordinal, at: 2)
            bind(value, to: statement)
            try statement.run()
        }
    }

    /// The values of network `networkID`, in order.
    static func fetchAll(networkID: Int64, in connection: Connection) throws -> [Value] {
        let statement = try connection.prepare(
            "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE networkID = ? ORDER BY ordinal")
        statement.bind(networkID, at: 1)
        var values: [Value] = []
        while try statement.step() { values.append(try value(from: statement, path: connection.path)) }
        return values
    }

    /// The number of rows of network `networkID`.
    static func count(networkID: Int64, in connection: Connection) throws -> Int {
        let statement = try connection.prepare("SELECT count(*) FROM \(table) WHERE networkID = ?")
        statement.bind(networkID, at: 1)
        try statement.step()
        return statement.int(0)
    }
}
