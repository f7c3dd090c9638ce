/// Bidirectional Dijkstra (G. B. Dantzig, *Linear Programming and Extensions*, 1963; stopping rule as in
/// A. V. Goldberg and C. Harrelson, *Computing the shortest path: A* search meets graph theory*, SODA 2005):
/// a forward search from the source on the forward arcs and a backward search from the target on the reverse arcs,
/// each step advancing the side whose heap holds fewer nodes (which adapts to uneven density better than
/// alternating or balancing radii; any order is correct).
///
/// Whenever a side relaxes an arc into a node the other side has labelled, the sum of the two labels and the arc is
/// a path, and the best one, μ, is kept. The search stops once `topForward + topBackward ≥ μ`: every path still
/// unseen must pass a node unsettled on both sides, so it is at least that long. A node reached at a distance that,
/// plus the other side's top key, already reaches μ is not labelled at all (see `scan`). On road graphs it settles
/// roughly half the nodes of a one-way search.
///
/// Scratch buffers and generation stamps as in ``Dijkstra``: a warm query allocates only its result.
/// - Complexity: O((*n* + *m*) log *n*) per query for *n* nodes and *m* arcs.
public struct BidirectionalDijkstra: Sendable {
    public let graph: Graph
    /// Forward labels; a predecessor is the forward arc entering the node.
    @usableFromInline var forward: NodeLabels
    /// Backward labels; a predecessor is the forward arc leaving the node towards the target.
    @usableFromInline var backward: NodeLabels
    /// How many nodes the last query settled, both sides together.
    public private(set) var settledCount = 0

    /// The bytes of scratch space this search holds between queries (both directions).
    public var scratchBytes: Int { forward.byteCount + backward.byteCount }

    /// A search on `graph`, with scratch space for all its nodes (32 bytes per node, plus heap slots).
    /// Its queries read the graph's reverse arcs (``Graph/withReverseArcs(_:)``), so `graph` must have them.
    public init(_ graph: Graph) {
        self.graph = graph
        forward = NodeLabels(count: graph.nodeCount)
        backward = NodeLabels(count: graph.nodeCount)
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
            let a = forward.record[x].predecessor
            arcs.append(a)
            x = graph.tail(ofArc: Int(a))
        }
        arcs.reverse()
        x = meeting
        while x != target.index {
            let a = backward.record[x].predecessor
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
        if !isKnownUniquelyReferenced(&forward) { forward = forward.copy() }
        if !isKnownUniquelyReferenced(&backward) { backward = backward.copy() }
        let forward = self.forward, backward = self.backward
        forward.clear()
        backward.clear()
        settledCount = 0
        let s = source.index, t = target.index
        precondition(forward.generation == backward.generation, "The two searches start their queries together.")
        forward.label(s, 0, by: .max)
        backward.record[s].oppositeStamp = backward.generation
        backward.label(t, 0, by: .max)
        forward.record[t].oppositeStamp = forward.generation
        if s == t { return (0, s) }
        forward.push(s, key: 0)
        backward.push(t, key: 0)
        var best = Weight.infinity
        var meeting = s
        var settled = 0
        graph.withForwardArcs { firstOut, head, weight in
            graph.withReverseArcs { firstIn, tail, reverseWeight, forwardArc in
                while let forwardTop = forward.minKey, let backwardTop = backward.minKey,
                      forwardTop.saturatingAdd(backwardTop) < best {
                    settled &+= 1
                    if forward.heapCount <= backward.heapCount {
                        let (x, d) = forward.popMin()!
                        let u = x
                        Self.scan(forward, meeting: backward, otherTop: backwardTop, from: Int(firstOut[u]), to: Int(firstOut[u &+ 1]),
                                  at: d, head: head, weight: weight, arcNumber: { UInt32(truncatingIfNeeded: $0) },
                                  best: &best, meetingNode: &meeting)
                    } else {
                        let (x, d) = backward.popMin()!
                        let u = x
                        Self.scan(backward, meeting: forward, otherTop: forwardTop, from: Int(firstIn[u]), to: Int(firstIn[u &+ 1]),
                                  at: d, head: tail, weight: reverseWeight, arcNumber: { forwardArc[$0] },
                                  best: &best, meetingNode: &meeting)
                    }
                }
            }
        }
        settledCount = settled
        return (best, meeting)
    }

    /// Scans the arcs `first ..< end` of a node `side` settled at `d`. A node the other side has labelled closes a
    /// path, which may lower μ (`best`). A node the other side has not labelled, reached at `nd` with
    /// `nd + otherTop ≥ μ`, is not labelled: its distance to the other end is at least `otherTop` (every node closer
    /// is settled there, hence labelled), so no path through this arc can beat μ — pruning it keeps every path
    /// shorter than μ, and with them the stopping rule's proof.
    @inlinable @inline(__always)
    static func scan(_ side: NodeLabels, meeting other: NodeLabels, otherTop: Weight, from first: Int, to end: Int,
                     at d: Weight, head: UnsafePointer<UInt32>, weight: UnsafePointer<Weight>,
                     arcNumber: (Int) -> UInt32, best: inout Weight, meetingNode: inout Int) {
        let generation = side.generation   // the same as the other side's
        var a = first
        while a < end {
            let v = Int(head[a])
            let nd = d.saturatingAdd(weight[a])
            if side.record[v].oppositeStamp == generation {   // the other side has labelled v
                let total = nd.saturatingAdd(other.record[v].distance)
                if total < best { best = total; meetingNode = v }
            } else if nd.saturatingAdd(otherTop) >= best {
                a &+= 1
                continue
            }
            if side.record[v].stamp != generation {
                side.label(v, nd, by: arcNumber(a))
                side.push(v, key: nd)
                other.record[v].oppositeStamp = generation   // a write: it does not stall the scan as a read would
            } else if nd < side.record[v].distance {
                side.record[v].distance = nd
                side.record[v].predecessor = arcNumber(a)
                side.decrease(v, to: nd)
            }
            a &+= 1
        }
    }
}
