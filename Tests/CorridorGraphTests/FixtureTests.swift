import CorridorGraph
import CorridorTestSupport
import Testing

/// A small graph whose answers are checked by hand. Arc ids are the labels in brackets.
///
/// ```
///            [1] 4            [4] 1
///      A ───────────▶ B ───────────▶ D
///      │              ▲ ╲             ▲
///  [2] │ 1        [3] │  ╲ [5] 6      │ [6] 1
///      ▼      2       │   ╲           │
///      C ─────────────┘    ╲──▶ E ────┘      F (isolated)     B ⟲ [7] 0 (a loop)
///      │                        ▲
///      └─────────── [8] 9 ──────┘            A ──[9] 7──▶ B (parallel to [1])
/// ```
/// Shortest distances from A: A 0, B 3 (A→C→B, not A→B at 4 or 7), C 1, D 4 (A→C→B→D, not via E),
/// E 9 (A→C→B→E; A→C→E costs 10),
/// F unreachable.
@Suite struct FixtureTests {
    static let (a, b, c, d, e, f) = (NodeID(0), NodeID(1), NodeID(2), NodeID(3), NodeID(4), NodeID(5))
    static let graph = Graph(nodeCount: 6, arcs: [
        Arc(tail: a, head: b, weight: 4, id: 1),
        Arc(tail: a, head: c, weight: 1, id: 2),
        Arc(tail: c, head: b, weight: 2, id: 3),
        Arc(tail: b, head: d, weight: 1, id: 4),
        Arc(tail: b, head: e, weight: 6, id: 5),
        Arc(tail: e, head: d, weight: 1, id: 6),
        Arc(tail: b, head: b, weight: 0, id: 7),
        Arc(tail: c, head: e, weight: 9, id: 8),
        Arc(tail: a, head: b, weight: 7, id: 9),
    ])

    @Test func csrLayout() {
        let graph = Self.graph
        #expect(graph.firstOut == [0, 3, 6, 8, 8, 9, 9])
        #expect(graph.head == [1, 2, 1, 3, 4, 1, 1, 4, 3])
        #expect(graph.inputID == [1, 2, 9, 4, 5, 7, 3, 8, 6])
        #expect(graph.firstIn == [0, 0, 4, 5, 7, 9, 9])
        for r in 0 ..< graph.arcCount {
            let a = Int(graph.forwardArc[r])
            #expect(graph.reverseWeight[r] == graph.weight[a])
            #expect(Int(graph.tail[r]) == graph.tail(ofArc: a))
        }
    }

    @Test func distancesFromA() {
        var search = Dijkstra(Self.graph)
        search.run(from: Self.a)
        #expect([Self.a, Self.b, Self.c, Self.d, Self.e, Self.f].map { search.distance(to: $0) } == [0, 3, 1, 4, 9, nil])
        #expect(search.settledCount == 5)
    }

    @Test func pathFromAToDByEveryAlgorithm() throws {
        let expected = Path(nodes: [Self.a, Self.c, Self.b, Self.d], arcs: [1, 6, 3], arcIDs: [2, 3, 4], weight: 4)
        var dijkstra = Dijkstra(Self.graph)
        var bidirectional = BidirectionalDijkstra(Self.graph)
        var aStar = AStar(Self.graph)
        #expect(dijkstra.shortestPath(from: Self.a, to: Self.d) == expected)
        #expect(bidirectional.shortestPath(from: Self.a, to: Self.d) == expected)
        let remaining: [Weight] = [4, 1, 3, 0, 1, 0]   // exact distances to D: admissible and consistent
        #expect(aStar.shortestPath(from: Self.a, to: Self.d) { remaining[$0.index] } == expected)
        #expect(aStar.settledCount == 4)   // A, C, B, D: the exact heuristic walks straight along the path
        #expect(dijkstra.shortestPath(from: Self.d, to: Self.a) == nil)
        #expect(bidirectional.shortestPath(from: Self.a, to: Self.f) == nil)
        #expect(aStar.shortestPath(from: Self.e, to: Self.b) { _ in 0 } == nil)
        #expect(dijkstra.shortestPath(from: Self.b, to: Self.b) == Path(nodes: [Self.b], arcs: [], arcIDs: [], weight: 0))
        #expect(dijkstra.distances(from: Self.a, to: [Self.e, Self.f, Self.b, Self.e]) == [9, nil, 3, 9])
    }
}

/// Searches are values: a copy never shares scratch space with the original, and queries may interleave.
@Suite struct SearchValueTests {
    @Test func copiesOfASearchAreIndependent() {
        let graph = FixtureTests.graph
        var first = Dijkstra(graph)
        first.run(from: FixtureTests.a)
        var second = first   // shares the labels until one of them runs a query
        #expect(second.distance(to: FixtureTests.d) == 4)
        _ = second.shortestPath(from: FixtureTests.c, to: FixtureTests.d)
        #expect(first.distance(to: FixtureTests.b) == 3, "the original keeps its tree from A")
        #expect(first.path(to: FixtureTests.d)?.nodes == [FixtureTests.a, FixtureTests.c, FixtureTests.b, FixtureTests.d])
        #expect(second.distance(to: FixtureTests.d) == 3)
        #expect(second.distance(to: FixtureTests.a) == nil)

        var both = BidirectionalDijkstra(graph)
        var copy = both
        #expect(both.distance(from: FixtureTests.a, to: FixtureTests.e) == 9)
        #expect(copy.distance(from: FixtureTests.c, to: FixtureTests.d) == 3)
        var guided = AStar(graph)
        var guidedCopy = guided
        #expect(guided.distance(from: FixtureTests.a, to: FixtureTests.d) { _ in 0 } == 4)
        #expect(guidedCopy.distance(from: FixtureTests.b, to: FixtureTests.e) { _ in 0 } == 6)
    }

    @Test func manyQueriesReuseOneSearch() {
        let graph = RandomGraph.grid(width: 30, height: 20, seed: 9)
        var search = Dijkstra(graph), reference = ReferenceDijkstra(graph)
        for (s, t) in RandomGraph.pairs(in: graph, count: 300, seed: 4) {
            #expect(search.distance(from: s, to: t) == reference.distance(from: s, to: t))
        }
    }
}
