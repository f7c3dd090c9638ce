/// Bidirectional Dijkstra (G. B. Dantzig, *Linear Programming and Extensions*, 1963; stopping rule as in
/// A. V. Goldberg and C. Harrelson, *Computing the shortest path: A* search meets graph theory*, SODA 2005):
/// a forward search from the source on the forward arcs and a backward search from the target on the reverse arcs,
/// each step advancing the side whose heap holds the smaller key.
///
/// Whenever a side relaxes an arc into a node the other side has labelled, the sum of the two labels and the arc is
/// a path, and the best one, μ, is kept. The search stops once `topForward + topBackward ≥ μ`: every path still
/// unseen must pass a node unsettled on both sides, so it is at least that long. On road graphs it settles
/// roughly half the nodes of a one-way search.
///
/// Scratch buffers and generation stamps as in ``Dijkstra``: a warm query allocates only its result.
/// - Complexity: O((*n* + *m*) log *n*) per query for *n* nodes and *m* arcs.
public struct BidirectionalDijkstra: Sendable {
    public let graph: Graph
    @usableFromInline var forwardDistance: [Weight]
    @usableFromInline var backwardDistance: [Weight]
    /// Forward: the forward arc entering the node. Backward: the forward arc leaving it towards the target.
    @usableFromInline var forwardPredecessor: [UInt32]
    @usableFromInline var backwardPredecessor: [UInt32]
    @usableFromInline var forwardStamp: [UInt32]
    @usableFromInline var backwardStamp: [UInt32]
    @usableFromInline var generation: UInt32 = 0
    @usableFromInline var forwardHeap: IndexedMinHeap
    @usableFromInline var backwardHeap: IndexedMinHeap
    /// How many nodes the last query settled, both sides together.
    public private(set) var settledCount = 0

    /// A search on `graph`, with scratch space for all its nodes (eight 32-bit words per node).
    public init(_ graph: Graph) {
        self.graph = graph
        let n = graph.nodeCount
        forwardDistance = [Weight](repeating: .infinity, count: n)
        backwardDistance = [Weight](repeating: .infinity, count: n)
        forwardPredecessor = [UInt32](repeating: .max, count: n)
        backwardPredecessor = [UInt32](repeating: .max, count: n)
        forwardStamp = [UInt32](repeating: 0, count: n)
        backwardStamp = [UInt32](repeating: 0, count: n)
        forwardHeap = IndexedMinHeap(capacity: n)
        backwardHeap = IndexedMinHeap(capacity: n)
    }

    /// Returns a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Precondition: Both nodes belong to the graph this search was created with.
    /// - Complexity: O((*n* + *m*) log *n*); no allocation beyond the result.
    public mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? {
        let (best, meeting) = search(from: source, to: target)
        guard best != .infinity else { return nil }
        var arcs: [UInt32] = []
        var x = meeting
        while x != source.index {
            let a = forwardPredecessor[x]
            arcs.append(a)
            x = graph.tail(ofArc: Int(a))
        }
        arcs.reverse()
        x = meeting
        while x != target.index {
            let a = backwardPredecessor[x]
            arcs.append(a)
            x = Int(graph.head[Int(a)])
        }
        return graph.path(from: source, arcs: arcs, weight: best)
    }

    /// The length of a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Complexity: as ``shortestPath(from:to:)``, without allocating at all.
    public mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
        let (best, _) = search(from: source, to: target)
        return best == .infinity ? nil : best
    }

    /// Runs both searches; returns μ (`.infinity` if unreachable) and a node on a shortest path where they met.
    @usableFromInline mutating func search(from source: NodeID, to target: NodeID) -> (Weight, Int) {
        let n = graph.nodeCount
        precondition(source.index < n && target.index < n, "Nodes \(source) and \(target) must be in the graph of \(n) nodes.")
        generation &+= 1
        if generation == 0 {
            for i in 0 ..< n { forwardStamp[i] = 0; backwardStamp[i] = 0 }
            generation = 1
        }
        settledCount = 0
        forwardHeap.removeAll()
        backwardHeap.removeAll()
        let s = source.index, t = target.index
        forwardStamp[s] = generation; forwardDistance[s] = 0; forwardPredecessor[s] = .max
        backwardStamp[t] = generation; backwardDistance[t] = 0; backwardPredecessor[t] = .max
        var best: Weight = s == t ? 0 : .infinity
        var meeting = s
        if s == t { return (best, meeting) }
        forwardHeap.push(UInt32(s), key: 0)
        backwardHeap.push(UInt32(t), key: 0)
        while let forwardTop = forwardHeap.minKey, let backwardTop = backwardHeap.minKey,
              forwardTop.saturatingAdd(backwardTop) < best {
            if forwardTop <= backwardTop {
                let (x, d) = forwardHeap.popMin()!
                settledCount += 1
                let u = Int(x)
                var a = Int(graph.firstOut[u])
                let end = Int(graph.firstOut[u + 1])
                while a < end {
                    let v = Int(graph.head[a])
                    let nd = d.saturatingAdd(graph.weight[a])
                    if forwardStamp[v] != generation {
                        forwardStamp[v] = generation
                        forwardDistance[v] = nd
                        forwardPredecessor[v] = UInt32(truncatingIfNeeded: a)
                        forwardHeap.push(UInt32(truncatingIfNeeded: v), key: nd)
                    } else if nd < forwardDistance[v] {
                        forwardDistance[v] = nd
                        forwardPredecessor[v] = UInt32(truncatingIfNeeded: a)
                        forwardHeap.decrease(UInt32(truncatingIfNeeded: v), to: nd)
                    } else {
                        a += 1
                        continue
                    }
                    if backwardStamp[v] == generation {
                        let total = nd.saturatingAdd(backwardDistance[v])
                        if total < best { best = total; meeting = v }
                    }
                    a += 1
                }
            } else {
                let (x, d) = backwardHeap.popMin()!
                settledCount += 1
                let u = Int(x)
                var r = Int(graph.firstIn[u])
                let end = Int(graph.firstIn[u + 1])
                while r < end {
                    let v = Int(graph.tail[r])
                    let nd = d.saturatingAdd(graph.reverseWeight[r])
                    if backwardStamp[v] != generation {
                        backwardStamp[v] = generation
                        backwardDistance[v] = nd
                        backwardPredecessor[v] = graph.forwardArc[r]
                        backwardHeap.push(UInt32(truncatingIfNeeded: v), key: nd)
                    } else if nd < backwardDistance[v] {
                        backwardDistance[v] = nd
                        backwardPredecessor[v] = graph.forwardArc[r]
                        backwardHeap.decrease(UInt32(truncatingIfNeeded: v), to: nd)
                    } else {
                        r += 1
                        continue
                    }
                    if forwardStamp[v] == generation {
                        let total = nd.saturatingAdd(forwardDistance[v])
                        if total < best { best = total; meeting = v }
                    }
                    r += 1
                }
            }
        }
        return (best, meeting)
    }
}
