/// The k shortest loopless paths between two nodes (J. Y. Yen, *Finding the K shortest loopless paths in a
/// network*, Management Science 17, 1971), with Lawler's rule (E. L. Lawler, 1972) that a path is only deviated
/// from at or after the node where it left its parent, and spur searches guided by exact distances to the target.
///
/// Paths come in the order pgRouting's `pgr_KSP` documents: by cost, then by fewer arcs (the spur searches minimise
/// both); among the candidates at hand, equal ones are taken by node sequence. A loopless path visits no node twice,
/// so loops never appear, while two parallel arcs give two paths.
/// Each spur search is a ``RestrictedSearch`` told for that one query which nodes (the root path's) and arcs (the
/// next arcs of the paths already found with the same root) it must not use; bans are stamps, the graph is never
/// copied. One backward Dijkstra from the target per query gives every spur search an exact, consistent lower bound.
///
/// Invariants of the result: paths are distinct, loopless, valid in the graph, and in non-decreasing
/// (cost, arc count) order; each is at least as short as every loopless path not returned.
/// - Complexity: one backward Dijkstra, then O(*k* · *p*) spur searches for paths of up to *p* arcs, each
///   O((*n* + *m*) log *n*) at worst and usually far less; candidates are kept in memory (at most *k* · *p*).
public struct KShortestPaths: Sendable {
    public let graph: Graph
    var search: RestrictedSearch
    var backward: NodeLabels
    /// How many spur searches the last query ran.
    public private(set) var spurSearchCount = 0
    /// How many nodes the last query settled, the backward search and every spur search together.
    public private(set) var settledCount = 0
    var source: NodeID?
    var target: NodeID?
    /// The paths returned so far, the candidates for the next one, and the arcs of both (no path is offered twice).
    var found: [Candidate] = []
    var candidates: [Candidate] = []
    var seen: Set<[UInt32]> = []

    /// A search on `graph`; its scratch space (about 40 bytes per node and 4 per arc) is allocated once.
    /// Its queries read the graph's reverse arcs (``Graph/withReverseArcs(_:)``), so `graph` must have them.
    public init(_ graph: Graph) {
        self.graph = graph
        search = RestrictedSearch(graph)
        backward = NodeLabels(count: graph.nodeCount)
    }

    struct Candidate: Sendable {
        var cost: UInt64
        var arcs: [UInt32]
        var nodes: [NodeID]
        /// The index in `arcs` of the first arc after the root this path shares with the path it deviated from.
        var deviation: Int

        static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
            if a.cost != b.cost { return a.cost < b.cost }
            if a.arcs.count != b.arcs.count { return a.arcs.count < b.arcs.count }
            return a.nodes.lexicographicallyPrecedes(b.nodes)
        }
    }

    /// Up to `count` loopless paths from `source` to `target`, shortest first (see the type's order); fewer when the
    /// graph has fewer, none when `target` cannot be reached. From a node to itself the one loopless path is empty.
    /// - Precondition: Both nodes belong to the graph; `count >= 0`.
    public mutating func paths(from source: NodeID, to target: NodeID, count: Int) -> [Path] {
        precondition(count >= 0, "Ask for zero or more paths, not \(count).")
        start(from: source, to: target)
        var paths: [Path] = []
        while paths.count < count, let path = next() { paths.append(path) }
        return paths
    }

    /// Starts an enumeration of the loopless paths from `source` to `target`; ``next()`` returns them one by one,
    /// shortest first, so a caller that filters paths (by what they pass, by length) takes as many as it needs.
    /// - Precondition: Both nodes belong to the graph.
    /// - Complexity: one backward Dijkstra, O((*n* + *m*) log *n*).
    public mutating func start(from source: NodeID, to target: NodeID) {
        precondition(source.index < graph.nodeCount && target.index < graph.nodeCount,
                     "Nodes \(source) and \(target) must belong to the graph of \(graph.nodeCount) nodes.")
        spurSearchCount = 0
        settledCount = 0
        self.source = source
        self.target = target
        found = []
        candidates = []
        seen = []
        if source == target {
            candidates = [Candidate(cost: 0, arcs: [], nodes: [source], deviation: 0)]
            return
        }
        computeLowerBound(to: target)
        search.beginBans()
        if let first = spur(from: source, to: target) {
            candidates.append(Candidate(cost: first.cost, arcs: first.arcs, nodes: nodes(from: source, along: first.arcs), deviation: 0))
            seen.insert(first.arcs)
        }
    }

    /// The next loopless path of the enumeration begun by ``start(from:to:)``, or `nil` when there is none left.
    /// - Complexity: up to *p* spur searches for a path of *p* arcs (those of the path returned before).
    public mutating func next() -> Path? {
        guard let source, let target else { preconditionFailure("Call start(from:to:) before next().") }
        if let path = found.last, source != target { deviate(from: path, to: target) }
        guard !candidates.isEmpty else { return nil }
        var best = 0
        for i in candidates.indices.dropFirst() where Candidate.precedes(candidates[i], candidates[best]) { best = i }
        let path = candidates[best]
        candidates.swapAt(best, candidates.count - 1)
        candidates.removeLast()
        found.append(path)
        return Path(nodes: path.nodes, arcs: path.arcs, arcIDs: path.arcs.map { graph.inputID[Int($0)] },
                    weight: path.cost >= UInt64(Weight.infinity) ? .infinity : Weight(path.cost))
    }

    /// Adds to the candidates the best path deviating from `path` at each of its nodes from its own deviation on.
    mutating func deviate(from path: Candidate, to target: NodeID) {
        var rootCost: UInt64 = 0
        for i in 0 ..< path.deviation { rootCost += UInt64(graph.weight[Int(path.arcs[i])]) }
        for i in path.deviation ..< path.arcs.count {
            let root = path.arcs[0 ..< i]
            search.beginBans()
            for x in path.nodes[0 ..< i] { search.ban(node: x) }
            for other in found where other.arcs.count > i && other.arcs[0 ..< i] == root {
                search.ban(arc: other.arcs[i])
            }
            if let tail = spur(from: path.nodes[i], to: target) {
                let arcs = Array(root) + tail.arcs
                if seen.insert(arcs).inserted {
                    candidates.append(Candidate(cost: rootCost + tail.cost, arcs: arcs,
                                                nodes: nodes(from: path.nodes[0], along: arcs), deviation: i))
                }
            }
            rootCost += UInt64(graph.weight[Int(path.arcs[i])])
        }
    }

    mutating func spur(from node: NodeID, to target: NodeID) -> (arcs: [UInt32], cost: UInt64)? {
        spurSearchCount += 1
        let result = search.shortestPath(from: node, to: target)
        settledCount += search.settledCount
        return result
    }

    func nodes(from source: NodeID, along arcs: [UInt32]) -> [NodeID] {
        var nodes = [source]
        nodes.reserveCapacity(arcs.count + 1)
        for a in arcs { nodes.append(NodeID(graph.head[Int(a)])) }
        return nodes
    }

    /// Runs Dijkstra backwards from `target` over the whole graph and hands its distances to the spur search as
    /// its lower bound: exact in the unrestricted graph, so consistent and admissible in every restricted one.
    mutating func computeLowerBound(to target: NodeID) {
        if !isKnownUniquelyReferenced(&backward) { backward = backward.copy() }
        let labels = backward
        labels.clear()
        labels.label(target.index, 0, by: .max)
        labels.push(target.index, key: 0)
        var settled = 0
        graph.withReverseArcs { firstIn, tail, reverseWeight, forwardArc in
            while let (x, d) = labels.popMin() {
                settled &+= 1
                labels.relax(from: Int(firstIn[x]), to: Int(firstIn[x &+ 1]), at: d, head: tail, weight: reverseWeight,
                             arcNumber: { forwardArc[$0] }, improved: { _, _ in })
            }
        }
        settledCount += settled
        var bound = search.lowerBound
        search.lowerBound = []
        if bound.count != graph.nodeCount { bound = [Weight](repeating: .infinity, count: graph.nodeCount) }
        for v in 0 ..< graph.nodeCount { bound[v] = labels.distance(of: v) }
        search.lowerBound = bound
    }
}
