import Foundation
import Testing
@testable import CorridorStore

/// A database with a damaged page in the middle: refused for writing as it is for reading, and left untouched.
@Suite struct DamagedDatabaseTests {
    /// Writes a database holding a 3,000-node ring, then zeroes 4 KiB at the middle of the file.
    static func damagedDatabase() throws -> String {
        let path = try StoreFixtures.databasePath()
        let database = try CorridorDatabase(path: path)
        let csv = try StoreFixtures.file("ring.csv", StoreFixtures.ringEdgeList(nodes: 3000))
        try database.importEdgeList(name: "ring", file: csv)
        database.close()
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64(size / 2 / 4096 * 4096))
        try handle.write(contentsOf: Data(count: 4096))
        try handle.close()
        return path
    }

    @Test func importIntoADamagedDatabaseIsRefusedAndWritesNothing() throws {
        let path = try Self.damagedDatabase()
        let before = try StoreFixtures.digest(path)
        let csv = try StoreFixtures.file("small.csv", StoreFixtures.ringEdgeList(nodes: 5))
        let database = try CorridorDatabase(path: path)
        let error = #expect(throws: StoreError.self) { try database.importEdgeList(name: "x", file: csv) }
        guard case .corrupt(let file, _)? = error else { Issue.record("expected .corrupt, got \(String(describing: error))"); return }
        #expect(file == path)
        #expect(error?.description.contains("the database is damaged") == true)
        #expect(throws: StoreError.self) { try database.deleteGraph(named: "ring") }
        database.close()
        #expect(try StoreFixtures.digest(path) == before)
    }

    @Test func aHealthyDatabaseIsCheckedOnceAndWritten() throws {
        let path = try StoreFixtures.databasePath()
        let database = try CorridorDatabase(path: path)
        for name in ["a", "b"] {
            let csv = try StoreFixtures.file("\(name).csv", StoreFixtures.ringEdgeList(nodes: 5))
            try database.importEdgeList(name: name, file: csv)
        }
        #expect(try database.graphs().map(\.name) == ["a", "b"])
    }
}
