import CorridorGraph
import CorridorTestSupport
import Foundation
import Testing
@testable import CorridorStore

/// USA-road-d.NY through the store, when the shared data sits beside the package.
@Suite struct RealDataStoreTests {
    static let graphFile = "data/dimacs/USA-road-d.NY.gr.gz"

    /// Import, reopen read-only from the compiled cache, and reproduce the peers' one-to-all checksum from node 1.
    @Test(.enabled(if: SharedData.has(graphFile, "peers/MEASURED.md"), SharedData.missing(graphFile, "peers/MEASURED.md")))
    func newYorkRoundTripsThroughTheCache() throws {
        let gr = try #require(SharedData.path(Self.graphFile))
        let measured = try SharedData.measuredOneToAll(graph: "USA-road-d.NY")
        let path = try StoreFixtures.databasePath()
        let writer = try CorridorDatabase(path: path)
        let summary = try writer.importDIMACS(name: "ny", graph: gr)
        #expect(summary.nodeCount == 264_346 && summary.arcCount == 733_846 && summary.edgeCount == 733_846)
        writer.close()

        let reader = try CorridorDatabase(path: path, readOnly: true)
        let stored = try reader.storedGraph(named: "ny")
        #expect(stored.loadedFromCache && stored.graph.nodeCount == 264_346 && stored.graph.arcCount == 733_846)
        let source = try #require(stored.node(forInputID: 1))
        var search = Dijkstra(stored.graph)
        search.run(from: source)
        var checksum: UInt64 = 0, reached = 0
        for node in 0 ..< stored.graph.nodeCount {
            if let distance = search.distance(to: NodeID(node)) { checksum += UInt64(distance); reached += 1 }
        }
        #expect(checksum == measured.checksum && reached == measured.reached)
    }
}
