/// A row of the `scenario` table: a scenario file's text as imported, the network it applies to, its provenance.
struct ScenarioRecord {
    var id: Int64
    var name: String
    var networkID: Int64
    var sourceFile: String
    var changeCount: Int
    var text: String
    var importedAt: String

    static let columns = "id, name, networkID, sourceFile, changeCount, text, importedAt"

    /// Inserts the row (its `id` is ignored).
    func insert(in connection: Connection) throws {
        let statement = try connection.prepare("""
            INSERT INTO scenario (name, networkID, sourceFile, changeCount, text, importedAt) VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.bind(name, at: 1)
        statement.bind(networkID, at: 2)
        statement.bind(sourceFile, at: 3)
        statement.bind(changeCount, at: 4)
        statement.bind(text, at: 5)
        statement.bind(importedAt, at: 6)
        try statement.run()
    }

    static func fetch(named name: String, in connection: Connection) throws -> ScenarioRecord? {
        let statement = try connection.prepare("SELECT \(columns) FROM scenario WHERE name = ?")
        statement.bind(name, at: 1)
        return try statement.step() ? ScenarioRecord(statement) : nil
    }

    /// Every scenario, by name; only those on network `networkID` when given.
    static func fetchAll(networkID: Int64? = nil, in connection: Connection) throws -> [ScenarioRecord] {
        let filter = networkID == nil ? "" : " WHERE networkID = ?"
        let statement = try connection.prepare("SELECT \(columns) FROM scenario\(filter) ORDER BY name")
        if let networkID { statement.bind(networkID, at: 1) }
        var records: [ScenarioRecord] = []
        while try statement.step() { records.append(ScenarioRecord(statement)) }
        return records
    }

    static func delete(named name: String, in connection: Connection) throws {
        let statement = try connection.prepare("DELETE FROM scenario WHERE name = ?")
        statement.bind(name, at: 1)
        try statement.run()
    }

    /// Moves every scenario of network `from` to network `to`.
    static func move(fromNetwork from: Int64, toNetwork to: Int64, in connection: Connection) throws {
        let statement = try connection.prepare("UPDATE scenario SET networkID = ? WHERE networkID = ?")
        statement.bind(to, at: 1)
        statement.bind(from, at: 2)
        try statement.run()
    }
}

extension ScenarioRecord {
    /// The record in the current row of a statement that selected ``columns``.
    init(_ row: Statement) {
        self.init(id: row.int64(0), name: row.string(1), networkID: row.int64(2), sourceFile: row.string(3),
                  changeCount: row.int(4), text: row.string(5), importedAt: row.string(6))
    }
}
