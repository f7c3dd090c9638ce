import CorridorGraph

/// Every loopless path between two nodes, by depth-first enumeration: the obviously correct answer the k-shortest
/// paths search is tested against. Costs are summed in `UInt64`.
/// - Complexity: exponential; for graphs of a dozen nodes and a few dozen arcs.
public enum ReferenceSimplePaths {
    /// One loopless path: its forward arcs and its cost.
    public struct Found: Hashable, Sendable {
        public var arcs: [UInt32]
        public var cost: UInt64
        /// pgRouting's order key: cost, then number of arcs.
        public var key: Key { Key(cost: cost, arcCount: arcs.count) }
    }

    /// The order of pgRouting's `pgr_KSP`: cost, then fewer arcs.
    public struct Key: Hashable, Comparable, Sendable, CustomStringConvertible {
        public var cost: UInt64
        public var arcCount: Int
        public init(cost: UInt64, arcCount: Int) { self.cost = cost; self.arcCount = arcCount }
        public static func < (a: Key, b: Key) -> Bool { (a.cost, a.arcCount) < (b.cost, b.arcCount) }
        public var description: String { "\(cost)/\(arcCount)" }
    }

    /// All loopless paths from `source` to `target`, sorted by ``Key``; from a node to itself, the empty path only.
    public static func all(in graph: Graph, from source: NodeID, to target: NodeID) -> [Found] {
        var found: [Found] = []
        var onPath = [Bool](repeating: false, count: graph.nodeCount)
        var arcs: [UInt32] = []
        func visit(_ u: Int, _ cost: UInt64) {
            if u == target.index { found.append(Found(arcs: arcs, cost: cost)); return }
            onPath[u] = true
            for a in Int(graph.firstOut[u]) ..< Int(graph.firstOut[u + 1]) {
                let v = Int(graph.head[a])
                if onPath[v] { continue }
                arcs.append(UInt32(a))
                visit(v, cost + UInt64(graph.weight[a]))
                arcs.removeLast()
            }
            onPath[u] = false
        }
        visit(source.index, 0)
        return found.sorted { $0.key < $1.key }
    }
}
