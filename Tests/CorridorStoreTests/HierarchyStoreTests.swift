import CorridorGraph
import CorridorTestSupport
import Foundation
import Testing
@testable import CorridorStore

/// Contraction hierarchies in the compiled-graph cache: a stored hierarchy read back answers exactly as the one
/// built, a damaged one is ignored, and importing the graph again drops it.
@Suite struct HierarchyStoreTests {
    /// A random graph written as an edge list (ties, zero costs, loops and parallel edges included).
    static func randomEdgeList(seed: UInt64) -> String {
        var lines = ["id,source,target,cost"]
        for arc in RandomGraph.arcs(nodes: 60, arcs: 240, seed: seed) {
            lines.append("\(arc.id),\(arc.tail.index + 1),\(arc.head.index + 1),\(arc.weight)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: 0 ..< 5 as Range<UInt64>)
    func storedHierarchyAnswersLikeTheBuiltOne(seed: UInt64) throws {
        let path = try StoreFixtures.databasePath()
        let database = try CorridorDatabase(path: path)
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("r.csv", Self.randomEdgeList(seed: seed)))
        let stored = try database.storedGraph(named: "random")
        #expect(try database.storedHierarchy(of: stored) == nil)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == nil)
        let built = ContractionHierarchy(graph: stored.graph)
        try database.storeHierarchy(built, of: stored)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == built.byteCount)
        database.close()

        // Read back as `route --algorithm ch` and `matrix` read it: the graph without its reverse arcs, which neither
        // the queries nor the build need (a hierarchy built on that graph is the same one).
        let reader = try CorridorDatabase(path: path, readOnly: true)
        let again = try reader.storedGraph(named: "random", withCoordinates: false, withReverseArcs: false)
        #expect(again.loadedFromCache && !again.graph.hasReverseArcs && stored.graph.hasReverseArcs)
        let read = try #require(try reader.storedHierarchy(of: again))
        #expect(read.rank == built.rank && read.upArcs == built.upArcs && read.downArcs == built.downArcs && read.unpack == built.unpack)
        let rebuilt = ContractionHierarchy(graph: again.graph)
        #expect(rebuilt.rank == built.rank && rebuilt.upArcs == built.upArcs && rebuilt.downArcs == built.downArcs
                && rebuilt.unpack == built.unpack)
        var a = ContractionHierarchyQuery(built), b = ContractionHierarchyQuery(read)
        for (s, t) in RandomGraph.pairs(in: stored.graph, count: 200, seed: seed) {
            #expect(a.shortestPath(from: s, to: t) == b.shortestPath(from: s, to: t), "seed \(seed): \(s) → \(t)")
        }
        let nodes = (0 ..< 10).map { NodeID($0) }
        #expect(a.distances(from: nodes, to: nodes) == b.distances(from: nodes, to: nodes))
    }

    /// Large loads read their arrays on two connections and check the hierarchy on two threads; forced onto that
    /// path, a file gives back the same graph and hierarchy as one thread reads, and a damaged part is still refused.
    @Test func twoThreadsReadWhatOneReads() throws {
        let path = try StoreFixtures.databasePath()
        let writer = try CorridorDatabase(path: path)
        try writer.importEdgeList(name: "random", file: try StoreFixtures.file("r.csv", Self.randomEdgeList(seed: 11)))
        let stored = try writer.storedGraph(named: "random")
        try writer.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        let one = try CorridorDatabase(path: path, readOnly: true), two = try CorridorDatabase(path: path, readOnly: true)
        one.parallelReadBytes = .max
        two.parallelReadBytes = 0
        for _ in 0 ..< 3 {
            let (a, b) = (try one.storedGraph(named: "random"), try two.storedGraph(named: "random"))
            #expect(b.loadedFromCache && two.helper != nil)
            #expect(a.graph.head == b.graph.head && a.graph.weight == b.graph.weight && a.graph.inputID == b.graph.inputID
                    && a.graph.tail == b.graph.tail && a.graph.forwardArc == b.graph.forwardArc)
            let (x, y) = (try #require(try one.storedHierarchy(of: a)), try #require(try two.storedHierarchy(of: b)))
            #expect(x.rank == y.rank && x.upArcs == y.upArcs && x.downArcs == y.downArcs && x.unpack == y.unpack)
        }
        try writer.connection.execute("UPDATE compiledGraph SET data = x'FFFFFFFF' || substr(data, 5) WHERE part = 'downArcs'")
        #expect(try two.storedHierarchy(of: try two.storedGraph(named: "random")) == nil, "a damaged part")
    }

    @Test func damagedOrStaleHierarchyIsIgnored() throws {
        let database = try CorridorDatabase.inMemory()
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("r.csv", Self.randomEdgeList(seed: 7)))
        let stored = try database.storedGraph(named: "random")
        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchy(of: stored) != nil)
        try database.connection.execute("UPDATE compiledGraph SET data = x'FFFFFFFF' || substr(data, 5) WHERE part = 'upArcs'")
        #expect(try database.storedHierarchy(of: stored) == nil, "an arc leaving the graph")
        try database.connection.execute("UPDATE compiledGraph SET data = x'0102' WHERE part = 'rank'")
        #expect(try database.storedHierarchy(of: stored) == nil, "a part of odd size")

        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchy(of: stored) != nil)
        try database.connection.execute("DELETE FROM compiledGraph WHERE part = 'checksum'")
        #expect(try database.storedHierarchy(of: stored) == nil, "no checksum")

        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchy(of: stored) != nil)
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("s.csv", Self.randomEdgeList(seed: 8)), replace: true)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == nil, "a new import drops the old hierarchy")
        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == nil, "a hierarchy of the replaced graph is not stored")
    }

    /// One flipped byte anywhere in any part (a weight, an unpacking half, an offset) is caught by the checksum,
    /// even where the structural checks would pass.
    @Test(arguments: CorridorDatabase.hierarchyParts)
    func aFlippedByteIsRefused(part: String) throws {
        let database = try CorridorDatabase.inMemory()
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("r.csv", Self.randomEdgeList(seed: 3)))
        let stored = try database.storedGraph(named: "random")
        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        func hex() throws -> [Character] {
            let statement = try database.connection.prepare("SELECT hex(data) FROM compiledGraph WHERE shape = ? AND part = ?")
            statement.bind(CorridorDatabase.hierarchyShape, at: 1)
            statement.bind(part, at: 2)
            #expect(try statement.step())
            return Array(statement.string(0))
        }
        var random = SplitMix64(seed: UInt64(part.count))
        for _ in 0 ..< 4 {
            // Flip one bit of one byte, through the BLOB's hex text.
            var digits = try hex()
            let offset = Int.random(in: 0 ..< digits.count / 2, using: &random), bit = UInt8(1) << Int.random(in: 0 ..< 8, using: &random)
            let byte = UInt8(String(digits[2 * offset ..< 2 * offset + 2]), radix: 16)! ^ bit
            let flipped = String(byte, radix: 16, uppercase: true)
            digits.replaceSubrange(2 * offset ..< 2 * offset + 2, with: Array(byte < 16 ? "0" + flipped : flipped))
            try database.connection.execute(
                "UPDATE compiledGraph SET data = x'\(String(digits))' WHERE shape = '\(CorridorDatabase.hierarchyShape)' AND part = '\(part)'")
            #expect(try database.storedHierarchy(of: stored) == nil, "part \(part), byte \(offset), bit \(bit)")
            try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
            #expect(try database.storedHierarchy(of: stored) != nil)
        }
    }

    /// A hierarchy stored by an earlier version (separate head, tail and weight arrays, no checksum) is never read
    /// as the current layout: it counts as none, the hierarchy is built again, and storing that drops the old rows.
    @Test func anOlderLayoutIsIgnoredAndReplaced() throws {
        let database = try CorridorDatabase.inMemory()
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("r.csv", Self.randomEdgeList(seed: 5)))
        let stored = try database.storedGraph(named: "random")
        let built = ContractionHierarchy(graph: stored.graph)
        let low = { (words: [UInt64]) in words.map { UInt32(truncatingIfNeeded: $0) } }
        let high = { (words: [UInt64]) in words.map { UInt32(truncatingIfNeeded: $0 >> 32) } }
        let old: [(String, [UInt32])] = [
            ("rank", built.rank), ("upFirst", built.upFirst), ("upHead", low(built.upArcs)), ("upWeight", high(built.upArcs)),
            ("downFirst", built.downFirst), ("downTail", low(built.downArcs)), ("downWeight", high(built.downArcs)),
            ("unpackFirst", low(built.unpack)), ("unpackSecond", high(built.unpack))]
        for (part, array) in old {
            try CompiledGraphRecord.insert(array, part: part, shape: "contraction-hierarchy-v1",
                                           contentVersion: stored.contentVersion, ownerKind: "graph",
                                           ownerName: "random", in: database.connection)
        }
        #expect(try database.storedHierarchy(of: stored) == nil)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == nil)
        try database.storeHierarchy(built, of: stored)
        #expect(try database.storedHierarchy(of: stored)?.upArcs == built.upArcs)
        let statement = try database.connection.prepare("SELECT count(*) FROM compiledGraph WHERE shape = 'contraction-hierarchy-v1'")
        #expect(try statement.step())
        #expect(statement.int(0) == 0, "the old rows are deleted")
    }
}
