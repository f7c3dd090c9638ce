extension Graph {
    /// Whether some path leads from `source` to `target`, whatever its weight.
    ///
    /// The searches sum weights with saturation, so they report a target whose distance reaches
    /// ``Weight/infinity`` as unreachable; this breadth-first search tells such a target (reachable, but too far
    /// for 32-bit sums) from one that no arc leads to. Call it only after a search found no path.
    /// - Precondition: Both nodes belong to the graph.
    /// - Complexity: O(*n* + *m*) time; *n* bytes and a queue of at most *n* nodes.
    public func canReach(_ target: NodeID, from source: NodeID) -> Bool {
        precondition(source.index < nodeCount && target.index < nodeCount, "Both nodes must belong to the graph.")
        if source == target { return true }
        var seen = [Bool](repeating: false, count: nodeCount)
        var queue: [UInt32] = [source.rawValue]
        seen[source.index] = true
        var next = 0
        while next < queue.count {
            let node = Int(queue[next])
            next += 1
            for arc in Int(firstOut[node]) ..< Int(firstOut[node + 1]) {
                let head = self.head[arc]
                if head == target.rawValue { return true }
                if !seen[Int(head)] {
                    seen[Int(head)] = true
                    queue.append(head)
                }
            }
        }
        return false
    }
}
