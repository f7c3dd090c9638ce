import CorridorGraph
import Testing

extension Graph {
    /// What is wrong with `path` as a path of this graph from `source` to `target`, or `nil` if nothing: it must
    /// start at `source`, end at `target`, follow arcs that exist and connect, name their input ids, and weigh the
    /// sum of its arcs.
    public func problem(with path: Path, from source: NodeID, to target: NodeID) -> String? {
        guard path.nodes.count == path.arcs.count + 1 else { return "\(path.nodes.count) nodes for \(path.arcs.count) arcs" }
        guard path.arcIDs.count == path.arcs.count else { return "\(path.arcIDs.count) arc ids for \(path.arcs.count) arcs" }
        guard path.source == source else { return "starts at \(path.source), not \(source)" }
        guard path.target == target else { return "ends at \(path.target), not \(target)" }
        var total: UInt64 = 0
        for (i, a) in path.arcs.enumerated() {
            guard Int(a) < arcCount else { return "arc \(a) does not exist" }
            guard tail(ofArc: Int(a)) == path.nodes[i].index else { return "arc \(a) does not leave \(path.nodes[i])" }
            guard head[Int(a)] == path.nodes[i + 1].rawValue else { return "arc \(a) does not reach \(path.nodes[i + 1])" }
            guard inputID[Int(a)] == path.arcIDs[i] else { return "arc \(a) has id \(inputID[Int(a)]), not \(path.arcIDs[i])" }
            total += UInt64(weight[Int(a)])
        }
        guard total == UInt64(path.weight) else { return "its arcs add up to \(total), not \(path.weight)" }
        return nil
    }

    /// Records a test issue unless `path` is a valid path from `source` to `target` (see ``problem(with:from:to:)``).
    public func expectValid(_ path: Path, from source: NodeID, to target: NodeID, _ context: String = "",
                            sourceLocation: SourceLocation = #_sourceLocation) {
        if let problem = problem(with: path, from: source, to: target) {
            Issue.record("\(context) path \(source) → \(target): \(problem)", sourceLocation: sourceLocation)
        }
    }
}
