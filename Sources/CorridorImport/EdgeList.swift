import CorridorGraph

/// A plain graph in the pgRouting convention: edges between the user's node ids, each with a cost from source to
/// target and an optional reverse cost, in the user's own (possibly decimal) units.
///
/// Nodes are numbered densely by ascending input id: node `NodeID(i)` is `nodeInputIDs[i]`, so a user's id maps to
/// a ``NodeID`` by binary search. Costs stay as given (``Edge/cost``); the router's integer weight of a cost is
/// `cost × unitScale`, rounded, where ``unitScale`` is 10^d for the d decimals the costs use (at most 3).
/// A negative cost (or reverse cost) means no arc in that direction.
public struct EdgeList: Sendable, Equatable {
    /// One input row: the user's edge id, its end nodes and its costs.
    public struct Edge: Sendable, Equatable {
        public var inputID: Int64
        public var source: NodeID
        public var target: NodeID
        /// The cost from source to target in the user's units; negative = no such arc.
        public var cost: Double
        /// The cost from target to source; `nil` (column absent or empty) or negative = no such arc.
        public var reverseCost: Double?

        public init(inputID: Int64, source: NodeID, target: NodeID, cost: Double, reverseCost: Double?) {
            self.inputID = inputID
            self.source = source
            self.target = target
            self.cost = cost
            self.reverseCost = reverseCost
        }
    }

    /// The user's node ids, strictly ascending.
    public var nodeInputIDs: [Int64]
    /// The rows in file order; row *k* (0-based) has ordinal *k* + 1.
    public var edges: [Edge]
    /// Each node's position, when the input gave coordinates (`x1,y1,x2,y2`); `nil` entries for nodes it did not place.
    public var coordinates: [Coordinate?]?
    /// Weight units per cost unit: 1, 10, 100 or 1000.
    public var unitScale: Int
    /// Whether every cost is a whole number of 1/``unitScale`` units, so weights convert back without loss.
    public var exactCosts: Bool

    public init(nodeInputIDs: [Int64], edges: [Edge], coordinates: [Coordinate?]?, unitScale: Int, exactCosts: Bool) {
        self.nodeInputIDs = nodeInputIDs
        self.edges = edges
        self.coordinates = coordinates
        self.unitScale = unitScale
        self.exactCosts = exactCosts
    }

    /// The edge list of a DIMACS graph: nodes 1…n, one edge per arc (id = the arc's ordinal), integer costs.
    /// A sparse graph (``DIMACSGraph/isSparse``) keeps only the nodes its arcs touch, under their file ids.
    /// - Complexity: O(*n* + *m*), or O(*m* log *m*) for a sparse graph.
    public init(_ graph: DIMACSGraph, coordinates: [Coordinate]?) {
        if graph.isSparse {
            var ids: [UInt32] = []
            ids.reserveCapacity(graph.arcs.count * 2)
            for arc in graph.arcs { ids.append(arc.tail.rawValue); ids.append(arc.head.rawValue) }
            ids.sort()
            var unique: [Int64] = []
            for id in ids where unique.last != Int64(id) + 1 { unique.append(Int64(id) + 1) }
            nodeInputIDs = unique
            edges = graph.arcs.map {
                Edge(inputID: Int64($0.id), source: EdgeList.node(forInputID: Int64($0.tail.rawValue) + 1, in: unique)!,
                     target: EdgeList.node(forInputID: Int64($0.head.rawValue) + 1, in: unique)!,
                     cost: Double($0.weight), reverseCost: nil)
            }
            self.coordinates = coordinates.map { all in unique.map { all[Int($0 - 1)] } }
        } else {
            nodeInputIDs = (0 ..< Int64(graph.nodeCount)).map { $0 + 1 }
            edges = graph.arcs.map {
                Edge(inputID: Int64($0.id), source: $0.tail, target: $0.head, cost: Double($0.weight), reverseCost: nil)
            }
            self.coordinates = coordinates.map { $0.map(Optional.some) }
        }
        unitScale = 1
        exactCosts = true
    }

    public var nodeCount: Int { nodeInputIDs.count }

    /// The router's weight of a non-negative cost: `cost × unitScale`, rounded half away from zero.
    @inlinable public func weight(ofCost cost: Double) -> Weight {
        Weight((cost * Double(unitScale)).rounded())
    }

    /// The node with the user's id `inputID`, or `nil` if no edge touches it.
    /// - Complexity: O(log *n*).
    public func node(forInputID inputID: Int64) -> NodeID? {
        EdgeList.node(forInputID: inputID, in: nodeInputIDs)
    }

    /// Binary search of `inputID` in the ascending `ids`.
    public static func node(forInputID inputID: Int64, in ids: [Int64]) -> NodeID? {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < inputID { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == inputID ? NodeID(low) : nil
    }

    /// The router's arcs, and for each the index of the edge it comes from (0-based row).
    ///
    /// Directed: an arc source→target when `cost ≥ 0`, target→source when `reverseCost ≥ 0`. Undirected, as
    /// pgRouting defines it: a row gives an undirected edge of weight `cost` when `cost ≥ 0` (arcs source→target and
    /// target→source) and another of weight `reverseCost` when `reverseCost ≥ 0` (arcs target→source and
    /// source→target), so an edge whose cost is −1 and reverse cost 1 is an undirected edge of weight 1; when both
    /// costs are equal the row is one undirected edge (two arcs), as pgRouting lists such a path once.
    /// Arc ids are the arcs' 1-based ordinals in this order, so `edgeIndex[Int(arc.id) - 1]` finds an arc's row.
    /// - Precondition: Every non-negative cost's weight is below ``Weight/infinity`` (the reader checks this).
    /// - Complexity: O(*m*).
    public func arcs(undirected: Bool) -> (arcs: [Arc], edgeIndex: [UInt32]) {
        var arcs: [Arc] = []
        var edgeIndex: [UInt32] = []
        arcs.reserveCapacity(edges.count * (undirected ? 2 : 1))
        edgeIndex.reserveCapacity(arcs.capacity)
        func add(_ tail: NodeID, _ head: NodeID, _ cost: Double, _ row: Int) {
            arcs.append(Arc(tail: tail, head: head, weight: weight(ofCost: cost), id: UInt32(arcs.count + 1)))
            edgeIndex.append(UInt32(row))
        }
        for (row, edge) in edges.enumerated() {
            for (tail, head, cost) in EdgeList.arcEnds(of: edge, undirected: undirected) { add(tail, head, cost, row) }
        }
        return (arcs, edgeIndex)
    }

    /// The cost in the user's units of each arc of ``arcs(undirected:)``, in the same order.
    /// - Complexity: O(*m*).
    public func arcCosts(undirected: Bool) -> [Double] {
        var costs: [Double] = []
        costs.reserveCapacity(edges.count * (undirected ? 2 : 1))
        for edge in edges {
            for (_, _, cost) in EdgeList.arcEnds(of: edge, undirected: undirected) { costs.append(cost) }
        }
        return costs
    }

    /// The arcs one row gives, in order, as (tail, head, cost): the one place that decides how a row becomes arcs.
    static func arcEnds(of edge: Edge, undirected: Bool) -> [(NodeID, NodeID, Double)] {
        var ends: [(NodeID, NodeID, Double)] = []
        if edge.cost >= 0 {
            ends.append((edge.source, edge.target, edge.cost))
            if undirected { ends.append((edge.target, edge.source, edge.cost)) }
        }
        if let reverse = edge.reverseCost, reverse >= 0, !(undirected && reverse == edge.cost) {   // not the same edge twice
            ends.append((edge.target, edge.source, reverse))
            if undirected { ends.append((edge.source, edge.target, reverse)) }
        }
        return ends
    }
}
