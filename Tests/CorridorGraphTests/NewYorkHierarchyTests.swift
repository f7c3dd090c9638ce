import CorridorGraph
import CorridorTestSupport
import Testing

/// The contraction hierarchy of both New York road graphs against Dijkstra and the peers' expected distances: the
/// first 100 pairs (distance and unpacked path) and a 40 × 100 matrix, with the dense core and without. Building the
/// hierarchy of 264,346 nodes takes about half a minute per graph in a debug build, so the suite runs serially, and
/// whenever `../shared` is present.
@Suite(.serialized) struct NewYorkHierarchyTests {
    static let enabled = SharedData.path("data/dimacs/USA-road-d.NY.gr.gz") != nil
        && SharedData.path("peers/ny_pairs_expected.txt") != nil

    @Test(.enabled(if: enabled, "needs ../shared (data/dimacs, peers/ny_pairs_expected.txt)"),
          arguments: NewYorkTests.Metric.allCases)
    func hierarchyAgreesWithDijkstraAndPeers(metric: NewYorkTests.Metric) throws {
        let loaded = try NewYorkTests.load(metric)
        let pairs = try NewYorkTests.expectedPairs(metric, count: 100)
        let graph = loaded.graph
        let hierarchy = ContractionHierarchy(graph: graph)
        hierarchy.checkInvariants()
        var query = ContractionHierarchyQuery(hierarchy), dijkstra = Dijkstra(graph)
        for (s, t, expected) in pairs {
            #expect(query.distance(from: s, to: t) == expected, "\(s) → \(t)")
            let path = query.shortestPath(from: s, to: t)
            #expect(path?.weight == expected, "path \(s) → \(t)")
            if let path { graph.expectValid(path, from: s, to: t, "CH") }
            #expect(query.nodePath(from: s, to: t) == path?.nodes, "node path \(s) → \(t)")
            #expect(dijkstra.distance(from: s, to: t) == expected)
        }
        // Forty sources: two full blocks of the core's sweep and a partial one; with the core and without.
        let sources = pairs.prefix(40).map(\.0), targets = pairs.map(\.1)
        let rows = query.distances(from: sources, to: targets)
        for (i, s) in sources.enumerated() {
            #expect(rows[i] == dijkstra.distances(from: s, to: targets), "row from \(s)")
        }
        query.matrixCoreSize = 0
        #expect(query.distances(from: sources, to: targets) == rows, "the matrix without a core")
    }
}
