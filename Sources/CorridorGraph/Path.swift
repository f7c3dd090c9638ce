/// A path found by a search: its nodes, its arcs and its total weight.
///
/// Invariants: `nodes.count == arcs.count + 1`; arc `arcs[i]` leads from `nodes[i]` to `nodes[i + 1]`;
/// `weight` is the saturating sum of the arcs' weights.
public struct Path: Hashable, Sendable {
    public var nodes: [NodeID]
    /// Arc numbers in the ``Graph`` (indexes into `head`, `weight`, `inputID`).
    public var arcs: [UInt32]
    /// The arcs' ids as given in the input.
    public var arcIDs: [UInt32]
    public var weight: Weight

    public init(nodes: [NodeID], arcs: [UInt32], arcIDs: [UInt32], weight: Weight) {
        self.nodes = nodes
        self.arcs = arcs
        self.arcIDs = arcIDs
        self.weight = weight
    }

    public var source: NodeID { nodes[0] }
    public var target: NodeID { nodes[nodes.count - 1] }
}
