/// A contraction hierarchy of a ``Graph`` (R. Geisberger, P. Sanders, D. Schultes, D. Delling, *Contraction
/// Hierarchies: Faster and Simpler Hierarchical Routing in Road Networks*, WEA 2008): the nodes are put in an order,
/// then removed ("contracted") one by one, lowest first, adding a *shortcut* arc `u → w` of weight
/// `weight(u → v) + weight(v → w)` whenever the path through the removed node `v` is the only shortest one left.
/// Afterwards every shortest path is an *up-down* path: arcs towards higher nodes, then arcs towards lower ones, so
/// a query searches upwards from both ends (``ContractionHierarchyQuery``) and settles a few hundred nodes.
///
/// Nodes are numbered by their `rank` in the order (`rank[x]` for graph node `x`; 0 is contracted first). The
/// *upward* arcs of rank `r` — arcs `r → h` with `h > r` — are `upFirst[r] ..< upFirst[r + 1]`, ending at `upHead[a]`
/// with weight `upWeight[a]`. The *downward* arcs stored at rank `r` are the arcs `t → r` with `t > r`, numbered
/// `downFirst[r] ..< downFirst[r + 1]`, starting at `downTail[b]` with weight `downWeight[b]`; the backward search
/// follows them from `r` up to `t`. One numbering covers both kinds: up arc `a` is hierarchy arc `a`, down arc `b`
/// is hierarchy arc `upCount + b`. Hierarchy arc `c` stands either for an arc of the graph (`unpackSecond[c] == .max`,
/// `unpackFirst[c]` its forward arc number) or for a shortcut `u → w` via `v`, the concatenation of the down arc
/// `unpackFirst[c]` (`u → v`, stored at `v`) and the up arc `unpackSecond[c]` (`v → w`, stored at `v`), both arcs of
/// the lower node `v`, so unpacking ends.
///
/// Invariants (checked by ``checkInvariants()`` and by the initializer that reads stored arrays): `rank` is a
/// permutation of `0 ..< nodeCount`; both offset arrays have `nodeCount + 1` entries, start at 0, never decrease and
/// end at their arc counts; every up arc rises and every down arc comes from above; an arc of the graph is stored
/// with its weight between its ends' ranks; a shortcut's two halves meet at a node below both its ends and add up to
/// its weight. Loops are dropped and parallel arcs keep only their lightest; a path heavier than ``Weight/infinity``
/// counts as no path, as in ``Dijkstra``.
/// - Complexity: memory 4 bytes per node plus 16 per hierarchy arc (head or tail, weight, two unpacking halves);
///   on road graphs there are about as many hierarchy arcs as input arcs.
public struct ContractionHierarchy: Sendable {
    /// The graph whose arcs the hierarchy's paths are unpacked into.
    public let graph: Graph
    public let rank: [UInt32]
    public let upFirst: [UInt32]
    public let upHead: [UInt32]
    public let upWeight: [Weight]
    public let downFirst: [UInt32]
    public let downTail: [UInt32]
    public let downWeight: [Weight]
    public let unpackFirst: [UInt32]
    public let unpackSecond: [UInt32]

    @inlinable public var nodeCount: Int { rank.count }
    /// The number of upward arcs (arcs of the graph and shortcuts).
    @inlinable public var upCount: Int { upHead.count }
    /// The number of downward arcs (arcs of the graph and shortcuts).
    @inlinable public var downCount: Int { downTail.count }
    /// How many of the hierarchy's arcs are shortcuts rather than arcs of the graph.
    public var shortcutCount: Int { unpackSecond.lazy.filter { $0 != .max }.count }

    /// The bytes of the hierarchy's own arrays (not the graph's).
    public var byteCount: Int {
        4 * (rank.count + upFirst.count + downFirst.count) + 8 * (upCount + downCount) + 8 * unpackFirst.count
    }

    @usableFromInline init(uncheckedGraph graph: Graph, rank: [UInt32], upFirst: [UInt32], upHead: [UInt32],
                           upWeight: [Weight], downFirst: [UInt32], downTail: [UInt32], downWeight: [Weight],
                           unpackFirst: [UInt32], unpackSecond: [UInt32]) {
        self.graph = graph
        self.rank = rank
        self.upFirst = upFirst
        self.upHead = upHead
        self.upWeight = upWeight
        self.downFirst = downFirst
        self.downTail = downTail
        self.downWeight = downWeight
        self.unpackFirst = unpackFirst
        self.unpackSecond = unpackSecond
    }

    /// Rebuilds a hierarchy of `graph` from arrays saved earlier (a compiled-graph cache), or returns `nil` when they
    /// break an invariant — so a damaged or mismatched cache is refused, never trusted.
    /// - Complexity: O(*n* + *m*) to check the invariants.
    public init?(graph: Graph, rank: [UInt32], upFirst: [UInt32], upHead: [UInt32], upWeight: [Weight],
                 downFirst: [UInt32], downTail: [UInt32], downWeight: [Weight],
                 unpackFirst: [UInt32], unpackSecond: [UInt32]) {
        self.init(uncheckedGraph: graph, rank: rank, upFirst: upFirst, upHead: upHead, upWeight: upWeight,
                  downFirst: downFirst, downTail: downTail, downWeight: downWeight,
                  unpackFirst: unpackFirst, unpackSecond: unpackSecond)
        if let _ = invariantViolation() { return nil }
    }

    /// Stops the program with a sentence if an invariant does not hold (see the type's documentation).
    /// - Complexity: O(*n* + *m*).
    public func checkInvariants() {
        if let problem = invariantViolation() { preconditionFailure("Contraction hierarchy: \(problem)") }
    }

    /// The first invariant that does not hold, in words, or `nil`.
    func invariantViolation() -> String? {
        let n = graph.nodeCount, up = upHead.count, down = downTail.count
        guard rank.count == n else { return "\(rank.count) ranks for \(n) nodes" }
        guard upFirst.count == n + 1, downFirst.count == n + 1 else { return "offset arrays do not have \(n + 1) entries" }
        guard upWeight.count == up, downWeight.count == down, unpackFirst.count == up + down,
              unpackSecond.count == up + down else { return "arc arrays of different lengths" }
        guard Graph.isValidIndex(upFirst, arcCount: up), Graph.isValidIndex(downFirst, arcCount: down)
        else { return "offsets out of order" }
        var node = [UInt32](repeating: .max, count: n)   // rank → graph node
        for x in 0 ..< n {
            let r = Int(rank[x])
            guard r < n, node[r] == .max else { return "rank \(r) of node \(x) is out of range or repeated" }
            node[r] = UInt32(x)
        }
        // The node each arc is stored at, so a shortcut's halves can be checked to meet there.
        var upOwner = [UInt32](repeating: 0, count: up), downOwner = [UInt32](repeating: 0, count: down)
        for r in 0 ..< n {
            for a in Int(upFirst[r]) ..< Int(upFirst[r + 1]) {
                guard Int(upHead[a]) < n, Int(upHead[a]) > r else { return "up arc \(a) at rank \(r) does not rise" }
                upOwner[a] = UInt32(r)
            }
            for b in Int(downFirst[r]) ..< Int(downFirst[r + 1]) {
                guard Int(downTail[b]) < n, Int(downTail[b]) > r else { return "down arc \(b) at rank \(r) does not come from above" }
                downOwner[b] = UInt32(r)
            }
        }
        for c in 0 ..< up + down {
            // The arc's ends (ranks) and weight.
            let (from, to, weight) = c < up ? (Int(upOwner[c]), Int(upHead[c]), upWeight[c])
                : (Int(downTail[c - up]), Int(downOwner[c - up]), downWeight[c - up])
            let first = Int(unpackFirst[c]), second = unpackSecond[c]
            if second == .max {
                guard first < graph.arcCount, graph.head[first] == node[to], graph.weight[first] == weight,
                      graph.firstOut[Int(node[from])] <= first, first < graph.firstOut[Int(node[from]) + 1]
                else { return "arc \(c) does not match the graph's arc \(first)" }
            } else {
                let s = Int(second)
                guard first >= up, first < up + down, s < up else { return "shortcut \(c) has halves \(first), \(s) of the wrong kind" }
                let middle = Int(downOwner[first - up])
                guard Int(downTail[first - up]) == from, Int(upOwner[s]) == middle, Int(upHead[s]) == to,
                      middle < from, middle < to,
                      UInt64(downWeight[first - up]) + UInt64(upWeight[s]) == UInt64(weight)
                else { return "shortcut \(c) is not the sum of its halves \(first), \(s)" }
            }
        }
        return nil
    }
}
