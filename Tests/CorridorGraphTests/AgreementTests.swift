import CorridorGraph
import CorridorTestSupport
import Testing

/// Every fast search against the naive ``ReferenceDijkstra``, on every pair of seeded random graphs that hold ties,
/// loops, parallel arcs, zero weights and unreachable nodes.
@Suite struct AgreementTests {
    static let seeds = 0 ..< 200 as Range<UInt64>

    /// The graph of `seed`: sizes vary with the seed, from 1 node up to 30.
    static func graph(_ seed: UInt64) -> Graph {
        let nodes = seed < 10 ? Int(seed) + 1 : 10 + Int(seed % 21)
        return RandomGraph.make(nodes: nodes, arcs: nodes * Int(1 + seed % 5), seed: seed)
    }

    @Test(arguments: seeds)
    func dijkstraAgreesWithReference(seed: UInt64) {
        let graph = Self.graph(seed)
        var search = Dijkstra(graph), reference = ReferenceDijkstra(graph)
        for s in 0 ..< graph.nodeCount {
            let source = NodeID(s)
            let expected = reference.distances(from: source)
            search.run(from: source)
            for t in 0 ..< graph.nodeCount {
                let target = NodeID(t)
                #expect(search.distance(to: target).map(UInt64.init) == expected[t], "seed \(seed): one-to-all \(s) → \(t)")
                if let path = search.path(to: target) { graph.expectValid(path, from: source, to: target, "seed \(seed) one-to-all") }
            }
            for t in 0 ..< graph.nodeCount {
                let target = NodeID(t)
                let path = search.shortestPath(from: source, to: target)
                #expect(path.map { UInt64($0.weight) } == expected[t], "seed \(seed): \(s) → \(t)")
                if let path { graph.expectValid(path, from: source, to: target, "seed \(seed)") }
                #expect(search.distance(from: source, to: target).map(UInt64.init) == expected[t])
            }
        }
    }

    @Test(arguments: seeds)
    func oneToManyAgreesWithReference(seed: UInt64) {
        let graph = Self.graph(seed)
        var search = Dijkstra(graph), reference = ReferenceDijkstra(graph)
        var random = SplitMix64(seed: seed)
        for s in 0 ..< graph.nodeCount {
            let targets = (0 ..< Int.random(in: 0 ... 6, using: &random)).map { _ in
                NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random))
            }
            let expected = reference.distances(from: NodeID(s))
            let got = search.distances(from: NodeID(s), to: targets)
            #expect(got.map { $0.map(UInt64.init) } == targets.map { expected[$0.index] }, "seed \(seed): \(s) → \(targets)")
            for t in targets {
                if let path = search.path(to: t) { graph.expectValid(path, from: NodeID(s), to: t, "seed \(seed) one-to-many") }
            }
        }
    }

    @Test(arguments: seeds)
    func bidirectionalAgreesWithReference(seed: UInt64) {
        let graph = Self.graph(seed)
        var search = BidirectionalDijkstra(graph), reference = ReferenceDijkstra(graph)
        for s in 0 ..< graph.nodeCount {
            let expected = reference.distances(from: NodeID(s))
            for t in 0 ..< graph.nodeCount {
                let (source, target) = (NodeID(s), NodeID(t))
                let path = search.shortestPath(from: source, to: target)
                #expect(path.map { UInt64($0.weight) } == expected[t], "seed \(seed): \(s) → \(t)")
                if let path { graph.expectValid(path, from: source, to: target, "seed \(seed) bidirectional") }
                #expect(search.distance(from: source, to: target).map(UInt64.init) == expected[t])
            }
        }
    }

    /// A* with three admissible heuristics: zero, half the true remaining distance (consistent), and the true
    /// remaining distance on even nodes only (admissible but inconsistent, so nodes get reopened).
    @Test(arguments: seeds)
    func aStarAgreesWithReference(seed: UInt64) {
        let graph = Self.graph(seed)
        let reversed = Graph(nodeCount: graph.nodeCount, arcs: (0 ..< graph.arcCount).map { r in
            Arc(tail: NodeID(graph.head[graph.arcCount - 1 - r]), head: NodeID(graph.tail(ofArc: graph.arcCount - 1 - r)),
                weight: graph.weight[graph.arcCount - 1 - r], id: UInt32(r))
        })
        var search = AStar(graph), reference = ReferenceDijkstra(graph), toTarget = ReferenceDijkstra(reversed)
        for t in 0 ..< graph.nodeCount {
            let remaining = toTarget.distances(from: NodeID(t))
            let heuristics: [(String, (NodeID) -> Weight)] = [
                ("zero", { _ in 0 }),
                ("half", { remaining[$0.index].map { Weight($0 / 2) } ?? 7 }),
                ("even", { $0.rawValue % 2 == 0 ? remaining[$0.index].map { Weight($0) } ?? 3 : 0 }),
            ]
            for s in 0 ..< graph.nodeCount {
                let expected = reference.distance(from: NodeID(s), to: NodeID(t)).map(UInt64.init)
                #expect(remaining[s] == expected)
                for (name, heuristic) in heuristics {
                    let path = search.shortestPath(from: NodeID(s), to: NodeID(t), heuristic: heuristic)
                    #expect(path.map { UInt64($0.weight) } == expected, "seed \(seed) \(name): \(s) → \(t)")
                    if let path { graph.expectValid(path, from: NodeID(s), to: NodeID(t), "seed \(seed) A* \(name)") }
                }
            }
        }
    }
}
