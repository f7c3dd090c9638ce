/// Dijkstra's algorithm (E. W. Dijkstra, *A note on two problems in connexion with graphs*, 1959) on a ``Graph``,
/// with an indexed 4-ary heap and decrease-key.
///
/// The search owns its scratch buffers: a tentative distance, a predecessor arc and a generation stamp per node, and
/// the heap. A node's labels count only when its stamp equals the current generation, so a new query resets nothing
/// but one counter, and a warm query allocates only its result. One search per thread; the graph is shared.
///
/// Queries: one-to-one with early stop (``shortestPath(from:to:)``, ``distance(from:to:)``), one-to-all
/// (``run(from:)`` then ``distance(to:)``/``path(to:)``), one-to-many (``distances(from:to:)``, stops once every
/// target is settled).
/// - Complexity: O((*n* + *m*) log *n*) per query for *n* nodes and *m* arcs, less with an early stop.
public struct Dijkstra: Sendable {
    public let graph: Graph
    @usableFromInline var tentativeDistance: [Weight]
    @usableFromInline var predecessorArc: [UInt32]
    @usableFromInline var stamp: [UInt32]
    @usableFromInline var generation: UInt32 = 0
    @usableFromInline var heap: IndexedMinHeap
    /// Marks the targets of a one-to-many query (`== generation`); allocated on first use.
    @usableFromInline var targetStamp: [UInt32] = []
    /// The node the last query started from.
    public private(set) var source: NodeID?
    /// How many nodes the last query settled (took from the heap with their final distance).
    public private(set) var settledCount = 0

    /// A search on `graph`, with scratch space for all its nodes (four 32-bit words per node).
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

    /// The length of a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Complexity: as ``shortestPath(from:to:)``, without allocating at all.
    public mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
        run(from: source, stoppingAt: target)
        return distance(to: target)
    }

    /// Computes the distances from `source` to every node (a shortest-path tree); read them with
    /// ``distance(to:)`` and ``path(to:)``.
    /// - Complexity: O((*n* + *m*) log *n*).
    public mutating func run(from source: NodeID) {
        run(from: source, stoppingAt: nil)
    }

    /// The distances from `source` to each of `targets` (`nil` for one that cannot be reached), in the order given.
    /// The search stops as soon as every target is settled; afterwards ``path(to:)`` gives the path to each target.
    /// - Complexity: O((*n* + *m*) log *n*) at worst; allocates the result (and, on first use, one word per node).
    public mutating func distances(from source: NodeID, to targets: [NodeID]) -> [Weight?] {
        start(from: source)
        if targetStamp.count != graph.nodeCount { targetStamp = [UInt32](repeating: 0, count: graph.nodeCount) }
        var remaining = 0
        for t in targets {
            precondition(t.index < graph.nodeCount, "Node \(t) is not in the graph of \(graph.nodeCount) nodes.")
            if targetStamp[t.index] != generation { targetStamp[t.index] = generation; remaining += 1 }
        }
        while remaining > 0, let (x, d) = heap.popMin() {
            settledCount += 1
            if targetStamp[Int(x)] == generation { remaining -= 1 }
            relaxArcs(of: Int(x), at: d)
        }
        return targets.map { distance(to: $0) }
    }

    /// The distance from the last query's source to `node`, or `nil` if the last query did not reach it.
    /// After an early-stopped query only settled nodes (and so the target) are exact.
    @inlinable public func distance(to node: NodeID) -> Weight? {
        stamp[node.index] == generation && tentativeDistance[node.index] != .infinity ? tentativeDistance[node.index] : nil
    }

    /// The shortest path from the last query's source to `node`, or `nil` if it was not reached.
    /// - Complexity: O(*k* log *n*) for a path of *k* arcs.
    public func path(to node: NodeID) -> Path? {
        guard let total = distance(to: node), let source else { return nil }
        return graph.path(from: source, to: node, weight: total) { predecessorArc[$0] }
    }

    /// Clears the labels (by a new generation) and labels `source` with 0.
    @usableFromInline mutating func start(from source: NodeID) {
        precondition(source.index < graph.nodeCount, "Node \(source) is not in the graph of \(graph.nodeCount) nodes.")
        generation &+= 1
        if generation == 0 {   // after 2³² − 1 queries: clear the stamps once
            for i in stamp.indices { stamp[i] = 0 }
            for i in targetStamp.indices { targetStamp[i] = 0 }
            generation = 1
        }
        self.source = source
        settledCount = 0
        heap.removeAll()
        stamp[source.index] = generation
        tentativeDistance[source.index] = 0
        predecessorArc[source.index] = .max
        heap.push(source.rawValue, key: 0)
    }

    @usableFromInline mutating func run(from source: NodeID, stoppingAt target: NodeID?) {
        start(from: source)
        let stopAt = target.map { Int($0.rawValue) } ?? -1
        while let (x, d) = heap.popMin() {
            settledCount += 1
            let u = Int(x)
            if u == stopAt { break }
            relaxArcs(of: u, at: d)
        }
    }

    /// Relaxes the arcs leaving the just-settled node `u` at distance `d`.
    @inlinable @inline(__always) mutating func relaxArcs(of u: Int, at d: Weight) {
        let end = Int(graph.firstOut[u + 1])
        var a = Int(graph.firstOut[u])
        while a < end {
            let v = Int(graph.head[a])
            let nd = d.saturatingAdd(graph.weight[a])
            if stamp[v] != generation {
                stamp[v] = generation
                tentativeDistance[v] = nd
                predecessorArc[v] = UInt32(truncatingIfNeeded: a)
                heap.push(UInt32(truncatingIfNeeded: v), key: nd)
            } else if nd < tentativeDistance[v] {   // never true for a settled node: weights are non-negative
                tentativeDistance[v] = nd
                predecessorArc[v] = UInt32(truncatingIfNeeded: a)
                heap.decrease(UInt32(truncatingIfNeeded: v), to: nd)
            }
            a += 1
        }
    }
}
