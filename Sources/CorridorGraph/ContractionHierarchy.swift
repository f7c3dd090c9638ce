/// A contraction hierarchy of a ``Graph`` (R. Geisberger, P. Sanders, D. Schultes, D. Delling, *Contraction
/// Hierarchies: Faster and Simpler Hierarchical Routing in Road Networks*, WEA 2008): the nodes are put in an order,
/// then removed ("contracted") one by one, lowest first, adding a *shortcut* arc `u → w` of weight
/// `weight(u → v) + weight(v → w)` whenever the path through the removed node `v` is the only shortest one left.
/// Afterwards every shortest path is an *up-down* path: arcs towards higher nodes, then arcs towards lower ones, so
/// a query searches upwards from both ends (``ContractionHierarchyQuery``) and settles a few hundred nodes.
///
/// Nodes are numbered by their `rank` in the order (`rank[x]` for graph node `x`; 0 is contracted first). The
/// *upward* arcs of rank `r` — arcs `r → h` with `h > r` — are `upFirst[r] ..< upFirst[r + 1]`; `upArcs[a]` packs
/// the head `h` (low 32 bits) and the weight (high 32 bits), so a relaxation reads one word. The *downward* arcs
/// stored at rank `r` are the arcs `t → r` with `t > r`, numbered `downFirst[r] ..< downFirst[r + 1]`; `downArcs[b]`
/// packs the tail `t` and the weight the same way, and the backward search follows them from `r` up to `t`. One
/// numbering covers both kinds: up arc `a` is hierarchy arc `a`, down arc `b` is hierarchy arc `upCount + b`.
/// `unpack[c]` packs two halves, `first` (low) and `second` (high): hierarchy arc `c` stands either for an arc of the
/// graph (`first` its forward arc number, `second` its head node with the top bit set, ``originalFlag``, so a node
/// path is written without reading the graph) or for a shortcut `u → w` via `v`, the concatenation of the down arc
/// `first` (`u → v`, stored at `v`) and the up arc `second` (`v → w`, stored at `v`), both arcs of the lower node
/// `v`, so unpacking ends. Hence fewer than 2³¹ nodes and up arcs.
///
/// Invariants (checked in full by ``checkInvariants()``): `rank` is a permutation of `0 ..< nodeCount`; both offset
/// arrays have `nodeCount + 1` entries, start at 0, never decrease and end at their arc counts; every up arc rises
/// and every down arc comes from above; an arc of the graph is stored with its weight between its ends' ranks; a
/// shortcut's two halves meet at a node below both its ends and add up to its weight. Loops are dropped and
/// parallel arcs keep only their lightest; a path heavier than ``Weight/infinity`` counts as no path, as in
/// ``Dijkstra``. The initializer that reads stored arrays checks, in sequential passes, only what memory safety and
/// the termination of unpacking rest on (see ``structuralViolation(runningChecks:)``); a cache guards the rest with a checksum.
/// - Complexity: memory 4 bytes per node plus 16 per hierarchy arc (end and weight, two unpacking halves);
///   on road graphs there are about as many hierarchy arcs as input arcs.
public struct ContractionHierarchy: Sendable {
    /// The graph whose arcs the hierarchy's paths are unpacked into.
    public let graph: Graph
    public let rank: [UInt32]
    public let upFirst: [UInt32]
    /// Up arcs: head rank (low 32 bits) and weight (high 32 bits).
    public let upArcs: [UInt64]
    public let downFirst: [UInt32]
    /// Down arcs: tail rank (low 32 bits) and weight (high 32 bits).
    public let downArcs: [UInt64]
    /// Per hierarchy arc: `first` (low 32 bits) and `second` (high 32 bits), see the type's documentation.
    public let unpack: [UInt64]

    @inlinable public var nodeCount: Int { rank.count }
    /// The number of upward arcs (arcs of the graph and shortcuts).
    @inlinable public var upCount: Int { upArcs.count }
    /// The number of downward arcs (arcs of the graph and shortcuts).
    @inlinable public var downCount: Int { downArcs.count }
    /// How many of the hierarchy's arcs are shortcuts rather than arcs of the graph.
    public var shortcutCount: Int { unpack.lazy.filter { UInt32(truncatingIfNeeded: $0 >> 32) & Self.originalFlag == 0 }.count }

    /// The bit of an unpacking pair's `second` half that marks an arc of the graph (the rest is its head node).
    public static let originalFlag: UInt32 = 1 << 31

    /// The bytes of the hierarchy's own arrays (not the graph's).
    public var byteCount: Int {
        4 * (rank.count + upFirst.count + downFirst.count) + 8 * (upCount + downCount) + 8 * unpack.count
    }

    /// The rank an arc word leads to (head of an up arc, tail of a down arc).
    @inlinable @inline(__always) static func end(_ arc: UInt64) -> Int { Int(UInt32(truncatingIfNeeded: arc)) }
    /// The weight of an arc word.
    @inlinable @inline(__always) static func weight(_ arc: UInt64) -> Weight { Weight(truncatingIfNeeded: arc >> 32) }
    /// An arc word (or an unpacking pair) from its two halves.
    @inlinable @inline(__always) static func pack(_ low: UInt32, _ high: UInt32) -> UInt64 { UInt64(high) << 32 | UInt64(low) }

    /// Calls `body` with pointers to the search arrays `upFirst`, `upArcs`, `downFirst` and `downArcs`, valid during
    /// the call (as ``Graph/withForwardArcs(_:)`` does for a graph).
    @inlinable @inline(__always)
    func withSearchArcs<R>(
        _ body: (UnsafePointer<UInt32>, UnsafePointer<UInt64>, UnsafePointer<UInt32>, UnsafePointer<UInt64>) throws -> R
    ) rethrows -> R {
        try upFirst.withUnsafeBufferPointer { upFirst in
            try upArcs.withUnsafeBufferPointer { upArcs in
                try downFirst.withUnsafeBufferPointer { downFirst in
                    try downArcs.withUnsafeBufferPointer { downArcs in
                        try body(Graph.base(upFirst), Graph.base(upArcs), Graph.base(downFirst), Graph.base(downArcs))
                    }
                }
            }
        }
    }

    /// Up arc `a` as (head rank, weight).
    public func upArc(_ a: Int) -> (head: Int, weight: Weight) { (Self.end(upArcs[a]), Self.weight(upArcs[a])) }
    /// Down arc `b` as (tail rank, weight).
    public func downArc(_ b: Int) -> (tail: Int, weight: Weight) { (Self.end(downArcs[b]), Self.weight(downArcs[b])) }
    /// The two unpacking halves of hierarchy arc `c` (see the type's documentation).
    public func halves(_ c: Int) -> (first: UInt32, second: UInt32) {
        (UInt32(truncatingIfNeeded: unpack[c]), UInt32(truncatingIfNeeded: unpack[c] >> 32))
    }
    /// Whether hierarchy arc `c` is a shortcut rather than an arc of the graph.
    public func isShortcut(_ c: Int) -> Bool { halves(c).second & Self.originalFlag == 0 }

    @usableFromInline init(uncheckedGraph graph: Graph, rank: [UInt32], upFirst: [UInt32], upArcs: [UInt64],
                           downFirst: [UInt32], downArcs: [UInt64], unpack: [UInt64]) {
        self.graph = graph
        self.rank = rank
        self.upFirst = upFirst
        self.upArcs = upArcs
        self.downFirst = downFirst
        self.downArcs = downArcs
        self.unpack = unpack
    }

    /// Runs independent checks, perhaps at once on separate threads, and returns their answers in order; the core
    /// itself starts no threads, so a caller that may do so passes a runner (``sequentially`` runs them one by one).
    public typealias CheckRunner = @Sendable ([@Sendable () -> String?]) -> [String?]

    /// Runs the checks one after another.
    public static let sequentially: CheckRunner = { checks in checks.map { $0() } }

    /// Rebuilds a hierarchy of `graph` from arrays saved earlier (a compiled-graph cache), or returns `nil` when they
    /// break what memory safety and the termination of unpacking need (``structuralViolation(runningChecks:)``), so a
    /// damaged or mismatched cache is refused rather than read out of bounds. Weights and which arc of the graph an
    /// arc stands for are not compared with the graph here (that takes random reads over every arc): the cache stores
    /// a checksum for those, and ``checkInvariants()`` checks everything. `run` runs the checks' two halves.
    /// - Complexity: O(*n* + *m*) in sequential passes.
    public init?(graph: Graph, rank: [UInt32], upFirst: [UInt32], upArcs: [UInt64], downFirst: [UInt32],
                 downArcs: [UInt64], unpack: [UInt64], runningChecks run: CheckRunner = sequentially) {
        self.init(uncheckedGraph: graph, rank: rank, upFirst: upFirst, upArcs: upArcs, downFirst: downFirst,
                  downArcs: downArcs, unpack: unpack)
        if let _ = structuralViolation(runningChecks: run) { return nil }
    }

    /// Stops the program with a sentence if an invariant does not hold (see the type's documentation).
    /// - Complexity: O(*n* + *m*).
    public func checkInvariants() {
        if let problem = invariantViolation() { preconditionFailure("Contraction hierarchy: \(problem)") }
    }

    /// The first break, in words, of what a query needs to stay in bounds and to finish, or `nil`: the array sizes;
    /// `rank` a permutation; offsets monotone from 0 to the arc counts; every up arc rises and every down arc comes
    /// from above (so the searches climb and stop); an arc of the graph names an arc and a node that exist; a shortcut
    /// stored at rank `r` has a down half and an up half stored below `r` (so each unpacking step descends and ends).
    /// After the sizes and offsets, the work is split in two halves of about equal cost (the permutation and the arcs
    /// of the lower ranks; the arcs of the upper ranks), which `run` may run at once.
    /// - Complexity: O(*n* + *m*) in sequential passes, plus one write per node for the permutation check.
    public func structuralViolation(runningChecks run: CheckRunner = sequentially) -> String? {
        let n = graph.nodeCount, up = upArcs.count, down = downArcs.count
        guard rank.count == n else { return "\(rank.count) ranks for \(n) nodes" }
        guard upFirst.count == n + 1, downFirst.count == n + 1 else { return "offset arrays do not have \(n + 1) entries" }
        guard unpack.count == up + down else { return "unpacking array of the wrong length" }
        guard Graph.isValidIndex(upFirst, arcCount: up), Graph.isValidIndex(downFirst, arcCount: down)
        else { return "offsets out of order" }
        // Split the ranks where the arcs below, plus a node's worth of work per node for the permutation, make half.
        let half = (up + down + n) / 2 - n
        var low = 0, high = n
        while low < high {
            let middle = (low + high) / 2
            if Int(upFirst[middle]) + Int(downFirst[middle]) < half { low = middle + 1 } else { high = middle }
        }
        let split = low
        return run([
            { [self] in permutationViolation() ?? arcViolation(ranks: 0 ..< split) },
            { [self] in arcViolation(ranks: split ..< n) },
        ]).lazy.compactMap { $0 }.first
    }

    /// Whether `rank` is a permutation of `0 ..< nodeCount`, in words if not.
    /// - Complexity: O(*n*), one write per node.
    private func permutationViolation() -> String? {
        let n = graph.nodeCount
        var seen = [Bool](repeating: false, count: n)
        for x in 0 ..< n {
            let r = Int(rank[x])
            guard r < n, !seen[r] else { return "rank \(r) of node \(x) is out of range or repeated" }
            seen[r] = true
        }
        return nil
    }

    /// The first arc stored at `ranks` that does not rise (up) or come from above (down), or whose unpacking halves
    /// are not stored below it, in words.
    /// - Precondition: The sizes and offsets are valid (``structuralViolation(runningChecks:)`` checks them first).
    /// - Complexity: O(arcs stored at `ranks`), sequential.
    private func arcViolation(ranks: Range<Int>) -> String? {
        let n = graph.nodeCount, up = upArcs.count
        let arcCount = UInt32(truncatingIfNeeded: graph.arcCount)
        let upBase = UInt32(truncatingIfNeeded: up), originalFlag = Self.originalFlag
        return upArcs.withUnsafeBufferPointer { upArcs in
            downArcs.withUnsafeBufferPointer { downArcs in
                unpack.withUnsafeBufferPointer { unpack -> String? in
                    // A shortcut at rank r must have its halves below r: down half < downFirst[r] (as hierarchy arc,
                    // upBase + that), up half < upFirst[r].
                    func halvesDescend(_ c: Int, below r: Int) -> Bool {
                        let first = UInt32(truncatingIfNeeded: unpack[c]), second = UInt32(truncatingIfNeeded: unpack[c] >> 32)
                        if second & originalFlag != 0 { return first < arcCount && Int(second & ~originalFlag) < n }
                        return first >= upBase && first - upBase < downFirst[r] && second < upFirst[r]
                    }
                    for r in ranks {
                        for a in Int(upFirst[r]) ..< Int(upFirst[r + 1]) {
                            let h = Self.end(upArcs[a])
                            guard h < n, h > r else { return "up arc \(a) at rank \(r) does not rise" }
                            guard halvesDescend(a, below: r) else { return "up arc \(a) at rank \(r) unpacks into arcs not below it" }
                        }
                        for b in Int(downFirst[r]) ..< Int(downFirst[r + 1]) {
                            let t = Self.end(downArcs[b])
                            guard t < n, t > r else { return "down arc \(b) at rank \(r) does not come from above" }
                            guard halvesDescend(up + b, below: r) else { return "down arc \(b) at rank \(r) unpacks into arcs not below it" }
                        }
                    }
                    return nil
                }
            }
        }
    }

    /// The first invariant that does not hold, in words, or `nil`: the structural checks, then every arc of the
    /// graph matched and every shortcut's halves summed.
    func invariantViolation() -> String? {
        if let problem = structuralViolation() { return problem }
        let n = graph.nodeCount, up = upCount, down = downCount
        var node = [UInt32](repeating: .max, count: n)   // rank → graph node
        for x in 0 ..< n { node[Int(rank[x])] = UInt32(x) }
        // The node each arc is stored at, so a shortcut's halves can be checked to meet there.
        var upOwner = [UInt32](repeating: 0, count: up), downOwner = [UInt32](repeating: 0, count: down)
        for r in 0 ..< n {
            for a in Int(upFirst[r]) ..< Int(upFirst[r + 1]) { upOwner[a] = UInt32(r) }
            for b in Int(downFirst[r]) ..< Int(downFirst[r + 1]) { downOwner[b] = UInt32(r) }
        }
        for c in 0 ..< up + down {
            // The arc's ends (ranks) and weight.
            let (from, to, weight) = c < up ? (Int(upOwner[c]), upArc(c).head, upArc(c).weight)
                : (downArc(c - up).tail, Int(downOwner[c - up]), downArc(c - up).weight)
            let (first, second) = halves(c)
            if second & Self.originalFlag != 0 {
                let f = Int(first)
                guard graph.head[f] == node[to], second == Self.originalFlag | node[to], graph.weight[f] == weight,
                      graph.firstOut[Int(node[from])] <= f, f < graph.firstOut[Int(node[from]) + 1]
                else { return "arc \(c) does not match the graph's arc \(first)" }
            } else {
                let b = Int(first) - up, s = Int(second)
                let middle = Int(downOwner[b])
                guard downArc(b).tail == from, Int(upOwner[s]) == middle, upArc(s).head == to,
                      middle < from, middle < to,
                      UInt64(downArc(b).weight) + UInt64(upArc(s).weight) == UInt64(weight)
                else { return "shortcut \(c) is not the sum of its halves \(first), \(s)" }
            }
        }
        return nil
    }
}
