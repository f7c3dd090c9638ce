/// A point-to-point search that can be told, for one query, which nodes and arcs it must not use, and that finds the
/// path least in cost and then in number of arcs: the search the k-shortest-paths algorithm repeats on its spur nodes.
///
/// Bans are generation stamps, as the labels are: ``beginBans()`` forgets every earlier ban in O(1) (the stamps are
/// cleared once every 2³² − 1 ban sets), so a query never copies the graph or touches more of it than it reaches.
/// The search is A* (Hart, Nilsson and Raphael, 1968) on the lexicographic weight (arc weight, 1) with an optional
/// lower bound on the remaining cost (``lowerBound``, consistent: `bound[u] ≤ weight(u→v) + bound[v]`, and
/// `.infinity` for a node that cannot reach the target); every lexicographic weight is positive, so each node is
/// settled once, zero-weight arcs included. Costs are summed in `UInt64` and never wrap.
/// - Complexity: O((*n* + *m*) log *n*) per query at worst; memory 24 bytes per node and 4 per arc, allocated once.
public struct RestrictedSearch: Sendable {
    public let graph: Graph
    /// A lower bound on the cost from each node to the target of the coming queries, or empty for none (all zero).
    public var lowerBound: [Weight] = []
    /// How many nodes the last query settled.
    public private(set) var settledCount = 0

    struct Label: Sendable {
        var stamp: UInt32 = 0
        var settled: UInt32 = 0
        var predecessor: UInt32 = .max
        var hops: UInt32 = 0
        var cost: UInt64 = 0
    }

    struct Entry: Comparable, Sendable {
        var key: UInt64
        var hops: UInt32
        var node: UInt32
        @inline(__always) static func < (a: Entry, b: Entry) -> Bool {
            a.key != b.key ? a.key < b.key : a.hops != b.hops ? a.hops < b.hops : a.node < b.node
        }
    }

    var labels: [Label]
    var heap = BinaryHeap<Entry>()
    var generation: UInt32 = 0
    var nodeBan: [UInt32]
    var arcBan: [UInt32]
    var banGeneration: UInt32 = 1

    /// A search on `graph`, with scratch space for all its nodes and arcs.
    public init(_ graph: Graph) {
        self.graph = graph
        labels = [Label](repeating: Label(), count: graph.nodeCount)
        nodeBan = [UInt32](repeating: 0, count: graph.nodeCount)
        arcBan = [UInt32](repeating: 0, count: graph.arcCount)
    }

    /// Lifts every ban.
    public mutating func beginBans() {
        banGeneration &+= 1
        if banGeneration == 0 {
            for i in nodeBan.indices { nodeBan[i] = 0 }
            for i in arcBan.indices { arcBan[i] = 0 }
            banGeneration = 1
        }
    }

    /// Forbids `node` until the next ``beginBans()``.
    public mutating func ban(node: NodeID) { nodeBan[node.index] = banGeneration }
    /// Forbids the forward arc `arc` until the next ``beginBans()``.
    public mutating func ban(arc: UInt32) { arcBan[Int(arc)] = banGeneration }
    public func isBanned(node: NodeID) -> Bool { nodeBan[node.index] == banGeneration }
    public func isBanned(arc: UInt32) -> Bool { arcBan[Int(arc)] == banGeneration }

    /// The path from `source` to `target` through no banned node or arc that is least in cost, and among those in
    /// number of arcs, as forward arc numbers with its exact cost; `nil` if there is none. A banned `source` or
    /// `target` has none.
    /// - Complexity: O((*n* + *m*) log *n*); stops once `target` is settled; allocates the heap once and the result.
    public mutating func shortestPath(from source: NodeID, to target: NodeID) -> (arcs: [UInt32], cost: UInt64)? {
        precondition(source.index < graph.nodeCount && target.index < graph.nodeCount,
                     "Nodes \(source) and \(target) must belong to the graph of \(graph.nodeCount) nodes.")
        settledCount = 0
        if isBanned(node: source) || isBanned(node: target) { return nil }
        let hasBound = !lowerBound.isEmpty
        if hasBound { precondition(lowerBound.count == graph.nodeCount, "The lower bound needs one value per node.") }
        func bound(_ v: Int) -> UInt64? {
            guard hasBound else { return 0 }
            let b = lowerBound[v]
            return b == .infinity ? nil : UInt64(b)
        }
        guard let sourceBound = bound(source.index) else { return nil }
        generation &+= 1
        if generation == 0 {
            for i in labels.indices { labels[i].stamp = 0; labels[i].settled = 0 }
            generation = 1
        }
        heap.removeAll()
        labels[source.index] = Label(stamp: generation, settled: 0, predecessor: .max, hops: 0, cost: 0)
        heap.push(Entry(key: sourceBound, hops: 0, node: source.rawValue))
        var found = false
        while let entry = heap.popMin() {
            let u = Int(entry.node)
            if labels[u].settled == generation { continue }   // a stale entry
            labels[u].settled = generation
            settledCount += 1
            if u == target.index { found = true; break }
            let cost = labels[u].cost, hops = labels[u].hops + 1
            for a in Int(graph.firstOut[u]) ..< Int(graph.firstOut[u + 1]) {
                let v = Int(graph.head[a])
                if arcBan[a] == banGeneration || nodeBan[v] == banGeneration || labels[v].settled == generation { continue }
                guard let remaining = bound(v) else { continue }
                let candidate = cost + UInt64(graph.weight[a])
                if labels[v].stamp == generation,
                   (labels[v].cost, labels[v].hops) <= (candidate, hops) { continue }
                labels[v] = Label(stamp: generation, settled: 0, predecessor: UInt32(a), hops: hops, cost: candidate)
                heap.push(Entry(key: candidate + remaining, hops: hops, node: UInt32(v)))
            }
        }
        guard found else { return nil }
        var arcs: [UInt32] = []
        arcs.reserveCapacity(Int(labels[target.index].hops))
        var x = target.index
        while x != source.index {
            let a = labels[x].predecessor
            arcs.append(a)
            x = graph.tail(ofArc: Int(a))
        }
        arcs.reverse()
        return (arcs, labels[target.index].cost)
    }
}
