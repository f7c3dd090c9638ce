import Foundation
import CorridorBench
import CorridorGraph
import CorridorImport
import CorridorStore

/// Routing on an imported plain graph: nodes named by the input file's ids, one of the ``AlgorithmKind`` searches.
extension StoredGraph {
    /// Every node's coordinates, or `nil` when the graph has none or lacks some (what A* and a map need).
    public var completeCoordinates: [Coordinate]? {
        guard let coordinates, coordinates.allSatisfy({ $0 != nil }) else { return nil }
        return coordinates.map { $0! }
    }

    /// The search `algorithm` on this graph, built once and reused for every query. For ``AlgorithmKind/ch`` it
    /// queries `hierarchy` (one kept in the database), or builds the graph's hierarchy when none is given.
    /// - Throws: ``ServiceError/unanswerable(_:hint:)`` when the algorithm needs coordinates the graph lacks.
    public func search(_ algorithm: AlgorithmKind,
                       hierarchy: ContractionHierarchy? = nil) throws(ServiceError) -> any ShortestPathAlgorithm {
        if algorithm == .ch, let hierarchy { return ContractionHierarchyQuery(hierarchy) }
        var bound: GeographicBound?
        if algorithm.needsCoordinates {
            guard let points = completeCoordinates else {
                throw .unanswerable("A* needs coordinates for every node of graph '\(name)'.",
                               hint: "Import it again with --coordinates FILE.co, or use --algorithm dijkstra.")
            }
            bound = GeographicBound(graph: graph, coordinates: points)
        }
        return algorithm.make(graph: graph, bound: bound)
    }

    /// The node whose input id is `text`.
    /// - Throws: ``ServiceError/unknownName(_:hint:)`` naming the graph's id range.
    public func node(named text: String) throws(ServiceError) -> NodeID {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)), let node = node(forInputID: id) else {
            let range = nodeInputIDs.isEmpty ? "none" : "\(nodeInputIDs.first!)…\(nodeInputIDs.last!)"
            throw .unknownName("Graph '\(name)' has no node '\(text)'.",
                               hint: "Nodes are named by the ids of the imported file (here \(range)).")
        }
        return node
    }

    /// A shortest path between two nodes named by their input ids.
    /// - Throws: ``ServiceError/unknownName(_:hint:)`` for an unknown node, ``ServiceError/noRoute(_:hint:)``
    ///   when the target cannot be reached.
    public func route(from: String, to: String, using search: inout any ShortestPathAlgorithm,
                      algorithm: AlgorithmKind) throws(ServiceError) -> GraphRoute {
        let source = try node(named: from), target = try node(named: to)
        guard let path = try shortestPath(from: source, to: target, using: &search) else {
            throw .noRoute("No route from node \(from) to node \(to) in graph '\(name)'.",
                           hint: "The graph is directed; check that the target can be reached from the source.")
        }
        return GraphRoute(graph: self, algorithm: algorithm, path: path)
    }

    /// A shortest path from `source` to `target`, or `nil` when no arcs lead there.
    /// - Throws: ``ServiceError/badData(_:hint:)`` when `target` can be reached, but only by a path whose weight
    ///   the 32-bit sums cannot hold: the searches saturate such a sum, which would otherwise read as no route.
    /// - Complexity: the search's, plus O(*n* + *m*) for a breadth-first search when no path is found.
    public func shortestPath(from source: NodeID, to target: NodeID,
                             using search: inout any ShortestPathAlgorithm) throws(ServiceError) -> Path? {
        if let path = search.shortestPath(from: source, to: target) { return path }
        try checkUnreachable(target, from: source)
        return nil
    }

    /// The shortest-path cost from each source to each target by `query`'s many-to-many search (`nil` where no
    /// arcs lead), rows in the order of `sources`.
    /// - Throws: ``ServiceError/badData(_:hint:)`` for the first empty cell whose target can be reached, but only
    ///   beyond the 32-bit sums, as ``shortestPath(from:to:using:)`` does.
    /// - Complexity: the query's, plus O(*n* + *m*) for a breadth-first search per empty cell.
    public func distances(from sources: [NodeID], to targets: [NodeID],
                          using query: inout ContractionHierarchyQuery) throws(ServiceError) -> [[Weight?]] {
        let rows = query.distances(from: sources, to: targets)
        for (source, row) in zip(sources, rows) {
            for (target, cell) in zip(targets, row) where cell == nil { try checkUnreachable(target, from: source) }
        }
        return rows
    }

    /// Returns when no arcs lead from `source` to `target`; call it after a search found no path.
    /// - Throws: ``ServiceError/badData(_:hint:)`` naming the 32-bit limit when some path leads there: the searches
    ///   saturate its sum, which would otherwise read as no route.
    /// - Complexity: O(*n* + *m*), a breadth-first search.
    func checkUnreachable(_ target: NodeID, from source: NodeID) throws(ServiceError) {
        guard graph.canReach(target, from: source) else { return }
        let limit = unitScale == 1 ? String(Weight.infinity - 1) : String(userUnits(Weight.infinity - 1))
        throw .badData("The route from node \(inputID(of: source)) to node \(inputID(of: target)) in graph "
                       + "'\(name)' costs more than the router's 32-bit sums can hold (\(limit) in the graph's units).",
                       hint: "Import the graph again with its costs in a larger unit (for example divided by 1000).")
    }
}
