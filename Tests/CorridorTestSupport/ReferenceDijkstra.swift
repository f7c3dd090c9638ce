import CorridorGraph

/// The obviously correct Dijkstra the fast searches are tested against: no heap, no early stop, no stamps, a
/// linear scan for the closest unsettled node. Distances are computed in `UInt64`, so no sum can wrap.
/// - Complexity: O(*n*² + *m*) per source; results for the last source are kept.
public struct ReferenceDijkstra {
    public let graph: Graph
    private var lastSource: NodeID?
    private var lastDistances: [UInt64?] = []

    public init(_ graph: Graph) { self.graph = graph }

    /// The distances from `source` to every node (`nil` = unreachable).
    public mutating func distances(from source: NodeID) -> [UInt64?] {
        if source == lastSource { return lastDistances }
        let n = graph.nodeCount
        var distance = [UInt64?](repeating: nil, count: n)
        var settled = [Bool](repeating: false, count: n)
        distance[source.index] = 0
        while true {
            var best = -1
            for v in 0 ..< n where !settled[v] {
                if let d = distance[v], best < 0 || d < distance[best]! { best = v }
            }
            if best < 0 { break }
            settled[best] = true
            for a in Int(graph.firstOut[best]) ..< Int(graph.firstOut[best + 1]) {
                let v = Int(graph.head[a])
                let candidate = distance[best]! + UInt64(graph.weight[a])
                if distance[v] == nil || candidate < distance[v]! { distance[v] = candidate }
            }
        }
        lastSource = source
        lastDistances = distance
        return distance
    }

    /// The distance from `source` to `target`, or `nil` if it cannot be reached.
    public mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
        distances(from: source)[target.index].map { Weight($0) }
    }
}
