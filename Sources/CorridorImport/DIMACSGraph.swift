import CorridorGraph

/// A graph as read from a 9th DIMACS Implementation Challenge `.gr` file, before it becomes a ``Graph``.
///
/// Node ids are 0-based (the file's id minus one); ``arcs`` keep the file's order, and each arc's `id` is its
/// 1-based ordinal among the file's `a` lines, so a ``Path``'s `arcIDs` point back into the file.
public struct DIMACSGraph: Sendable {
    public var nodeCount: Int
    public var arcs: [Arc]

    public init(nodeCount: Int, arcs: [Arc]) {
        self.nodeCount = nodeCount
        self.arcs = arcs
    }

    /// Whether the problem line announces far more nodes than the arcs can touch (more than 2*m* + 1024): such a
    /// graph is stored with only the nodes its arcs touch (see ``EdgeList/init(_:coordinates:)``), so that a file
    /// announcing billions of nodes costs what it contains.
    public var isSparse: Bool { nodeCount > 2 * arcs.count + 1024 }

    /// The routing graph of these arcs (parallel arcs and loops kept), with all ``nodeCount`` nodes.
    /// - Complexity: O(*n* + *m*).
    public func makeGraph() -> Graph { Graph(nodeCount: nodeCount, arcs: arcs) }
}
