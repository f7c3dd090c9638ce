import CorridorGraph
import CorridorImport

/// A plain graph read back from the database, ready to search, with the maps between the router's numbers and the
/// user's ids and units.
///
/// `graph` is the routing core's ``Graph`` (without its reverse arcs when read for forward searches only); its arc
/// ids (``Arc/id``, returned in ``Path/arcIDs``) are 1-based arc ordinals, and `arcInputIDs[Int(id) - 1]` is the
/// user's edge id. Node `NodeID(i)` is the user's node `nodeInputIDs[i]`; the ids are ascending, so the reverse
/// lookup is a binary search. Weights are costs times ``unitScale`` (1, 10, 100 or 1000), so ``costText(of:)``
/// reports a path's cost in the user's units, exact to every decimal the input used (up to three; beyond three, the
/// sum of the costs as given, rounded to three).
public struct StoredGraph: Sendable {
    public let name: String
    public let graph: Graph
    /// The user's id of each node, ascending.
    public let nodeInputIDs: InputIDs
    /// The user's edge id of each arc, indexed by `Arc.id - 1` (both arcs of an undirected edge share it).
    public let arcInputIDs: InputIDs
    /// Weight units per cost unit.
    public let unitScale: Int
    /// Each arc's cost as given, indexed by `Arc.id - 1`; only kept when some cost had more than three decimals.
    public let arcCosts: [Double]?
    /// Node positions, when the input had them and they were asked for.
    public let coordinates: [Coordinate?]?
    /// The content version this graph was read at; it changes whenever the graph is imported again.
    public let contentVersion: Int64
    /// Whether the arrays came from the compiled-graph cache rather than being rebuilt from the rows.
    public let loadedFromCache: Bool

    /// The node the user calls `inputID`, or `nil` if the graph has none.
    /// - Complexity: O(log *n*).
    public func node(forInputID inputID: Int64) -> NodeID? { nodeInputIDs.index(ofAscending: inputID).map(NodeID.init) }

    /// The user's id of `node`.
    public func inputID(of node: NodeID) -> Int64 { nodeInputIDs[node.index] }

    /// The user's edge ids along `path`, in order.
    public func edgeIDs(of path: Path) -> [Int64] { path.arcIDs.map { arcInputIDs[Int($0) - 1] } }

    /// `weight` in the user's units (weight ÷ ``unitScale``).
    public func userUnits(_ weight: Weight) -> Double { Double(weight) / Double(unitScale) }

    /// The cost of `path` in the user's units: its weight ÷ ``unitScale``, or, when costs had more than three
    /// decimals, the sum of its arcs' costs as given.
    public func cost(of path: Path) -> Double {
        guard let arcCosts else { return userUnits(path.weight) }
        return path.arcIDs.reduce(0) { $0 + arcCosts[Int($1) - 1] }
    }

    /// The cost of `path` as decimal text in the user's units, exact when the input's costs had at most three
    /// decimals (`"12.345"`, `"7"`), otherwise rounded to three decimals.
    public func costText(of path: Path) -> String {
        if arcCosts == nil { return costText(of: path.weight) }
        return StoredGraph.decimalText(Int64((cost(of: path) * 1000).rounded()), scale: 1000)
    }

    /// `weight` as decimal text in the user's units (weight ÷ ``unitScale``), exact.
    public func costText(of weight: Weight) -> String {
        StoredGraph.decimalText(Int64(weight), scale: Int64(unitScale))
    }

    /// `units ÷ scale` written out exactly, with as many decimals as `scale` has zeros (`12345, 1000 → "12.345"`).
    static func decimalText(_ units: Int64, scale: Int64) -> String {
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(scale), fraction = magnitude % UInt64(scale)
        guard scale > 1 else { return sign + String(whole) }
        let digits = String(scale).count - 1
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
