/// Dijkstra's algorithm (E. W. Dijkstra, *A note on two problems in connexion with graphs*, 1959) on a ``Graph``.
///
/// The search owns its scratch buffers: distances, predecessor arcs and a generation stamp per node, so a new query
/// resets nothing but the stamp and a warm query allocates only its result. One search per thread.
public struct Dijkstra: Sendable {
    public let graph: Graph
    @usableFromInline var tentativeDistance: [Weight]
    @usableFromInline var predecessorArc: [UInt32]
    @usableFromInline var stamp: [UInt32]
    @usableFromInline var generation: UInt32 = 0
    @usableFromInline var heap: IndexedMinHeap
    /// The node the last query started from.
    public private(set) var source: NodeID?
    /// How many nodes the last query settled.
    public private(set) var settledCount = 0

    public init(_ graph: Graph) {
        self.graph = graph
        tentativeDistance = [Weight](repeating: .infinity, count: graph.nodeCount)
        predecessorArc = [UInt32](repeating: .max, count: graph.nodeCount)
        stamp = [UInt32](repeating: 0, count: graph.nodeCount)
        heap = IndexedMinHeap(capacity: graph.nodeCount)
    }

    /// Returns a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Precondition: Both nodes belong to the graph this search was created with.
    /// - Complexity: O((*n* + *m*) log *n*); stops once `target` is settled; no allocation beyond the result.
    public mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? {
        run(from: source, stoppingAt: target)
        return path(to: target)
    }

    /// Computes the distances from `source` to every node (a shortest-path tree); read them with
    /// ``distance(to:)`` and ``path(to:)``.
    /// - Complexity: O((*n* + *m*) log *n*).
    public mutating func run(from source: NodeID) {
        run(from: source, stoppingAt: nil)
    }

    /// The distance from the last query's source to `node`, or `nil` if the last query did not reach it.
    /// After an early-stopped query only settled nodes and the target are exact.
    @inlinable public func distance(to node: NodeID) -> Weight? {
        stamp[node.index] == generation && tentativeDistance[node.index] != .infinity ? tentativeDistance[node.index] : nil
    }

    /// The shortest path from the last query's source to `node`, or `nil` if it was not reached.
    /// - Complexity: O(*k* log *n*) for a path of *k* arcs.
    public func path(to node: NodeID) -> Path? {
        guard let total = distance(to: node), let source else { return nil }
        var arcs: [UInt32] = []
        var x = node.index
        while x != source.index {
            let a = predecessorArc[x]
            arcs.append(a)
            x = graph.tail(ofArc: Int(a))
        }
        arcs.reverse()
        return graph.path(from: source, arcs: arcs, weight: total)
    }

    @usableFromInline mutating func run(from source: NodeID, stoppingAt target: NodeID?) {
        precondition(source.index < graph.nodeCount, "Node \(source) is not in the graph of \(graph.nodeCount) nodes.")
        generation &+= 1
        if generation == 0 {
            for i in stamp.indices { stamp[i] = 0 }
            generation = 1
        }
        self.source = source
        settledCount = 0
        heap.removeAll()
        let s = source.index
        stamp[s] = generation
        tentativeDistance[s] = 0
        predecessorArc[s] = .max
        heap.push(source.rawValue, key: 0)
        let stopAt = target.map { Int($0.rawValue) } ?? -1
        while let (x, d) = heap.popMin() {
            settledCount += 1
            let u = Int(x)
            if u == stopAt { break }
            let end = Int(graph.firstOut[u + 1])
            var a = Int(graph.firstOut[u])
            while a < end {
                let v = Int(graph.head[a])
                let nd = d.saturatingAdd(graph.weight[a])
                if stamp[v] != generation {
                    stamp[v] = generation
                    tentativeDistance[v] = nd
                    predecessorArc[v] = UInt32(a)
                    heap.push(UInt32(v), key: nd)
                } else if nd < tentativeDistance[v] {
                    tentativeDistance[v] = nd
                    predecessorArc[v] = UInt32(a)
                    heap.decrease(UInt32(v), to: nd)
                }
                a += 1
            }
        }
    }
}
