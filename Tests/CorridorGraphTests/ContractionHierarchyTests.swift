@testable import CorridorGraph
import CorridorTestSupport
import Testing

/// The contraction hierarchy against the naive ``ReferenceDijkstra`` on seeded random graphs with ties, zero weights,
/// loops, parallel arcs and unreachable parts: distances, unpacked paths (valid arcs of the graph with their input
/// ids) and matrices; and the hierarchy rebuilt from its arrays, or refused when they are damaged.
@Suite struct ContractionHierarchyTests {
    static let seeds = 0 ..< 200 as Range<UInt64>

    @Test(arguments: seeds)
    func everyPairAgreesWithReference(seed: UInt64) {
        let graph = AgreementTests.graph(seed)
        let hierarchy = ContractionHierarchy(graph: graph)
        hierarchy.checkInvariants()
        var query = ContractionHierarchyQuery(hierarchy), reference = ReferenceDijkstra(graph)
        for s in 0 ..< graph.nodeCount {
            let source = NodeID(s)
            let expected = reference.distances(from: source)
            for t in 0 ..< graph.nodeCount {
                let target = NodeID(t)
                #expect(query.distance(from: source, to: target).map(UInt64.init) == expected[t], "seed \(seed): \(s) → \(t)")
                let path = query.shortestPath(from: source, to: target)
                #expect(path.map { UInt64($0.weight) } == expected[t], "seed \(seed): path \(s) → \(t)")
                if let path { graph.expectValid(path, from: source, to: target, "seed \(seed) CH") }
                #expect(query.nodePath(from: source, to: target) == path?.nodes, "seed \(seed): node path \(s) → \(t)")
            }
        }
    }

    /// Larger graphs, where most nodes are contracted late and shortcuts stack on shortcuts.
    @Test(arguments: 0 ..< 20 as Range<UInt64>)
    func largerGraphsAgreeWithReference(seed: UInt64) {
        let graph = seed % 2 == 0 ? RandomGraph.make(nodes: 400, arcs: 1600, seed: seed)
            : RandomGraph.grid(width: 20, height: 15, maxWeight: seed % 4 == 1 ? 1 : 9, seed: seed)
        let hierarchy = ContractionHierarchy(graph: graph)
        hierarchy.checkInvariants()
        #expect(hierarchy.upCount + hierarchy.downCount >= Set((0 ..< graph.arcCount).filter {
            graph.head[$0] != UInt32(graph.tail(ofArc: $0))
        }.map { [graph.tail(ofArc: $0), Int(graph.head[$0])] }).count, "every arc of the graph or a lighter path is kept")
        var query = ContractionHierarchyQuery(hierarchy), reference = ReferenceDijkstra(graph)
        for (s, t) in RandomGraph.pairs(in: graph, count: 60, seed: seed) {
            let expected = reference.distances(from: s)[t.index]
            let path = query.shortestPath(from: s, to: t)
            #expect(path.map { UInt64($0.weight) } == expected, "seed \(seed): \(s) → \(t)")
            if let path { graph.expectValid(path, from: s, to: t, "seed \(seed) CH") }
            #expect(query.distance(from: s, to: t).map(UInt64.init) == expected)
        }
    }

    /// Paths several times longer than ``ContractionHierarchyQuery/unpackChunk`` arcs, on long thin grids (whose
    /// shortcuts stack deep), unpack as Dijkstra's paths: their arcs are gathered in more than one chunk.
    @Test(arguments: 0 ..< 6 as Range<UInt64>)
    func longPathsUnpackInSeveralChunks(seed: UInt64) {
        let width = 4 * ContractionHierarchyQuery.unpackChunk
        let graph = RandomGraph.grid(width: width, height: 2, maxWeight: seed % 2 == 0 ? 1 : 9, seed: seed)
        let hierarchy = ContractionHierarchy(graph: graph)
        hierarchy.checkInvariants()
        var query = ContractionHierarchyQuery(hierarchy), reference = ReferenceDijkstra(graph)
        let corners = [(NodeID(0), NodeID(graph.nodeCount - 1)), (NodeID(width - 1), NodeID(width))]
        var longest = 0
        for (s, t) in corners + RandomGraph.pairs(in: graph, count: 20, seed: seed) {
            let expected = reference.distances(from: s)[t.index]
            let path = query.shortestPath(from: s, to: t)
            #expect(path.map { UInt64($0.weight) } == expected, "seed \(seed): \(s) → \(t)")
            if let path {
                graph.expectValid(path, from: s, to: t, "seed \(seed) CH")
                longest = max(longest, path.arcs.count)
            }
            #expect(query.nodePath(from: s, to: t) == path?.nodes, "seed \(seed): node path \(s) → \(t)")
        }
        #expect(longest > 2 * ContractionHierarchyQuery.unpackChunk)
    }

    @Test(arguments: 0 ..< 60 as Range<UInt64>)
    func matrixAgreesWithReference(seed: UInt64) {
        let graph = seed < 50 ? AgreementTests.graph(seed * 4 + 1) : RandomGraph.make(nodes: 200, arcs: 700, seed: seed)
        var query = ContractionHierarchyQuery(ContractionHierarchy(graph: graph)), reference = ReferenceDijkstra(graph)
        var random = SplitMix64(seed: seed)
        for _ in 0 ..< 3 {
            let sources = (0 ..< Int.random(in: 0 ... 7, using: &random)).map { _ in NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random)) }
            let targets = (0 ..< Int.random(in: 0 ... 7, using: &random)).map { _ in NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random)) }
            let rows = query.distances(from: sources, to: targets)
            #expect(rows.count == sources.count)
            for (i, s) in sources.enumerated() {
                let expected = reference.distances(from: s)
                #expect(rows[i].map { $0.map(UInt64.init) } == targets.map { expected[$0.index] }, "seed \(seed): \(s) → \(targets)")
            }
        }
    }

    @Test func emptyAndSingleNodeGraphs() {
        for graph in [Graph(nodeCount: 0, arcs: []), Graph(nodeCount: 1, arcs: [Arc(tail: NodeID(0), head: NodeID(0), weight: 3, id: 7)])] {
            let hierarchy = ContractionHierarchy(graph: graph)
            hierarchy.checkInvariants()
            #expect(hierarchy.upCount + hierarchy.downCount == 0)
            var query = ContractionHierarchyQuery(hierarchy)
            #expect(query.distances(from: [], to: []).isEmpty)
            if graph.nodeCount == 1 {
                #expect(query.shortestPath(from: NodeID(0), to: NodeID(0))?.arcs == [])
                #expect(query.distances(from: [NodeID(0)], to: [NodeID(0), NodeID(0)]) == [[0, 0]])
            }
        }
    }

    /// Paths whose weight does not fit in a ``Weight`` count as no path, as in ``Dijkstra``.
    @Test func heavyPathsSaturateLikeDijkstra() {
        let big = Weight.infinity / 2 + 1
        let graph = Graph(nodeCount: 3, arcs: [Arc(tail: NodeID(0), head: NodeID(1), weight: big, id: 1),
                                               Arc(tail: NodeID(1), head: NodeID(2), weight: big, id: 2)])
        var query = ContractionHierarchyQuery(ContractionHierarchy(graph: graph)), dijkstra = Dijkstra(graph)
        #expect(query.distance(from: NodeID(0), to: NodeID(1)) == big)
        #expect(query.distance(from: NodeID(0), to: NodeID(2)) == dijkstra.distance(from: NodeID(0), to: NodeID(2)))
    }

    @Test(arguments: 0 ..< 30 as Range<UInt64>)
    func storedArraysRebuildTheSameHierarchyAndDamageIsRefused(seed: UInt64) throws {
        let graph = RandomGraph.make(nodes: 80, arcs: 320, seed: seed)
        let built = ContractionHierarchy(graph: graph)
        let read = try #require(ContractionHierarchy(
            graph: graph, rank: built.rank, upFirst: built.upFirst, upArcs: built.upArcs, downFirst: built.downFirst,
            downArcs: built.downArcs, unpack: built.unpack))
        read.checkInvariants()
        var a = ContractionHierarchyQuery(built), b = ContractionHierarchyQuery(read)
        for (s, t) in RandomGraph.pairs(in: graph, count: 40, seed: seed) {
            #expect(a.shortestPath(from: s, to: t) == b.shortestPath(from: s, to: t))
        }
        /// The six arrays as words: rank, upFirst, upArcs, downFirst, downArcs, unpack.
        func rebuilt(_ change: (inout [[UInt64]]) -> Void) -> ContractionHierarchy? {
            var arrays = [built.rank.map(UInt64.init), built.upFirst.map(UInt64.init), built.upArcs,
                          built.downFirst.map(UInt64.init), built.downArcs, built.unpack]
            change(&arrays)
            let narrow = { (i: Int) in arrays[i].map { UInt32(truncatingIfNeeded: $0) } }
            // The checks' halves run in either order (a caller may run them at once) and agree.
            let backwards: ContractionHierarchy.CheckRunner = { checks in Array(checks.reversed().map { $0() }.reversed()) }
            let inOrder = ContractionHierarchy(graph: graph, rank: narrow(0), upFirst: narrow(1), upArcs: arrays[2],
                                               downFirst: narrow(3), downArcs: arrays[4], unpack: arrays[5])
            let reversed = ContractionHierarchy(graph: graph, rank: narrow(0), upFirst: narrow(1), upArcs: arrays[2],
                                                downFirst: narrow(3), downArcs: arrays[4], unpack: arrays[5],
                                                runningChecks: backwards)
            #expect((inOrder == nil) == (reversed == nil))
            return inOrder
        }
        var random = SplitMix64(seed: seed)
        for array in 0 ..< 6 {
            if built.upCount == 0 && array == 2 { continue }
            if built.downCount == 0 && array == 4 { continue }
            let wide = [2, 4, 5].contains(array)
            #expect(rebuilt { arrays in
                let i = Int.random(in: 0 ..< arrays[array].count, using: &random)
                arrays[array][i] = wide ? UInt64.max - 1 : UInt64(UInt32.max - 1)
            } == nil, "seed \(seed): array \(array) with a value out of range")
            #expect(rebuilt { $0[array].removeLast() } == nil, "seed \(seed): array \(array) one short")
        }
        // A shortcut whose halves are not stored below it could unpack forever: refused.
        if let c = built.unpack.indices.first(where: { built.isShortcut($0) }) {
            #expect(rebuilt { arrays in
                let (first, second) = built.halves(c)   // the half of c's own kind becomes c
                arrays[5][c] = c < built.upCount ? UInt64(c) << 32 | UInt64(first) : UInt64(second) << 32 | UInt64(c)
            } == nil, "seed \(seed): shortcut \(c) unpacking into itself")
        }
        let smaller = RandomGraph.make(nodes: 79, arcs: 320, seed: seed)
        #expect(ContractionHierarchy(graph: smaller, rank: built.rank, upFirst: built.upFirst, upArcs: built.upArcs,
                                     downFirst: built.downFirst, downArcs: built.downArcs, unpack: built.unpack) == nil)
    }
}
