import CorridorGraph
import CorridorTestSupport
import Testing

/// The hierarchy's matrices (buckets below a dense core swept thirty-two or sixteen sources at a time) against the naive
/// ``ReferenceDijkstra`` on seeded random graphs and grids with ties, zero weights, loops, parallel arcs and
/// unreachable parts: every core size from none to the whole graph, one block of sources, several, and a partial
/// last one, repeated nodes, and sources equal to targets.
@Suite struct ContractionHierarchyMatrixTests {
    static func graph(_ seed: UInt64) -> Graph {
        switch seed % 3 {
        case 0: RandomGraph.make(nodes: 120, arcs: 120 * Int(1 + seed % 4), seed: seed)
        case 1: AgreementTests.graph(seed)
        default: RandomGraph.grid(width: 12, height: 9, maxWeight: seed % 4 == 2 ? 1 : 9, seed: seed)
        }
    }

    /// `rows` equals the reference's distances from each source to each target.
    static func expectRows(_ rows: [[Weight?]], _ sources: [NodeID], _ targets: [NodeID], _ reference: inout ReferenceDijkstra,
                           _ context: String) {
        #expect(rows.count == sources.count, "\(context): row count")
        for (i, s) in sources.enumerated() where i < rows.count {
            let expected = reference.distances(from: s)
            #expect(rows[i].map { $0.map(UInt64.init) } == targets.map { expected[$0.index] }, "\(context): row from \(s)")
        }
    }

    @Test(arguments: 0 ..< 45 as Range<UInt64>)
    func matrixAgreesWithReferenceForEveryCoreSize(seed: UInt64) {
        let graph = Self.graph(seed), n = graph.nodeCount
        var query = ContractionHierarchyQuery(ContractionHierarchy(graph: graph)), reference = ReferenceDijkstra(graph)
        var random = SplitMix64(seed: seed)
        func nodes(_ count: Int) -> [NodeID] { (0 ..< count).map { _ in NodeID(Int.random(in: 0 ..< n, using: &random)) } }
        for (round, coreSize) in [0, 1, 3, n / 4, n / 2, n - 1, n, n + 7, 512].enumerated() {
            query.matrixCoreSize = coreSize
            // One block, exactly one, one more than one, two and a partial third.
            let sourceCount = [1, 15, 16, 17, 40][(round + Int(seed)) % 5]
            let sources = nodes(sourceCount), targets = nodes(Int.random(in: 1 ... 30, using: &random))
            Self.expectRows(query.distances(from: sources, to: targets), sources, targets, &reference,
                            "seed \(seed), core \(coreSize)")
        }
        // Sources equal to targets, with repeats, on the default core and without one.
        let both = nodes(20) + nodes(3).flatMap { [$0, $0] }
        for coreSize in [0, ContractionHierarchyQuery(ContractionHierarchy(graph: graph)).matrixCoreSize] {
            query.matrixCoreSize = coreSize
            Self.expectRows(query.distances(from: both, to: both), both, both, &reference, "seed \(seed), same, core \(coreSize)")
        }
    }

    @Test func emptyListsGiveEmptyRows() {
        let graph = RandomGraph.make(nodes: 30, arcs: 90, seed: 3)
        var query = ContractionHierarchyQuery(ContractionHierarchy(graph: graph))
        let nodes = (0 ..< 20).map { NodeID($0) }
        for coreSize in [0, 30] {
            query.matrixCoreSize = coreSize
            #expect(query.distances(from: [], to: nodes).isEmpty)
            #expect(query.distances(from: nodes, to: []) == [[Weight?]](repeating: [], count: 20))
            #expect(query.distances(from: [], to: []).isEmpty)
        }
    }

    /// Weights scaled by 2¹⁶ + 1 to 2²⁷ + 1, so that some sums pass 2²⁴ (where the core's `Float` lanes stop being exact and
    /// a block is swept again in `Double` ones) and some pass ``Weight/infinity``; compared with ``Dijkstra``, which
    /// saturates the same way.
    @Test(arguments: 0 ..< 24 as Range<UInt64>)
    func largeWeightsAgreeWithDijkstra(seed: UInt64) {
        let shift = Weight(16 + seed % 12), n = 100
        let arcs = RandomGraph.arcs(nodes: n, arcs: n * Int(2 + seed % 3), seed: seed).map { arc in
            var arc = arc
            arc.weight = arc.weight << shift + arc.weight   // odd multiples too: not exact in a `Float` past 2²⁴
            return arc
        }
        let graph = Graph(nodeCount: n, arcs: arcs)
        var query = ContractionHierarchyQuery(ContractionHierarchy(graph: graph)), dijkstra = Dijkstra(graph)
        var random = SplitMix64(seed: seed)
        for coreSize in [0, 10, 50, n] {
            query.matrixCoreSize = coreSize
            let sources = (0 ..< 40).map { _ in NodeID(Int.random(in: 0 ..< n, using: &random)) }
            let targets = (0 ..< 30).map { _ in NodeID(Int.random(in: 0 ..< n, using: &random)) }
            let rows = query.distances(from: sources, to: targets)
            for (i, s) in sources.enumerated() {
                #expect(rows[i] == dijkstra.distances(from: s, to: targets), "seed \(seed), core \(coreSize): row from \(s)")
            }
        }
    }

    /// Sums past ``Weight/infinity`` count as no path in the core's lanes too.
    @Test func heavyPathsSaturateInTheCore() {
        let big = Weight.infinity / 2 + 1
        let graph = Graph(nodeCount: 3, arcs: [Arc(tail: NodeID(0), head: NodeID(1), weight: big, id: 1),
                                               Arc(tail: NodeID(1), head: NodeID(2), weight: big, id: 2),
                                               Arc(tail: NodeID(2), head: NodeID(1), weight: 0, id: 3)])
        var query = ContractionHierarchyQuery(ContractionHierarchy(graph: graph)), dijkstra = Dijkstra(graph)
        let nodes = (0 ..< 12).map { NodeID($0 % 3) }   // twelve of each: enough for the core to be used
        for coreSize in [0, 1, 2, 3] {
            query.matrixCoreSize = coreSize
            let rows = query.distances(from: nodes, to: nodes)
            for (i, s) in nodes.enumerated() {
                #expect(rows[i] == dijkstra.distances(from: s, to: nodes), "core \(coreSize): row from \(s)")
            }
        }
    }
}
