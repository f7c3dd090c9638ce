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
        Migration("v2 corridor networks", sql: """
            CREATE TABLE network (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                contentVersion INTEGER NOT NULL UNIQUE,
                importedAt TEXT NOT NULL
            );
            CREATE TABLE place (
                networkID INTEGER NOT NULL REFERENCES network (id),
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                country TEXT NOT NULL,
                latitude REAL NOT NULL,
                longitude REAL NOT NULL,
                kind TEXT NOT NULL,
                gaugeMillimetres INTEGER,
                source TEXT NOT NULL,
                confidence TEXT NOT NULL,
                PRIMARY KEY (networkID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE placeAlternativeName (
                networkID INTEGER NOT NULL REFERENCES network (id),
                placeOrdinal INTEGER NOT NULL,
                ordinal INTEGER NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (networkID, placeOrdinal, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE link (
                networkID INTEGER NOT NULL REFERENCES network (id),
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                fromPlace TEXT NOT NULL,
                toPlace TEXT NOT NULL,
                mode TEXT NOT NULL,
                gaugeMillimetres INTEGER,
                lengthMetres INTEGER NOT NULL,
                status TEXT NOT NULL,
                opened TEXT,
                source TEXT NOT NULL,
                confidence TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (networkID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE borderCrossing (
                networkID INTEGER NOT NULL REFERENCES network (id),
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                fromPlace TEXT NOT NULL,
                toPlace TEXT NOT NULL,
                mode TEXT NOT NULL,
                direction TEXT NOT NULL,
                timeLowMinutes INTEGER NOT NULL,
                timeTypicalMinutes INTEGER NOT NULL,
                timeHighMinutes INTEGER NOT NULL,
                feeLowCents INTEGER NOT NULL,
                feeTypicalCents INTEGER NOT NULL,
                feeHighCents INTEGER NOT NULL,
                source TEXT NOT NULL,
                confidence TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (networkID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE transfer (
                networkID INTEGER NOT NULL REFERENCES network (id),
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                place TEXT NOT NULL,
                kind TEXT NOT NULL,
                timeLowMinutes INTEGER NOT NULL,
                timeTypicalMinutes INTEGER NOT NULL,
                timeHighMinutes INTEGER NOT NULL,
                costLowCents INTEGER NOT NULL,
                costTypicalCents INTEGER NOT NULL,
                costHighCents INTEGER NOT NULL,
                source TEXT NOT NULL,
                confidence TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (networkID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE parameter (
                networkID INTEGER NOT NULL REFERENCES network (id),
                ordinal INTEGER NOT NULL,
                key TEXT NOT NULL,
                low TEXT NOT NULL,
                typical TEXT NOT NULL,
                high TEXT NOT NULL,
                unit TEXT NOT NULL,
                appliesTo TEXT NOT NULL,
                source TEXT NOT NULL,
                confidence TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (networkID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE corridor (
                networkID INTEGER NOT NULL REFERENCES network (id),
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (networkID, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE corridorPlace (
                networkID INTEGER NOT NULL REFERENCES network (id),
                corridorOrdinal INTEGER NOT NULL,
                ordinal INTEGER NOT NULL,
                place TEXT NOT NULL,
                PRIMARY KEY (networkID, corridorOrdinal, ordinal)
            ) WITHOUT ROWID;
            """),
        Migration("v3 scenarios on networks", sql: """
            CREATE TABLE scenario (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                networkID INTEGER NOT NULL REFERENCES network (id),
                sourceFile TEXT NOT NULL,
                changeCount INTEGER NOT NULL CHECK (changeCount >= 0),
                text TEXT NOT NULL,
                importedAt TEXT NOT NULL
            );
            CREATE INDEX scenarioByNetwork ON scenario (networkID);
            """),
        Migration("v4 places with several gauges, border points on links", sql: """
            ALTER TABLE place ADD COLUMN otherGauges TEXT NOT NULL DEFAULT '';
            ALTER TABLE link ADD COLUMN borderMetres INTEGER;
            """),
        Migration("v5 links with their own speed and tariff", sql: """
            ALTER TABLE link ADD COLUMN speedLowMetresPerHour INTEGER;
            ALTER TABLE link ADD COLUMN speedTypicalMetresPerHour INTEGER;
            ALTER TABLE link ADD COLUMN speedHighMetresPerHour INTEGER;
            ALTER TABLE link ADD COLUMN tariffLowMillicentsPerKm INTEGER;
            ALTER TABLE link ADD COLUMN tariffTypicalMillicentsPerKm INTEGER;
            ALTER TABLE link ADD COLUMN tariffHighMillicentsPerKm INTEGER;
            """),
    ]

    /// The network tables whose rows belong to one network (`networkID`), children before parents.
    static let networkTables = ["placeAlternativeName", "place", "link", "borderCrossing", "transfer", "parameter",
                                "corridorPlace", "corridor"]
}
