/// One step of the schema's history: a name and the SQL that takes the schema from the previous version to this one.
struct Migration: Sendable {
    let name: String
    let sql: String

    init(_ name: String, sql: String) {
        self.name = name
        self.sql = sql
    }
}

/// The database schema as an append-only list of migrations; version *v* is the first *v* of them.
///
/// Append only: a shipped migration never changes, and it names tables in SQL, never through Swift types. The
/// version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the file as a corridor database.
/// Tables are singular camelCase, one record type each (see `Records/`).
enum Schema {
    /// 'Corr' in ASCII: tells a corridor database from other SQLite files.
    static let applicationID: Int32 = 0x436F_7272

    /// The version this build writes and understands.
    static var currentVersion: Int { migrations.count }

    static let migrations: [Migration] = [
        Migration("v1 plain graphs and the compiled-graph cache", sql: """
            CREATE TABLE versionCounter (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                lastIssued INTEGER NOT NULL
            );
            INSERT INTO versionCounter (id, lastIssued) VALUES (1, 0);
            CREATE TABLE graph (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                sourceFile TEXT NOT NULL,
                format TEXT NOT NULL CHECK (format IN ('dimacs', 'edgeList')),
                undirected INTEGER NOT NULL CHECK (undirected IN (0, 1)),
                nodeCount INTEGER NOT NULL CHECK (nodeCount >= 0),
                edgeCount INTEGER NOT NULL CHECK (edgeCount >= 0),
                arcCount INTEGER NOT NULL CHECK (arcCount >= 0),
                unitScale INTEGER NOT NULL CHECK (unitScale > 0),
                exactCosts INTEGER NOT NULL CHECK (exactCosts IN (0, 1)),
                hasCoordinates INTEGER NOT NULL CHECK (hasCoordinates IN (0, 1)),
                contentVersion INTEGER NOT NULL UNIQUE,
                importedAt TEXT NOT NULL
            );
            CREATE TABLE graphNode (
                graphID INTEGER NOT NULL REFERENCES graph (id),
                node INTEGER NOT NULL,
                inputID INTEGER NOT NULL,
                longitude REAL,
                latitude REAL,
                PRIMARY KEY (graphID, node)
            ) WITHOUT ROWID;
            CREATE TABLE graphEdge (
                graphID INTEGER NOT NULL REFERENCES graph (id),
                ordinal INTEGER NOT NULL,
                inputID INTEGER NOT NULL,
                source INTEGER NOT NULL,
                target INTEGER NOT NULL,
                cost REAL NOT NULL,
                reverseCost REAL,
                PRIMARY KEY (graphID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE compiledGraph (
                contentVersion INTEGER NOT NULL,
                shape TEXT NOT NULL,
                part TEXT NOT NULL,
                ownerKind TEXT NOT NULL,
                ownerName TEXT NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (contentVersion, shape, part)
            );
            """),
    ]
}
