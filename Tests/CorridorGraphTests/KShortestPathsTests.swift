import CorridorGraph
import CorridorTestSupport
import Testing

/// Yen's k shortest loopless paths against brute-force enumeration of every loopless path, on seeded random graphs
/// with ties, loops, parallel arcs, zero weights and unreachable nodes; and the banning search it repeats.
@Suite struct KShortestPathsTests {
    static let seeds = 0 ..< 150 as Range<UInt64>

    /// Small enough to enumerate every loopless path: 2 to 9 nodes, up to 3 arcs per node.
    static func graph(_ seed: UInt64) -> Graph {
        let nodes = 2 + Int(seed % 9)
        return RandomGraph.make(nodes: nodes, arcs: nodes * Int(1 + seed % 4), seed: seed &* 7919)
    }

    @Test(arguments: seeds)
    func agreesWithBruteForce(seed: UInt64) {
        let graph = Self.graph(seed)
        var search = KShortestPaths(graph)
        for s in 0 ..< graph.nodeCount {
            for t in 0 ..< graph.nodeCount {
                let (source, target) = (NodeID(s), NodeID(t))
                let reference = ReferenceSimplePaths.all(in: graph, from: source, to: target)
                for k in [1, 2, 5, reference.count + 3] {
                    let paths = search.paths(from: source, to: target, count: k)
                    let context = "seed \(seed): \(s) → \(t), k = \(k)"
                    #expect(paths.map { ReferenceSimplePaths.Key(cost: UInt64($0.weight), arcCount: $0.arcs.count) }
                            == reference.prefix(k).map(\.key), "\(context)")
                    #expect(Set(paths.map(\.arcs)).count == paths.count, "\(context): a path repeats")
                    for path in paths {
                        graph.expectValid(path, from: source, to: target, context)
                        #expect(Set(path.nodes).count == path.nodes.count, "\(context): \(path.nodes) has a loop")
                    }
                    if k > reference.count {
                        #expect(Set(paths.map(\.arcs)) == Set(reference.map(\.arcs)), "\(context): not every path")
                    }
                }
            }
        }
    }

    /// The search reused across queries with different bans finds the least (cost, arcs) path avoiding them.
    @Test(arguments: seeds)
    func restrictedSearchAvoidsBans(seed: UInt64) {
        let graph = Self.graph(seed)
        var search = RestrictedSearch(graph)
        var random = SplitMix64(seed: seed)
        for _ in 0 ..< 40 {
            let source = NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random))
            let target = NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random))
            search.beginBans()
            var bannedNodes: Set<Int> = [], bannedArcs: Set<UInt32> = []
            for _ in 0 ..< Int.random(in: 0 ... 2, using: &random) {
                let x = Int.random(in: 0 ..< graph.nodeCount, using: &random)
                bannedNodes.insert(x)
                search.ban(node: NodeID(x))
            }
            for _ in 0 ..< Int.random(in: 0 ... 4, using: &random) where graph.arcCount > 0 {
                let a = UInt32.random(in: 0 ..< UInt32(graph.arcCount), using: &random)
                bannedArcs.insert(a)
                search.ban(arc: a)
            }
            let allowed = ReferenceSimplePaths.all(in: graph, from: source, to: target).filter { path in
                !path.arcs.contains { bannedArcs.contains($0) }
                    && !path.arcs.contains { bannedNodes.contains(Int(graph.head[Int($0)])) }
                    && !bannedNodes.contains(source.index)
            }
            let found = search.shortestPath(from: source, to: target)
            let context = "seed \(seed): \(source) → \(target) avoiding nodes \(bannedNodes.sorted()), arcs \(bannedArcs.sorted())"
            #expect(found.map { ReferenceSimplePaths.Key(cost: $0.cost, arcCount: $0.arcs.count) } == allowed.first?.key, "\(context)")
            if let found {
                #expect(!found.arcs.contains { bannedArcs.contains($0) }, "\(context)")
                let path = graph.path(from: source, arcs: found.arcs, weight: Weight(found.cost))
                graph.expectValid(path, from: source, to: target, context)
            }
        }
    }

    /// Parallel arcs are distinct paths; a loop never is; zero-weight arcs tie with the direct one.
    ///
    /// ```
    /// 0 ─a(2)→ 1 ─c(0)→ 2        0 ─e(2)→ 2
    ///   ─b(2)→     ⟲d(0) at 1
    /// ```
    @Test func parallelArcsLoopsAndZeroWeights() {
        let arcs = [Arc(tail: NodeID(0), head: NodeID(1), weight: 2, id: 1), Arc(tail: NodeID(0), head: NodeID(1), weight: 2, id: 2),
                    Arc(tail: NodeID(1), head: NodeID(2), weight: 0, id: 3), Arc(tail: NodeID(1), head: NodeID(1), weight: 0, id: 4),
                    Arc(tail: NodeID(0), head: NodeID(2), weight: 2, id: 5)]
        let graph = Graph(nodeCount: 3, arcs: arcs)
        var search = KShortestPaths(graph)
        let paths = search.paths(from: NodeID(0), to: NodeID(2), count: 10)
        #expect(paths.map(\.arcIDs) == [[5], [1, 3], [2, 3]])
        #expect(paths.map(\.weight) == [2, 2, 2])
        #expect(search.paths(from: NodeID(2), to: NodeID(0), count: 3).isEmpty)
        #expect(search.paths(from: NodeID(1), to: NodeID(1), count: 3).map(\.arcs) == [[]])
    }
}

/// The binary heap the lexicographic searches use, against sorting, with its invariant checked after every change.
@Test(arguments: 0 ..< 20 as Range<UInt64>)
func binaryHeapAgreesWithSorting(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var heap = BinaryHeap<Int>(), reference: [Int] = []
    for _ in 0 ..< 300 {
        if Int.random(in: 0 ..< 3, using: &random) > 0 {
            let value = Int.random(in: 0 ..< 50, using: &random)
            heap.push(value)
            reference.append(value)
        } else {
            reference.sort()
            #expect(heap.popMin() == (reference.isEmpty ? nil : reference.removeFirst()), "seed \(seed)")
        }
        heap.checkInvariants()
        #expect(heap.count == reference.count)
    }
}
