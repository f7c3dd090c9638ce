/// Dijkstra's algorithm (E. W. Dijkstra, *A note on two problems in connexion with graphs*, 1959) on a ``Graph``,
/// with an indexed 4-ary heap and decrease-key.
///
/// The search owns its scratch space (``NodeLabels``: a tentative distance, a predecessor arc and a generation stamp
/// per node, and the heap). A new query resets nothing but one counter, and a warm query allocates only its result.
/// One search per thread; the graph is shared.
///
/// Queries: one-to-one with early stop (``shortestPath(from:to:)``, ``distance(from:to:)``), one-to-all
/// (``run(from:)`` then ``distance(to:)``/``path(to:)``), one-to-many (``distances(from:to:)``, stops once every
/// target is settled).
/// - Complexity: O((*n* + *m*) log *n*) per query for *n* nodes and *m* arcs, less with an early stop.
public struct Dijkstra: Sendable {
    public let graph: Graph
    @usableFromInline var labels: NodeLabels
    /// Marks the targets of a one-to-many query (`== labels.generation`); allocated on first use.
    @usableFromInline var targetStamp: [UInt16] = []
    /// The node the last query started from.
    public private(set) var source: NodeID?
    /// How many nodes the last query settled (took from the heap with their final distance).
    public private(set) var settledCount = 0

    /// The bytes of scratch space this search holds between queries.
    public var scratchBytes: Int { labels.byteCount }

    /// A search on `graph`, with scratch space for all its nodes (16 bytes per node, plus heap slots as they are used).
    public init(_ graph: Graph) {
        self.graph = graph
        labels = NodeLabels(count: graph.nodeCount)
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
        if targetStamp.count != graph.nodeCount { targetStamp = [UInt16](repeating: 0, count: graph.nodeCount) }
        start(from: source)
        if labels.generation == 1 { for i in targetStamp.indices { targetStamp[i] = 0 } }   // stamps restarted
        let generation = labels.generation
        var remaining = 0
        for t in targets {
            precondition(t.index < graph.nodeCount, "Node \(t) is not in the graph of \(graph.nodeCount) nodes.")
            if targetStamp[t.index] != generation { targetStamp[t.index] = generation; remaining += 1 }
        }
        let labels = self.labels
        var settled = 0
        targetStamp.withUnsafeBufferPointer { isTarget in
            graph.withForwardArcs { firstOut, head, weight in
                while remaining > 0, let (x, d) = labels.popMin() {
                    settled &+= 1
                    let u = x
                    if isTarget[u] == generation { remaining -= 1 }
                    labels.relax(from: Int(firstOut[u]), to: Int(firstOut[u &+ 1]), at: d, head: head, weight: weight,
                                 arcNumber: { UInt32(truncatingIfNeeded: $0) }, improved: { _, _ in })
                }
            }
        }
        settledCount = settled
        return targets.map { distance(to: $0) }
    }

    /// The distance from the last query's source to `node`, or `nil` if the last query did not reach it.
    /// After an early-stopped query only settled nodes (and so the target) are exact.
    @inlinable public func distance(to node: NodeID) -> Weight? {
        precondition(node.index < graph.nodeCount, "Node \(node) is not in the graph of \(graph.nodeCount) nodes.")
        let d = labels.distance(of: node.index)
        return d == .infinity ? nil : d
    }

    /// The shortest path from the last query's source to `node`, or `nil` if it was not reached.
    /// - Complexity: O(*k* log *n*) for a path of *k* arcs.
    public func path(to node: NodeID) -> Path? {
        guard let total = distance(to: node), let source else { return nil }
        return graph.path(from: source, to: node, weight: total) { labels.record[$0].predecessor }
    }

    /// Clears the labels (by a new generation) and labels `source` with 0.
    @usableFromInline mutating func start(from source: NodeID) {
        precondition(source.index < graph.nodeCount, "Node \(source) is not in the graph of \(graph.nodeCount) nodes.")
        if !isKnownUniquelyReferenced(&labels) { labels = labels.copy() }
        labels.clear()
        self.source = source
        settledCount = 0
        labels.label(source.index, 0, by: .max)
        labels.push(source.index, key: 0)
    }

    @usableFromInline mutating func run(from source: NodeID, stoppingAt target: NodeID?) {
        start(from: source)
        let stopAt = target.map { Int($0.rawValue) } ?? -1
        let labels = self.labels
        var settled = 0
        graph.withForwardArcs { firstOut, head, weight in
            while let (x, d) = labels.popMin() {
                settled &+= 1
                let u = x
                if u == stopAt { break }
                labels.relax(from: Int(firstOut[u]), to: Int(firstOut[u &+ 1]), at: d, head: head, weight: weight,
                             arcNumber: { UInt32(truncatingIfNeeded: $0) }, improved: { _, _ in })
            }
        }
        settledCount = settled
    }
}
