/// A row of the `network` table: a stored corridor network's name, content version and import time. Its rows
/// live in the tables of ``Schema/networkTables``.
struct NetworkRecord {
    var id: Int64
    var name: String
    var contentVersion: Int64
    var importedAt: String

    static func insert(name: String, contentVersion: Int64, importedAt: String,
                       in connection: Connection) throws -> NetworkRecord {
        let statement = try connection.prepare("INSERT INTO network (name, contentVersion, importedAt) VALUES (?, ?, ?)")
        statement.bind(name, at: 1)
        statement.bind(contentVersion, at: 2)
        statement.bind(importedAt, at: 3)
        try statement.run()
        return NetworkRecord(id: connection.lastInsertedRowID, name: name, contentVersion: contentVersion,
                             importedAt: importedAt)
    }

    static let columns = "id, name, contentVersion, importedAt"

    static func fetch(named name: String, in connection: Connection) throws -> NetworkRecord? {
        let statement = try connection.prepare("SELECT \(columns) FROM network WHERE name = ?")
        statement.bind(name, at: 1)
        return try statement.step() ? NetworkRecord(statement) : nil
    }

    static func fetchAll(in connection: Connection) throws -> [NetworkRecord] {
        let statement = try connection.prepare("SELECT \(columns) FROM network ORDER BY name")
        var records: [NetworkRecord] = []
        while try statement.step() { records.append(NetworkRecord(statement)) }
        return records
    }

    /// Deletes the network, every row of its tables and its compiled graphs.
    static func delete(_ record: NetworkRecord, in connection: Connection) throws {
        for table in Schema.networkTables + ["network"] {
            let statement = try connection.prepare(
                "DELETE FROM \(table) WHERE \(table == "network" ? "id" : "networkID") = ?")
            statement.bind(record.id, at: 1)
            try statement.run()
        }
        try CompiledGraphRecord.delete(contentVersion: record.contentVersion, in: connection)
    }
}

extension NetworkRecord {
    /// The record in the current row of a statement that selected ``columns``.
    init(_ row: Statement) {
        self.init(id: row.int64(0), name: row.string(1), contentVersion: row.int64(2), importedAt: row.string(3))
    }
}
