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

        let reader = try CorridorDatabase(path: path, readOnly: true)
        let again = try reader.storedGraph(named: "random")
        let read = try #require(try reader.storedHierarchy(of: again))
        #expect(read.rank == built.rank && read.upHead == built.upHead && read.unpackSecond == built.unpackSecond)
        var a = ContractionHierarchyQuery(built), b = ContractionHierarchyQuery(read)
        for (s, t) in RandomGraph.pairs(in: stored.graph, count: 200, seed: seed) {
            #expect(a.shortestPath(from: s, to: t) == b.shortestPath(from: s, to: t), "seed \(seed): \(s) → \(t)")
        }
        let nodes = (0 ..< 10).map { NodeID($0) }
        #expect(a.distances(from: nodes, to: nodes) == b.distances(from: nodes, to: nodes))
    }

    @Test func damagedOrStaleHierarchyIsIgnored() throws {
        let database = try CorridorDatabase.inMemory()
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("r.csv", Self.randomEdgeList(seed: 7)))
        let stored = try database.storedGraph(named: "random")
        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchy(of: stored) != nil)
        try database.connection.execute("UPDATE compiledGraph SET data = x'FFFFFFFF' || substr(data, 5) WHERE part = 'upHead'")
        #expect(try database.storedHierarchy(of: stored) == nil, "an arc leaving the graph")
        try database.connection.execute("UPDATE compiledGraph SET data = x'0102' WHERE part = 'rank'")
        #expect(try database.storedHierarchy(of: stored) == nil, "a part of odd size")

        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchy(of: stored) != nil)
        try database.importEdgeList(name: "random", file: try StoreFixtures.file("s.csv", Self.randomEdgeList(seed: 8)), replace: true)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == nil, "a new import drops the old hierarchy")
        try database.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        #expect(try database.storedHierarchyByteCount(ofGraph: "random") == nil, "a hierarchy of the replaced graph is not stored")
    }
}
