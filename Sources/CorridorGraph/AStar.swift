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
    @usableFromInline var labels: NodeLabels
    /// Per node: the heuristic's value, set when the node is first labelled. (A node taken from the heap and not
    /// reopened since has heap position `.max`.)
    @usableFromInline var scratch: AStarScratch
    /// The node the last query started from.
    public private(set) var source: NodeID?
    /// How many nodes the last query took from the heap (a reopened node counts each time).
    public private(set) var settledCount = 0

    /// A search on `graph`, with scratch space for all its nodes (20 bytes per node, plus heap slots).
    public init(_ graph: Graph) {
        self.graph = graph
        labels = NodeLabels(count: graph.nodeCount)
        scratch = AStarScratch(count: graph.nodeCount)
    }

    /// Returns a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Parameter heuristic: An admissible lower bound of the distance from a node to `target` (see the type).
    /// - Precondition: Both nodes belong to the graph this search was created with.
    /// - Complexity: see the type; no allocation beyond the result.
    public mutating func shortestPath(from source: NodeID, to target: NodeID, heuristic: (NodeID) -> Weight) -> Path? {
        guard let total = distance(from: source, to: target, heuristic: heuristic) else { return nil }
        return graph.path(from: source, to: target, weight: total) { labels.record[$0].predecessor }
    }

    /// The length of a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Complexity: as ``shortestPath(from:to:heuristic:)``, without allocating at all.
    public mutating func distance(from source: NodeID, to target: NodeID, heuristic: (NodeID) -> Weight) -> Weight? {
        let n = graph.nodeCount
        precondition(source.index < n && target.index < n, "Nodes \(source) and \(target) must be in the graph of \(n) nodes.")
        if !isKnownUniquelyReferenced(&labels) { labels = labels.copy() }
        if !isKnownUniquelyReferenced(&scratch) { scratch = scratch.copy() }
        let labels = self.labels, potential = scratch.potential
        labels.clear()
        let generation = labels.generation
        self.source = source
        let s = source.index, t = target.index
        labels.label(s, 0, by: .max)
        potential[s] = heuristic(source)
        labels.push(s, key: potential[s])
        var settled = 0
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
                        let h = heuristic(NodeID(UInt32(truncatingIfNeeded: v)))
                        potential[v] = h
                        labels.push(v, key: nd.saturatingAdd(h))
                    } else if nd < labels.record[v].distance {
                        labels.record[v].distance = nd
                        labels.record[v].predecessor = UInt32(truncatingIfNeeded: a)
                        if labels.record[v].position == .max {   // settled; only with an inconsistent heuristic: reopen
                            labels.push(v, key: nd.saturatingAdd(potential[v]))
                        } else {
                            labels.decrease(v, to: nd.saturatingAdd(potential[v]))
                        }
                    }
                    a &+= 1
                }
            }
            return false
        }
        settledCount = settled
        return found ? labels.record[t].distance : nil
    }
}

/// A* scratch beyond the labels: the heuristic's value per node.
@usableFromInline final class AStarScratch: @unchecked Sendable {
    @usableFromInline let count: Int
    @usableFromInline let potential: UnsafeMutablePointer<Weight>

    @usableFromInline init(count: Int) {
        self.count = count
        potential = .allocate(capacity: max(count, 1))
        potential.initialize(repeating: 0, count: max(count, 1))
    }

    @usableFromInline func copy() -> AStarScratch {
        let copy = AStarScratch(count: count)
        copy.potential.update(from: potential, count: max(count, 1))
        return copy
    }

    deinit { potential.deallocate() }
}
