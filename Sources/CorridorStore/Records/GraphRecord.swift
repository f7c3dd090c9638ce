/// A row of the `graph` table: one imported plain graph, its provenance, sizes and weight scale.
struct GraphRecord {
    var id: Int64
    var name: String
    var sourceFile: String
    var format: String
    var undirected: Bool
    var nodeCount: Int
    var edgeCount: Int
    var arcCount: Int
    var unitScale: Int
    var exactCosts: Bool
    var hasCoordinates: Bool
    var contentVersion: Int64
    var importedAt: String

    static let columns = """
        id, name, sourceFile, format, undirected, nodeCount, edgeCount, arcCount, unitScale, exactCosts, \
        hasCoordinates, contentVersion, importedAt
        """

    /// Inserts the row (its `id` is ignored) and returns it with the id SQLite chose.
    func inserted(in connection: Connection) throws -> GraphRecord {
        let statement = try connection.prepare("""
            INSERT INTO graph (name, sourceFile, format, undirected, nodeCount, edgeCount, arcCount, unitScale,
                               exactCosts, hasCoordinates, contentVersion, importedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        statement.bind(name, at: 1)
        statement.bind(sourceFile, at: 2)
        statement.bind(format, at: 3)
        statement.bind(undirected ? 1 : 0, at: 4)
        statement.bind(nodeCount, at: 5)
        statement.bind(edgeCount, at: 6)
        statement.bind(arcCount, at: 7)
        statement.bind(unitScale, at: 8)
        statement.bind(exactCosts ? 1 : 0, at: 9)
        statement.bind(hasCoordinates ? 1 : 0, at: 10)
        statement.bind(contentVersion, at: 11)
        statement.bind(importedAt, at: 12)
        try statement.run()
        var record = self
        record.id = connection.lastInsertedRowID
        return record
    }

    static func fetch(named name: String, in connection: Connection) throws -> GraphRecord? {
        let statement = try connection.prepare("SELECT \(columns) FROM graph WHERE name = ?")
        statement.bind(name, at: 1)
        return try statement.step() ? GraphRecord(statement) : nil
    }

    static func fetchAll(in connection: Connection) throws -> [GraphRecord] {
        let statement = try connection.prepare("SELECT \(columns) FROM graph ORDER BY name")
        var records: [GraphRecord] = []
        while try statement.step() { records.append(GraphRecord(statement)) }
        return records
    }

    /// Deletes the graph with its nodes, edges and compiled arrays.
    static func delete(id: Int64, contentVersion: Int64, in connection: Connection) throws {
        for sql in ["DELETE FROM graphEdge WHERE graphID = ?", "DELETE FROM graphNode WHERE graphID = ?",
                    "DELETE FROM graph WHERE id = ?"] {
            let statement = try connection.prepare(sql)
            statement.bind(id, at: 1)
            try statement.run()
        }
        try CompiledGraphRecord.delete(contentVersion: contentVersion, in: connection)
    }
}

extension GraphRecord {
    /// The record in the current row of a statement that selected ``columns``.
    init(_ row: Statement) {
        self.init(id: row.int64(0), name: row.string(1), sourceFile: row.string(2), format: row.string(3),
                  undirected: row.int64(4) != 0, nodeCount: row.int(5), edgeCount: row.int(6), arcCount: row.int(7),
                  unitScale: row.int(8), exactCosts: row.int64(9) != 0, hasCoordinates: row.int64(10) != 0,
                  contentVersion: row.int64(11), importedAt: row.string(12))
    }
}
