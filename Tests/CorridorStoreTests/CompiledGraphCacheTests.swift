import CorridorGraph
import CorridorImport
import CorridorTestSupport
import Foundation
import Testing
@testable import CorridorStore

/// The compiled-graph cache: written with the import, used on load, invalidated by a change, never trusted blindly.
@Suite struct CompiledGraphCacheTests {
    @Test func replacingAGraphInvalidatesItsCompiledArrays() throws {
        let path = try StoreFixtures.databasePath()
        let database = try CorridorDatabase(path: path)
        let first = try database.importEdgeList(name: "ring", file: try StoreFixtures.file("a.csv", StoreFixtures.ringEdgeList(nodes: 12)))
        #expect(try CompiledGraphRecord.count(contentVersion: first.contentVersion, in: database.connection) == 10,
                "eight CSR arrays and the two id maps (node ids 10, 20, …; edge ids from 101)")
        let before = try database.storedGraph(named: "ring")
        #expect(before.loadedFromCache && before.contentVersion == first.contentVersion)

        // Same shape, different costs: a stale cache would still give the old weights.
        let changed = try StoreFixtures.file("b.csv", StoreFixtures.ringEdgeList(nodes: 12, offset: 1))
        let second = try database.importEdgeList(name: "ring", file: changed, replace: true)
        #expect(second.contentVersion != first.contentVersion)
        #expect(try CompiledGraphRecord.count(contentVersion: first.contentVersion, in: database.connection) == 0)
        database.close()

        let reader = try CorridorDatabase(path: path, readOnly: true)
        let after = try reader.storedGraph(named: "ring")
        #expect(after.loadedFromCache && after.contentVersion == second.contentVersion)
        let expected = try EdgeListReader.read(at: changed)
        #expect(after.graph.weight == Graph(nodeCount: expected.nodeCount, arcs: expected.arcs(undirected: false).arcs).weight)
        #expect(after.graph.weight != before.graph.weight)
    }

    /// Arrays of a few megabytes (read into buffers advised for huge pages) come back byte for byte.
    @Test func largeArraysRoundTrip() throws {
        let database = try CorridorDatabase.inMemory()
        var random = SplitMix64(seed: 7)
        let count = PageAdvice.threshold / 8 * 3 + 5
        let words = (0 ..< count).map { _ in random.next() }
        let odd = (0 ..< count / 2 + 1).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        try database.connection.transaction {
            try CompiledGraphRecord.insert(words, part: "words", shape: "test", contentVersion: 1, ownerKind: "graph",
                                           ownerName: "x", in: database.connection)
            try CompiledGraphRecord.insert(odd, part: "odd", shape: "test", contentVersion: 1, ownerKind: "graph",
                                           ownerName: "x", in: database.connection)
        }
        let words2 = CompiledPart<UInt64>("words"), odd2 = CompiledPart<UInt32>("odd")
        let oddWords = CompiledPart<UInt64>("odd")
        for part in [words2, odd2, oddWords] as [any CompiledPartReading] {
            try database.read { try database.readCompiledParts([part], contentVersion: 1, shape: "test") }
        }
        #expect(words2.array == words)
        #expect(odd2.array == odd)
        #expect(oddWords.array == nil,
                "\(odd.count) four-byte words are not a whole number of eight-byte ones")
    }

    /// Arrays that break the graph's invariants (a damaged or hand-edited cache) are ignored and rebuilt.
    @Test func damagedCompiledArraysAreRebuiltFromTheRows() throws {
        let database = try CorridorDatabase.inMemory()
        try database.importEdgeList(name: "ring", file: try StoreFixtures.file("a.csv", StoreFixtures.ringEdgeList(nodes: 20)))
        let good = try database.storedGraph(named: "ring")
        try database.connection.execute("UPDATE compiledGraph SET data = zeroblob(length(data)) WHERE part = 'head'")
        #expect(try database.storedGraph(named: "ring").loadedFromCache, "zero heads are valid node numbers")
        try database.connection.execute("UPDATE compiledGraph SET data = x'FFFFFFFF' || substr(data, 5) WHERE part = 'firstOut'")
        let forward = try database.storedGraph(named: "ring", withReverseArcs: false)
        #expect(!forward.loadedFromCache && forward.graph.firstOut == good.graph.firstOut,
                "read without its reverse arcs, the graph is checked all the same")
        try database.connection.execute("UPDATE compiledGraph SET data = x'FFFFFFFF' || substr(data, 5) WHERE part = 'firstOut'")
        let rebuilt = try database.storedGraph(named: "ring")
        #expect(!rebuilt.loadedFromCache && rebuilt.graph.head == good.graph.head && rebuilt.graph.firstOut == good.graph.firstOut)
        try database.connection.execute("UPDATE compiledGraph SET data = CAST(x'01000000' || substr(data, 5) AS BLOB) WHERE part = 'head'")
        let headBeyond = try database.storedGraph(named: "ring", withReverseArcs: false)
        #expect(headBeyond.loadedFromCache, "node 1 exists")
        try database.connection.execute("UPDATE compiledGraph SET data = CAST(x'FFFFFF00' || substr(data, 5) AS BLOB) WHERE part = 'head'")
        #expect(!(try database.storedGraph(named: "ring", withReverseArcs: false).loadedFromCache),
                "a head beyond the nodes is refused without the reverse arcs too")
        try database.connection.execute("UPDATE compiledGraph SET data = x'0102' WHERE part = 'weight'")
        #expect(!(try database.storedGraph(named: "ring").loadedFromCache), "a part of odd size is refused")
        let again = try database.storedGraph(named: "ring")
        #expect(again.loadedFromCache && again.graph.weight == good.graph.weight)
    }

    /// A read-only connection rebuilds a missing cache in memory and leaves the file alone.
    @Test func readOnlyConnectionRebuildsWithoutWriting() throws {
        let path = try StoreFixtures.databasePath()
        let writer = try CorridorDatabase(path: path)
        try writer.importEdgeList(name: "ring", file: try StoreFixtures.file("a.csv", StoreFixtures.ringEdgeList(nodes: 8)))
        try writer.connection.execute("DELETE FROM compiledGraph")
        writer.close()
        let digest = try StoreFixtures.digest(path)
        let reader = try CorridorDatabase(path: path, readOnly: true)
        #expect(try !reader.storedGraph(named: "ring").loadedFromCache)
        #expect(try !reader.storedGraph(named: "ring").loadedFromCache)
        reader.close()
        #expect(try StoreFixtures.digest(path) == digest)
    }
}
