import CorridorGraph
import CorridorImport
import CorridorStore

/// One of the core's point-to-point searches, chosen by `--algorithm`, created once and reused for every query,
/// so a batch runs at the core's speed (a warm search allocates only its result).
struct GraphSearch {
    private var dijkstra: Dijkstra?
    private var bidirectional: BidirectionalDijkstra?
    private var astar: AStar?
    private var bound: GeographicBound?

    init(_ stored: StoredGraph, algorithm: Route.Algorithm) throws {
        switch algorithm {
        case .dijkstra: dijkstra = Dijkstra(stored.graph)
        case .bidirectional: bidirectional = BidirectionalDijkstra(stored.graph)
        case .astar:
            guard let coordinates = stored.coordinates, coordinates.allSatisfy({ $0 != nil }) else {
                throw CommandFailure(.dataError, "A* needs coordinates for every node of graph '\(stored.name)'.",
                                     hint: "Import it again with --coordinates FILE.co, or use --algorithm dijkstra.")
            }
            bound = GeographicBound(graph: stored.graph, coordinates: coordinates.map { $0! })
            astar = AStar(stored.graph)
        }
    }

    /// A shortest path, or `nil` when `target` cannot be reached. Mutates the search in place (no copy).
    mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? {
        if dijkstra != nil { return dijkstra!.shortestPath(from: source, to: target) }
        if bidirectional != nil { return bidirectional!.shortestPath(from: source, to: target) }
        return astar!.shortestPath(from: source, to: target, heuristic: bound!.heuristic(to: target))
    }
}
