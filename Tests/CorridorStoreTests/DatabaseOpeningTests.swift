import CSQLite
import Foundation
import Testing
@testable import CorridorStore

/// Opening files: new, empty, newer, foreign, garbage, truncated, read-only.
@Suite struct DatabaseOpeningTests {
    @Test func inMemoryDatabaseHasTheCurrentSchema() throws {
        let database = try CorridorDatabase.inMemory()
        #expect(try database.storedSchemaVersion() == CorridorDatabase.schemaVersion)
        #expect(try database.graphs().isEmpty)
        try database.checkIntegrity()
    }

    @Test func emptyFileIsMigratedInWALMode() throws {
        let path = try StoreFixtures.file("empty.sqlite", "")
        let database = try CorridorDatabase(path: path)
        #expect(try database.storedSchemaVersion() == CorridorDatabase.schemaVersion)
        let mode = try database.connection.prepare("PRAGMA journal_mode")
        try mode.step()
        #expect(mode.string(0) == "wal")
        #expect(try database.connection.integer("PRAGMA application_id") == Int64(Schema.applicationID))
        database.close()
        let again = try CorridorDatabase(path: path, readOnly: true)
        #expect(try again.graphs().isEmpty)
    }

    /// A file at schema v1 (graphs only, made here by removing what later versions added) is upgraded on a writable open and
    /// keeps its graph.
    @Test func olderSchemaIsMigratedKeepingItsData() throws {
        let path = try StoreFixtures.databasePath()
        let csv = try StoreFixtures.file("ring.csv", StoreFixtures.ringEdgeList(nodes: 6))
        let current = try CorridorDatabase(path: path)
        try current.importEdgeList(name: "ring", file: csv)
        current.close()
        let drops = (["scenario"] + Schema.networkTables + ["network"]).map { "DROP TABLE \($0);" }.joined()
        try StoreFixtures.rawSQL(path, drops + "PRAGMA user_version = 1")
        #expect(throws: StoreError.schemaNeedsUpgrade(path: path, found: 1, supported: CorridorDatabase.schemaVersion)) {
            try CorridorDatabase(path: path, readOnly: true)
        }
        let upgraded = try CorridorDatabase(path: path)
        #expect(try upgraded.storedSchemaVersion() == CorridorDatabase.schemaVersion)
        #expect(try upgraded.networks().isEmpty)
        upgraded.close()
        #expect(try CorridorDatabase(path: path, readOnly: true).storedGraph(named: "ring").graph.nodeCount == 6)
    }

    @Test func newerSchemaIsRefusedNamingBothVersions() throws {
        let path = try StoreFixtures.databasePath()
        try CorridorDatabase(path: path).close()
        let newer = CorridorDatabase.schemaVersion + 6
        try StoreFixtures.rawSQL(path, "PRAGMA user_version = \(newer)")
        for readOnly in [false, true] {
            let error = #expect(throws: StoreError.self) { try CorridorDatabase(path: path, readOnly: readOnly) }
            #expect(error?.description
                == "Cannot open '\(path)': its schema v\(newer) is newer than this tool understands (v\(CorridorDatabase.schemaVersion)).")
        }
    }

    @Test func garbageFileIsRefusedWithASentence() throws {
        let path = try StoreFixtures.file("edges.sqlite", "id,source,target,cost\n1,1,2,3\n" + String(repeating: "x", count: 200))
        let before = try StoreFixtures.digest(path)
        let error = #expect(throws: StoreError.self) { try CorridorDatabase(path: path) }
        #expect(error == .notADatabase(path: path, start: "id,source,target,cost"))
        #expect(error?.description.hasPrefix("Cannot open '\(path)': it is not a SQLite database") == true)
        #expect(try StoreFixtures.digest(path) == before)
        let tiny = try StoreFixtures.file("tiny.sqlite", "SQLite")
        #expect(throws: StoreError.notADatabase(path: tiny, start: "SQLite")) { try CorridorDatabase(path: tiny) }
    }

    /// A file cut in half (a failed copy) is refused as damaged, on open, without a crash.
    @Test func truncatedFileIsRefusedAsDamaged() throws {
        let path = try StoreFixtures.databasePath()
        let database = try CorridorDatabase(path: path)
        let csv = try StoreFixtures.file("ring.csv", StoreFixtures.ringEdgeList(nodes: 3000))
        try database.importEdgeList(name: "ring", file: csv)
        database.close()
        #expect(!StoreFixtures.hasWAL(path))
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(truncate(path, off_t(size / 2)) == 0)
        for readOnly in [false, true] {
            do {
                let reopened = try CorridorDatabase(path: path, readOnly: readOnly)
                _ = try reopened.storedGraph(named: "ring")
                Issue.record("a truncated file was accepted")
            } catch let error as StoreError {
                guard case .corrupt(let file, _) = error else { Issue.record("\(error)"); continue }
                #expect(file == path)
                #expect(error.description.contains("the database is damaged"))
            }
        }
    }

    @Test func otherProgramsDatabaseIsRefused() throws {
        let path = try StoreFixtures.databasePath()
        try StoreFixtures.rawSQL(path, "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
        #expect(throws: StoreError.foreignDatabase(path: path, applicationID: 0)) { try CorridorDatabase(path: path) }
        let schema = try Connection(path: path, readOnly: true)
        #expect(try schema.integer("SELECT count(*) FROM sqlite_master") == 1, "nothing was added to it")
    }

    @Test func readOnlyOpenCannotWrite() throws {
        let path = try StoreFixtures.databasePath()
        try CorridorDatabase(path: path).close()
        let csv = try StoreFixtures.file("ring.csv", StoreFixtures.ringEdgeList(nodes: 5))
        let database = try CorridorDatabase(path: path, readOnly: true)
        #expect(throws: StoreError.readOnly(path: path)) { try database.importEdgeList(name: "ring", file: csv) }
        #expect(throws: StoreError.self) { try database.connection.execute("CREATE TABLE sneaky (x)") }
        #expect(try database.graphs().isEmpty)
    }

    @Test func readOnlyOpenOfMissingOrUnmigratedFileIsRefused() throws {
        let folder = try StoreFixtures.folder()
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: StoreError.missingDatabase(path: missing)) { try CorridorDatabase(path: missing, readOnly: true) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let empty = try StoreFixtures.file("empty.sqlite", "", in: folder)
        #expect(throws: StoreError.schemaNeedsUpgrade(path: empty, found: 0, supported: CorridorDatabase.schemaVersion)) {
            try CorridorDatabase(path: empty, readOnly: true)
        }
    }

    @Test func unknownNamesSuggestTheClosest() throws {
        let database = try CorridorDatabase.inMemory()
        let csv = try StoreFixtures.file("ring.csv", StoreFixtures.ringEdgeList(nodes: 5))
        try database.importEdgeList(name: "almaty-roads", file: csv)
        let error = #expect(throws: StoreError.self) { try database.storedGraph(named: "almatyroads") }
        #expect(error?.description == "No graph named 'almatyroads' in ':memory:'. Did you mean 'almaty-roads'?")
        #expect(throws: StoreError.notFound(kind: "graph", name: "baku", path: ":memory:", suggestion: nil)) {
            try database.deleteGraph(named: "baku")
        }
    }

    @Test func aNameIsAGraphOrANetworkAndAMisspeltOneSuggestsEither() throws {
        let database = try CorridorDatabase.inMemory()
        let csv = try StoreFixtures.file("ring.csv", StoreFixtures.ringEdgeList(nodes: 5))
        try database.importEdgeList(name: "almaty-roads", file: csv)
        try database.importNetwork(NetworkStoreTests.awkward, name: "silk-road")
        #expect(try database.storedKind(ofName: "almaty-roads") == .graph)
        #expect(try database.storedKind(ofName: "silk-road") == .network)
        #expect(throws: StoreError.notFound(kind: "network or graph", name: "almatyroads", path: ":memory:",
                                            suggestion: "almaty-roads")) {
            try database.storedKind(ofName: "almatyroads")
        }
        #expect(throws: StoreError.notFound(kind: "network or graph", name: "silkroad", path: ":memory:",
                                            suggestion: "silk-road")) {
            try database.storedKind(ofName: "silkroad")
        }
        #expect(throws: StoreError.notFound(kind: "network or graph", name: "baku", path: ":memory:", suggestion: nil)) {
            try database.storedKind(ofName: "baku")
        }
    }
}
