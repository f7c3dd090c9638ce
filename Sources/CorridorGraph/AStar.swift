/// A* search (P. E. Hart, N. J. Nilsson and B. Raphael, *A formal basis for the heuristic determination of minimum
/// cost paths*, 1968): Dijkstra's algorithm ordered by `distance + heuristic(node)`, where the caller's heuristic
/// estimates the remaining distance to the target.
///
/// The heuristic **must be admissible**: `heuristic(x)` never exceeds the true distance from `x` to the target
/// (for unreachable nodes any value will do). Then the returned path is a shortest one. If it is also
/// **consistent** — `heuristic(x) ≤ weight(x → y) + heuristic(y)` for every arc — each node is settled at most once
/// and the cost is that of Dijkstra's algorithm on reduced weights, the bound below. An admissible but inconsistent
/// heuristic is still answered exactly: a node whose distance improves after it was settled is reopened, which can
/// cost more. `{ _ in 0 }` turns A* into Dijkstra's algorithm. The heuristic is evaluated once per labelled node and
/// per query; its values are cached in the search.
///
/// Scratch buffers and generation stamps as in ``Dijkstra``: a warm query allocates only its result.
/// - Complexity: with a consistent heuristic, O((*n* + *m*) log *n*) per query plus one heuristic call per node
///   labelled; usually far fewer nodes are settled than by ``Dijkstra``.
public struct AStar: Sendable {
    public let graph: Graph
    @usableFromInline var tentativeDistance: [Weight]
    @usableFromInline var potential: [Weight]
    @usableFromInline var predecessorArc: [UInt32]
    @usableFromInline var stamp: [UInt32]
    /// `== generation` once the node has been taken from the heap (and not reopened since).
    @usableFromInline var closedStamp: [UInt32]
    @usableFromInline var generation: UInt32 = 0
    @usableFromInline var heap: IndexedMinHeap
    /// The node the last query started from.
    public private(set) var source: NodeID?
    /// How many nodes the last query took from the heap (a reopened node counts each time).
    public private(set) var settledCount = 0

    /// A search on `graph`, with scratch space for all its nodes (six 32-bit words per node).
    public init(_ graph: Graph) {
        self.graph = graph
        let n = graph.nodeCount
        tentativeDistance = [Weight](repeating: .infinity, count: n)
        potential = [Weight](repeating: 0, count: n)
        predecessorArc = [UInt32](repeating: .max, count: n)
        stamp = [UInt32](repeating: 0, count: n)
        closedStamp = [UInt32](repeating: 0, count: n)
        heap = IndexedMinHeap(capacity: n)
    }

    /// Returns a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Parameter heuristic: An admissible lower bound of the distance from a node to `target` (see the type).
    /// - Precondition: Both nodes belong to the graph this search was created with.
    /// - Complexity: see the type; no allocation beyond the result.
    public mutating func shortestPath(from source: NodeID, to target: NodeID, heuristic: (NodeID) -> Weight) -> Path? {
        guard let total = distance(from: source, to: target, heuristic: heuristic) else { return nil }
        return graph.path(from: source, to: target, weight: total) { predecessorArc[$0] }
    }

    /// The length of a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Complexity: as ``shortestPath(from:to:heuristic:)``, without allocating at all.
    public mutating func distance(from source: NodeID, to target: NodeID, heuristic: (NodeID) -> Weight) -> Weight? {
        let n = graph.nodeCount
        precondition(source.index < n && target.index < n, "Nodes \(source) and \(target) must be in the graph of \(n) nodes.")
        generation &+= 1
        if generation == 0 {
            for i in 0 ..< n { stamp[i] = 0; closedStamp[i] = 0 }
            generation = 1
        }
        self.source = source
        settledCount = 0
        heap.removeAll()
        let s = source.index, t = target.index
        stamp[s] = generation
        tentativeDistance[s] = 0
        potential[s] = heuristic(source)
        predecessorArc[s] = .max
        heap.push(UInt32(s), key: potential[s])
        while let (x, _) = heap.popMin() {
            settledCount += 1
            let u = Int(x)
            if u == t { return tentativeDistance[t] }
            closedStamp[u] = generation
            let d = tentativeDistance[u]
            var a = Int(graph.firstOut[u])
            let end = Int(graph.firstOut[u + 1])
            while a < end {
                let v = Int(graph.head[a])
                let nd = d.saturatingAdd(graph.weight[a])
                if stamp[v] != generation {
                    stamp[v] = generation
                    tentativeDistance[v] = nd
                    let h = heuristic(NodeID(UInt32(truncatingIfNeeded: v)))
                    potential[v] = h
                    predecessorArc[v] = UInt32(truncatingIfNeeded: a)
                    heap.push(UInt32(truncatingIfNeeded: v), key: nd.saturatingAdd(h))
                } else if nd < tentativeDistance[v] {
                    tentativeDistance[v] = nd
                    predecessorArc[v] = UInt32(truncatingIfNeeded: a)
                    if closedStamp[v] == generation {   // only with an inconsistent heuristic: reopen
                        closedStamp[v] = 0
                        heap.push(UInt32(truncatingIfNeeded: v), key: nd.saturatingAdd(potential[v]))
                    } else {
                        heap.decrease(UInt32(truncatingIfNeeded: v), to: nd.saturatingAdd(potential[v]))
                    }
                }
                a += 1
            }
        }
        return nil
    }
}
