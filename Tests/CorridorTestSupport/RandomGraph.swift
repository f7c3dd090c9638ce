import CorridorGraph

/// Seeded random graphs that exercise every corner a search must handle: ties (small weights), zero weights,
/// loops, parallel arcs, nodes nobody can reach, and a node with no arcs at all.
///
/// Shape of `make(nodes: n, arcs: m, seed:)` (for n ≥ 8): the last n/8 nodes form a "source-only" fringe whose arcs
/// only leave it (so the fringe is unreachable from the rest), node n − 1 is isolated, and everything else is random.
/// About 10 % of arcs are loops, 10 % copy the ends of an earlier arc (parallel arcs), 10 % weigh 0; the rest weigh
/// 1…20, so ties are common. Arc ids are `1000 + i` for the i-th arc, so a test sees whether ids survive the build.
public enum RandomGraph {
    public static func arcs(nodes: Int, arcs count: Int, seed: UInt64) -> [Arc] {
        precondition(nodes >= 1)
        var random = SplitMix64(seed: seed)
        let fringe = nodes >= 8 ? nodes / 8 : 0
        let main = max(1, nodes - fringe)            // nodes 0 ..< main form the reachable core
        let usable = nodes >= 8 ? nodes - 1 : nodes  // node n − 1 is isolated when n ≥ 8
        var arcs: [Arc] = []
        arcs.reserveCapacity(count)
        for i in 0 ..< count {
            let kind = Int.random(in: 0 ..< 10, using: &random)
            var tail: Int, head: Int
            if kind == 0 {
                tail = Int.random(in: 0 ..< usable, using: &random)
                head = tail
            } else if kind == 1, let earlier = arcs.randomElement(using: &random) {
                tail = earlier.tail.index
                head = earlier.head.index
            } else {
                tail = Int.random(in: 0 ..< usable, using: &random)
                head = Int.random(in: 0 ..< main, using: &random)   // nothing enters the fringe
            }
            let weight: Weight = Int.random(in: 0 ..< 10, using: &random) == 0 ? 0 : Weight.random(in: 1 ... 20, using: &random)
            arcs.append(Arc(tail: NodeID(tail), head: NodeID(head), weight: weight, id: UInt32(1000 + i)))
        }
        return arcs
    }

    /// A random graph of `nodes` nodes and `arcs` arcs, the same for the same seed.
    public static func make(nodes: Int, arcs count: Int, seed: UInt64) -> Graph {
        Graph(nodeCount: nodes, arcs: arcs(nodes: nodes, arcs: count, seed: seed))
    }

    /// `count` random (source, target) pairs of `graph`, including some with source == target.
    public static func pairs(in graph: Graph, count: Int, seed: UInt64) -> [(NodeID, NodeID)] {
        var random = SplitMix64(seed: seed ^ 0x5EED_5EED)
        return (0 ..< count).map { i in
            let s = NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random))
            let t = i % 10 == 9 ? s : NodeID(Int.random(in: 0 ..< graph.nodeCount, using: &random))
            return (s, t)
        }
    }

    /// A `width` × `height` grid, arcs both ways between neighbours, weights 1…`maxWeight`, seeded.
    public static func grid(width: Int, height: Int, maxWeight: Weight = 9, seed: UInt64) -> Graph {
        var random = SplitMix64(seed: seed)
        var arcs: [Arc] = []
        func add(_ a: Int, _ b: Int) {
            let w = Weight.random(in: 1 ... maxWeight, using: &random)
            arcs.append(Arc(tail: NodeID(a), head: NodeID(b), weight: w, id: UInt32(arcs.count + 1)))
            arcs.append(Arc(tail: NodeID(b), head: NodeID(a), weight: w, id: UInt32(arcs.count + 1)))
        }
        for y in 0 ..< height {
            for x in 0 ..< width {
                let v = y * width + x
                if x + 1 < width { add(v, v + 1) }
                if y + 1 < height { add(v, v + width) }
            }
        }
        return Graph(nodeCount: width * height, arcs: arcs)
    }
}
