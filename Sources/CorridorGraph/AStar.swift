/// A* search (P. E. Hart, N. J. Nilsson and B. Raphael, *A formal basis for the heuristic determination of minimum
/// cost paths*, 1968): Dijkstra's algorithm ordered by `distance + heuristic(node)`, where the caller's heuristic
/// estimates the remaining distance to the target.
///
/// The heuristic **must be admissible**: `heuristic(x)` never exceeds the true distance from `x` to the target
/// (for unreachable nodes any value will do). Then the returned path is a shortest one. If it is also
/// **consistent** — `heuristic(x) ≤ weight(x → y) + heuristic(y)` for every arc — each node is settled at most once
/// and the cost is that of Dijkstra's algorithm on reduced weights, the bound below. An admissible but inconsistent
/// heuristic is still answered exactly: a node whose distance improves after it was settled is reopened, which can
/// cost more. `{ _ in 0 }` turns A* into Dijkstra's algorithm. The heuristic is evaluated once per node labelled (and
/// again when a node is reopened); a decrease-key recovers the value from the node's heap key.
///
/// Scratch buffers and generation stamps as in ``Dijkstra``: a warm query allocates only its result.
/// - Complexity: with a consistent heuristic, O((*n* + *m*) log *n*) per query plus one heuristic call per node
///   labelled; usually far fewer nodes are settled than by ``Dijkstra``.
public struct AStar: Sendable {
    public let graph: Graph
    /// Per node: stamp, distance, predecessor arc and heap slot (`.max` once taken from the heap and not reopened).
    /// The heuristic's value is not stored: while a node is in the heap its key minus its distance is that value.
    @usableFromInline var labels: NodeLabels
    /// The node the last query started from.
    public private(set) var source: NodeID?
    /// How many nodes the last query took from the heap (a reopened node counts each time).
    public var settledCount: Int { settled }
    @usableFromInline var settled = 0

    /// The bytes of scratch space this search holds between queries.
    public var scratchBytes: Int { labels.byteCount }

    /// A search on `graph`, with scratch space for all its nodes (16 bytes per node, plus heap slots).
    public init(_ graph: Graph) {
        self.graph = graph
        labels = NodeLabels(count: graph.nodeCount)
    }

    /// Returns a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Parameter heuristic: An admissible lower bound of the distance from a node to `target` (see the type).
    /// - Precondition: Both nodes belong to the graph this search was created with.
    /// - Complexity: see the type; no allocation beyond the result.
    @inlinable
    public mutating func shortestPath(from source: NodeID, to target: NodeID, heuristic: (NodeID) -> Weight) -> Path? {
        guard let total = distance(from: source, to: target, heuristic: heuristic) else { return nil }
        return graph.path(from: source, to: target, weight: total) { labels.record[$0].predecessor }
    }

    /// The length of a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    ///
    /// Inlinable, so that a heuristic written at the call site is inlined into the search loop rather than called
    /// through a closure context once per labelled node.
    /// - Complexity: as ``shortestPath(from:to:heuristic:)``, without allocating at all.
    @inlinable
    public mutating func distance(from source: NodeID, to target: NodeID, heuristic: (NodeID) -> Weight) -> Weight? {
        start(from: source, to: target)
        let labels = self.labels
        let generation = labels.generation
        let s = source.index, t = target.index
        labels.label(s, 0, by: .max)
        labels.push(s, key: heuristic(source))
        var settled = 0
        defer { self.settled = settled }
        let found: Bool = graph.withForwardArcs { firstOut, head, weight in
            while let (x, _) = labels.popMinMarking() {
                settled &+= 1
                let u = x
                if u == t { return true }
                let d = labels.record[u].distance
                var a = Int(firstOut[u])
                let end = Int(firstOut[u &+ 1])
                while a < end {
                    let v = Int(head[a])
                    let nd = d.saturatingAdd(weight[a])
                    if labels.record[v].stamp != generation {
                        labels.label(v, nd, by: UInt32(truncatingIfNeeded: a))
                        labels.push(v, key: nd.saturatingAdd(heuristic(NodeID(UInt32(truncatingIfNeeded: v)))))
                    } else if nd < labels.record[v].distance {
                        let old = labels.record[v].distance
                        labels.record[v].distance = nd
                        labels.record[v].predecessor = UInt32(truncatingIfNeeded: a)
                        let slot = labels.record[v].position
                        if slot == .max {   // settled; only with an inconsistent heuristic: reopen
                            labels.push(v, key: nd.saturatingAdd(heuristic(NodeID(UInt32(truncatingIfNeeded: v)))))
                        } else {
                            // The heap key is old + h(v) (or `.infinity` if that saturated: then this h is smaller,
                            // still a lower bound).
                            let h = Weight(truncatingIfNeeded: labels.entries[Int(slot)] >> 32) &- old
                            labels.decrease(v, to: nd.saturatingAdd(h))
                        }
                    }
                    a &+= 1
                }
            }
            return false
        }
        return found ? labels.record[t].distance : nil
    }

    /// Checks the nodes, makes the scratch space this value's own and starts a new query.
    @usableFromInline mutating func start(from source: NodeID, to target: NodeID) {
        let n = graph.nodeCount
        precondition(source.index < n && target.index < n, "Nodes \(source) and \(target) must be in the graph of \(n) nodes.")
        if !isKnownUniquelyReferenced(&labels) { labels = labels.copy() }
        labels.clear()
        self.source = source
        settled = 0
    }
}
