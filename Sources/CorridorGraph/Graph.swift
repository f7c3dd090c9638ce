/// A node of a ``Graph``: a dense number in `0 ..< graph.nodeCount`.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public init(_ rawValue: Int) { self.rawValue = UInt32(rawValue) }
    @inlinable public var index: Int { Int(rawValue) }
    @inlinable public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { String(rawValue) }
}

/// The weight of an arc or the length of a path, in whatever integer unit the caller chose
/// (metres, minutes, cents, grams).
public typealias Weight = UInt32

extension Weight {
    /// The distance of a node that cannot be reached. Sums saturate at this value.
    public static let infinity: Weight = .max

    /// `self + other`, or ``infinity`` when the sum does not fit.
    @inlinable public func saturatingAdd(_ other: Weight) -> Weight {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .infinity : sum
    }
}

/// One arc of the input from which a ``Graph`` is built.
public struct Arc: Hashable, Sendable {
    public var tail: NodeID
    public var head: NodeID
    public var weight: Weight
    /// The arc's id in the user's input (a DIMACS line ordinal, an edge id); returned in ``Path/arcIDs``.
    public var id: UInt32

    @inlinable public init(tail: NodeID, head: NodeID, weight: Weight, id: UInt32) {
        self.tail = tail
        self.head = head
        self.weight = weight
        self.id = id
    }
}

/// A directed graph stored as compressed sparse rows, forward and (unless left out) reverse.
///
/// The arcs leaving node `x` are `firstOut[x] ..< firstOut[x + 1]`; arc `a` ends at `head[a]`, costs `weight[a]`
/// and had the id `inputID[a]` in the input. The arcs entering `x` are `firstIn[x] ..< firstIn[x + 1]`; reverse arc
/// `r` starts at `tail[r]`, costs `reverseWeight[r]` and is the forward arc `forwardArc[r]`.
///
/// The reverse half serves the searches that run backwards (``BidirectionalDijkstra``, ``KShortestPaths``). A graph
/// read back for searches that run forward only (Dijkstra, A*, contraction hierarchies) may leave it out
/// (``init(firstOut:head:weight:inputID:)``): its four reverse arrays are then empty and ``hasReverseArcs`` is false.
///
/// Invariants: `firstOut.count == nodeCount + 1`, `firstOut.first == 0`, `firstOut.last == arcCount`,
/// `head[a] < nodeCount`; the same for the reverse arrays when present; `reverseWeight[r] == weight[forwardArc[r]]`.
/// Loops, parallel arcs, zero weights and disconnected parts are valid input.
public struct Graph: Sendable {
    public let nodeCount: Int
    public let firstOut: [UInt32]
    public let head: [UInt32]
    public let weight: [Weight]
    public let inputID: [UInt32]
    public let firstIn: [UInt32]
    public let tail: [UInt32]
    public let reverseWeight: [Weight]
    public let forwardArc: [UInt32]

    @inlinable public var arcCount: Int { head.count }
    /// Whether the reverse half is present (it is left out only by ``init(firstOut:head:weight:inputID:)``).
    @inlinable public var hasReverseArcs: Bool { firstIn.count == nodeCount + 1 }
}

extension Graph {
    /// The node forward arc `arc` starts from.
    /// - Complexity: O(log *n*), a binary search in `firstOut`.
    public func tail(ofArc arc: Int) -> Int {
        precondition(arc >= 0 && arc < arcCount, "Arc \(arc) is not in the graph of \(arcCount) arcs.")
        var low = 0, high = nodeCount   // firstOut[low] <= arc < firstOut[high]
        while high - low > 1 {
            let mid = (low + high) / 2
            if Int(firstOut[mid]) <= arc { low = mid } else { high = mid }
        }
        return low
    }

    /// The path that starts at `source` and follows the forward arcs `arcs`, of total `weight`.
    public func path(from source: NodeID, arcs: [UInt32], weight: Weight) -> Path {
        var nodes = [NodeID](repeating: source, count: arcs.count + 1)
        for (i, a) in arcs.enumerated() { nodes[i + 1] = NodeID(head[Int(a)]) }
        return Path(nodes: nodes, arcs: arcs, arcIDs: arcs.map { inputID[Int($0)] }, weight: weight)
    }

    /// The path from `source` to `target` read backwards from a search's predecessor arcs: `predecessorArc(x)` is
    /// the forward arc by which a shortest path enters node `x`.
    /// - Complexity: O(*k* log *n*) for a path of *k* arcs (each step finds an arc's tail by binary search).
    @inlinable
    public func path(from source: NodeID, to target: NodeID, weight: Weight, predecessorArc: (Int) -> UInt32) -> Path {
        var arcs: [UInt32] = []
        var x = target.index
        while x != source.index {
            let a = predecessorArc(x)
            arcs.append(a)
            x = tail(ofArc: Int(a))
        }
        arcs.reverse()
        return path(from: source, arcs: arcs, weight: weight)
    }
}
