/// Shortest paths in a ``ContractionHierarchy``: a forward search from the source on the up arcs and a backward
/// search from the target on the down arcs, both climbing the hierarchy only, meet at the highest node of a shortest
/// up-down path (R. Geisberger, P. Sanders, D. Schultes, D. Delling, WEA 2008).
///
/// Each side settles the node with the smaller key next and stops once its least key reaches μ, the best meeting
/// found. Stall-on-demand: a node settled at `d` whose label is beaten through an arc from a higher node the same
/// side has labelled (`d(y) + w(y → x) < d`) cannot lie on a shortest path, so its arcs are not relaxed. A distance
/// query records no predecessors; a path query records, per label, the node it came from, finds the arc between
/// the two among that node's few arcs (the one to the label's node whose weight closes the gap), and unpacks
/// shortcut by shortcut into the graph's arcs, so routes report the input's arc ids.
///
/// Matrices (``distances(from:to:)``, in `ContractionHierarchyQuery+Matrix.swift`): buckets below a dense core of
/// the highest ranks, swept once per block of thirty-two sources.
///
/// Scratch space (``NodeLabels`` per side, indexed by rank) is allocated once; a warm query allocates only its
/// result. One query object per thread; the hierarchy is shared.
/// - Complexity: per query, the nodes above source and target (a few hundred on road graphs) times their degree
///   and log *n*; a path adds O(*k*) for its *k* arcs of the graph.
public struct ContractionHierarchyQuery: Sendable {
    public let hierarchy: ContractionHierarchy
    @usableFromInline var forward: NodeLabels
    @usableFromInline var backward: NodeLabels
    /// The hierarchy arcs of the last path with predecessors, from the source on; kept between queries.
    var pathArcs: [UInt32] = []
    /// The unpacking pairs of the graph arcs of the last path unpacked; kept between queries.
    var unpacked: [UInt64] = []
    /// Matrix bucket entries (target index, distance), grouped by rank; kept between matrices.
    var bucketEntries: [UInt64] = []
    /// Matrix scratch, kept between matrices: bucket entries before grouping (rank, entry), the core entries of the
    /// sources and of the targets, and the core's lanes (their rows 64-byte aligned inside; `Double` ones only when
    /// `Float` ones fall short).
    var dropped: [(rank: UInt32, entry: UInt64)] = []
    var sourceEntries: [CoreEntry] = [], targetEntries: [CoreEntry] = []
    /// The core nodes one matrix search has labelled.
    var reached: [UInt32] = []
    var floatLanes: [Float] = [], doubleLanes: [Double] = []
    /// The matrix's dense core, built for the core size of the last matrix that used one.
    var matrixCore: MatrixCore?
    /// How many of the highest ranks a matrix treats as its dense core (see ``distances(from:to:)``); 0 turns the
    /// core off, leaving buckets alone. Any value gives the same distances; the default suits road graphs.
    public var matrixCoreSize = 2048
    /// How many nodes the last query settled, both sides together (stalled ones included).
    public internal(set) var settledCount = 0

    /// The bytes of scratch space this query holds between queries.
    public var scratchBytes: Int {
        forward.byteCount + backward.byteCount + 4 * pathArcs.capacity + 8 * (unpacked.capacity + bucketEntries.capacity)
            + 16 * dropped.capacity + 12 * (sourceEntries.capacity + targetEntries.capacity) + 4 * reached.capacity
            + 4 * floatLanes.capacity + 8 * doubleLanes.capacity + (matrixCore?.byteCount ?? 0)
    }

    public init(_ hierarchy: ContractionHierarchy) {
        self.hierarchy = hierarchy
        forward = NodeLabels(count: hierarchy.nodeCount)
        backward = NodeLabels(count: hierarchy.nodeCount)
    }

    /// The length of a shortest path from `source` to `target`, or `nil` if `target` cannot be reached.
    /// - Precondition: Both nodes belong to the hierarchy's graph.
    /// - Complexity: see the type; allocates nothing.
    public mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
        let (best, _) = search(from: source, to: target, recordingPredecessors: false)
        return best == .infinity ? nil : best
    }

    /// Returns a shortest path from `source` to `target` in the graph's arcs, or `nil` if `target` cannot be reached.
    /// - Precondition: Both nodes belong to the hierarchy's graph.
    /// - Complexity: see the type; allocates the result.
    public mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? {
        let (best, meeting) = search(from: source, to: target, recordingPredecessors: true)
        guard best != .infinity else { return nil }
        unpackPath(meeting: meeting)
        let count = unpacked.count, inputID = hierarchy.graph.inputID
        let arcs = unpacked.map { UInt32(truncatingIfNeeded: $0) }
        let nodes = [NodeID](unsafeUninitializedCapacity: count + 1) { nodes, initialized in
            nodes[0] = source
            for i in 0 ..< count { nodes[i &+ 1] = Self.head(of: unpacked[i]) }
            initialized = count + 1
        }
        return Path(nodes: nodes, arcs: arcs, arcIDs: arcs.map { inputID[Int($0)] }, weight: best)
    }

    /// The nodes of a shortest path from `source` to `target` (both included), or `nil` if `target` cannot be
    /// reached: the answer of ``shortestPath(from:to:)`` without its arcs, written straight from the unpacking.
    /// - Precondition: Both nodes belong to the hierarchy's graph.
    /// - Complexity: see the type; allocates the result.
    public mutating func nodePath(from source: NodeID, to target: NodeID) -> [NodeID]? {
        let (best, meeting) = search(from: source, to: target, recordingPredecessors: true)
        guard best != .infinity else { return nil }
        unpackPath(meeting: meeting)
        let count = unpacked.count
        return [NodeID](unsafeUninitializedCapacity: count + 1) { nodes, initialized in
            nodes[0] = source
            unpacked.withUnsafeBufferPointer { pairs in
                for i in 0 ..< count { nodes[i &+ 1] = Self.head(of: pairs[i]) }
            }
            initialized = count + 1
        }
    }

    /// The head node of an arc of the graph, from its unpacking pair.
    @inline(__always) static func head(of pair: UInt64) -> NodeID {
        NodeID(UInt32(truncatingIfNeeded: pair >> 32) & ~ContractionHierarchy.originalFlag)
    }

    /// Writes into ``unpacked`` the unpacking pairs of the graph arcs (arc number, flagged head node) of the path
    /// found by the last search with predecessors, from the source on.
    ///
    /// Each of the path's hierarchy arcs is unpacked depth first: a shortcut's first half is followed at once and its
    /// second half set aside, an arc of the graph is written out and the half set aside last is taken up. The halves
    /// set aside and the arcs written out live in the two searches' heap slots, idle once the search has ended, so the
    /// loop does no array operation and waits only on reading `unpack`. The halves waiting are those of shortcuts on
    /// one line of descent, each a half of the one before and so stored at a lower rank (a stored hierarchy is checked
    /// for this on loading), hence at most one per rank: `n` slots hold them. The arcs written out go to ``unpacked``
    /// in chunks of ``unpackChunk`` (or fewer, if the slots are fewer).
    /// - Complexity: O(*p* + *k*) for the path's *p* hierarchy arcs and *k* arcs of the graph.
    mutating func unpackPath(meeting: Int) {
        let h = hierarchy, up = h.upCount
        var unpacked = self.unpacked
        self.unpacked = []
        unpacked.removeAll(keepingCapacity: true)
        pathArcs.removeAll(keepingCapacity: true)
        let forward = self.forward, backward = self.backward
        h.upFirst.withUnsafeBufferPointer { upFirst in
        h.upArcs.withUnsafeBufferPointer { upArcs in
        h.downFirst.withUnsafeBufferPointer { downFirst in
        h.downArcs.withUnsafeBufferPointer { downArcs in
        h.unpack.withUnsafeBufferPointer { unpack in
            // The path's hierarchy arcs: those that climbed from the source to the meeting node (found from the
            // meeting node down, then turned round), then those from the meeting node down to the target.
            var x = meeting
            while forward.record[x].predecessor != .max {
                let below = Int(forward.record[x].predecessor)
                let a = Self.arc(to: x, closing: forward.record[x].distance &- forward.record[below].distance,
                                 among: Int(upFirst[below]) ..< Int(upFirst[below &+ 1]), in: upArcs)
                pathArcs.append(UInt32(truncatingIfNeeded: a))
                x = below
            }
            pathArcs.reverse()
            x = meeting
            while backward.record[x].predecessor != .max {
                let below = Int(backward.record[x].predecessor)
                let b = Self.arc(to: x, closing: backward.record[x].distance &- backward.record[below].distance,
                                 among: Int(downFirst[below]) ..< Int(downFirst[below &+ 1]), in: downArcs)
                pathArcs.append(UInt32(truncatingIfNeeded: up &+ b))
                x = below
            }
            let waiting = backward.lendHeapSlots(), written = forward.lendHeapSlots()
            let chunk = Swift.min(Self.unpackChunk, written.count)
            var waitingCount = 0, writtenCount = 0
            for root in pathArcs {
                var c = Int(root)
                while true {
                    let pair = unpack[c]
                    let second = UInt32(truncatingIfNeeded: pair >> 32)
                    if second & ContractionHierarchy.originalFlag == 0 {
                        waiting[waitingCount] = UInt64(second)
                        waitingCount &+= 1
                        c = Int(UInt32(truncatingIfNeeded: pair))
                        continue
                    }
                    written[writtenCount] = pair
                    writtenCount &+= 1
                    if writtenCount == chunk {
                        unpacked.append(contentsOf: UnsafeBufferPointer(rebasing: written[..<writtenCount]))
                        writtenCount = 0
                    }
                    if waitingCount == 0 { break }
                    waitingCount &-= 1
                    c = Int(waiting[waitingCount])
                }
            }
            unpacked.append(contentsOf: UnsafeBufferPointer(rebasing: written[..<writtenCount]))
        } } } } }
        self.unpacked = unpacked
    }

    /// How many unpacked arcs are gathered in scratch before they are appended to ``unpacked``.
    static let unpackChunk = 64

    /// The arc among `arcs` that ends at `end` with weight `weight`: the arc a search relaxed to label `end`.
    @inline(__always)
    static func arc(to end: Int, closing weight: Weight, among arcs: Range<Int>, in words: UnsafeBufferPointer<UInt64>) -> Int {
        let wanted = ContractionHierarchy.pack(UInt32(truncatingIfNeeded: end), weight)
        for a in arcs where words[a] == wanted { return a }
        preconditionFailure("Contraction hierarchy: no arc to rank \(end) of weight \(weight) among \(arcs).")
    }

    /// Runs both searches; returns μ (`.infinity` if unreachable) and the rank where a shortest path peaks. With
    /// `recordingPredecessors`, each label keeps the rank it was reached from (`.max` at the roots).
    @inline(__always)
    mutating func search(from source: NodeID, to target: NodeID, recordingPredecessors: Bool) -> (Weight, Int) {
        let h = hierarchy, n = h.nodeCount
        precondition(source.index < n && target.index < n, "Nodes \(source) and \(target) must be in the graph of \(n) nodes.")
        if !isKnownUniquelyReferenced(&forward) { forward = forward.copy() }
        if !isKnownUniquelyReferenced(&backward) { backward = backward.copy() }
        let forward = self.forward, backward = self.backward
        forward.clear()
        backward.clear()
        let s = Int(h.rank[source.index]), t = Int(h.rank[target.index])
        forward.label(s, 0, by: .max)
        backward.label(t, 0, by: .max)
        if s == t { settledCount = 0; return (0, s) }
        forward.push(s, key: 0)
        backward.push(t, key: 0)
        let generation = forward.generation
        var best = Weight.infinity, meeting = s, settled = 0
        h.withSearchArcs { upFirst, upArcs, downFirst, downArcs in
            while true {
                let forwardTop = forward.topKey, backwardTop = backward.topKey
                if forwardTop >= best && backwardTop >= best { break }
                settled &+= 1
                if forwardTop <= backwardTop {
                    let (x, d) = forward.removeMin()
                    if backward.record[x].stamp == generation {
                        let total = d.saturatingAdd(backward.record[x].distance)
                        if total < best { best = total; meeting = x }
                    }
                    Self.step(forward, x, d, bound: best, arcs: Int(upFirst[x]) ..< Int(upFirst[x &+ 1]), arc: upArcs,
                              stall: Int(downFirst[x]) ..< Int(downFirst[x &+ 1]), stallArc: downArcs,
                              recordingPredecessors: recordingPredecessors)
                } else {
                    let (x, d) = backward.removeMin()
                    if forward.record[x].stamp == generation {
                        let total = d.saturatingAdd(forward.record[x].distance)
                        if total < best { best = total; meeting = x }
                    }
                    Self.step(backward, x, d, bound: best, arcs: Int(downFirst[x]) ..< Int(downFirst[x &+ 1]), arc: downArcs,
                              stall: Int(upFirst[x]) ..< Int(upFirst[x &+ 1]), stallArc: upArcs,
                              recordingPredecessors: recordingPredecessors)
                }
            }
        }
        settledCount = settled
        return (best, meeting)
    }

    /// Whether a node about to be settled at `d` is stalled: a node above it that this side has labelled reaches it
    /// through one of the arcs `stall` (the other direction's arcs stored at it) in less than `d`, so it lies on no
    /// shortest path and its arcs need not be relaxed (stall-on-demand).
    @inlinable @inline(__always)
    static func isStalled(_ side: NodeLabels, _ d: Weight, stall: Range<Int>, stallArc: UnsafePointer<UInt64>) -> Bool {
        let generation = side.generation, record = side.record
        var b = stall.lowerBound
        while b < stall.upperBound {
            let word = stallArc[b]
            let y = ContractionHierarchy.end(word)
            if record[y].stamp == generation, record[y].distance.saturatingAdd(ContractionHierarchy.weight(word)) < d { return true }
            b &+= 1
        }
        return false
    }

    /// Settles `x` at `d` on one side: unless it is stalled (an arc `stall` from a higher node this side labelled
    /// beats `d`), relaxes its arcs `arcs` whose ends stay below `bound`, recording `x` as the predecessor if asked.
    /// An end at or above rank `core` (a matrix's dense core) is labelled but not queued: `entered` is called the
    /// first time it is labelled. Returns whether the node was relaxed (not stalled).
    @inlinable @inline(__always) @discardableResult
    static func step(_ side: NodeLabels, _ x: Int, _ d: Weight, bound: Weight, arcs: Range<Int>, arc: UnsafePointer<UInt64>,
                     stall: Range<Int>, stallArc: UnsafePointer<UInt64>, recordingPredecessors: Bool,
                     core: Int = .max, entered: (Int) -> Void = { _ in }) -> Bool {
        if isStalled(side, d, stall: stall, stallArc: stallArc) { return false }
        let generation = side.generation, record = side.record
        let predecessor = UInt32(truncatingIfNeeded: x)
        var a = arcs.lowerBound
        while a < arcs.upperBound {
            let word = arc[a]
            let y = ContractionHierarchy.end(word)
            let nd = d.saturatingAdd(ContractionHierarchy.weight(word))
            if nd < bound {
                if record[y].stamp != generation {
                    record[y].stamp = generation
                    record[y].distance = nd
                    if recordingPredecessors { record[y].predecessor = predecessor }
                    if y >= core { entered(y) } else { side.push(y, key: nd) }
                } else if nd < record[y].distance {
                    record[y].distance = nd
                    if recordingPredecessors { record[y].predecessor = predecessor }
                    if y < core { side.decrease(y, to: nd) }
                }
            }
            a &+= 1
        }
        return true
    }
}
