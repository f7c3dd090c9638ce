import CorridorGraph
import CorridorImport

/// A point-to-point shortest-path algorithm: a name, one query at a time, and the work the last query did.
/// The benchmark times ``distance(from:to:)`` and compares the answers of every algorithm it runs, so a wrong
/// algorithm — including a test double that is wrong on purpose — shows up as a mismatch; `corridor route` and the
/// server ask for the path itself with ``shortestPath(from:to:)``.
public protocol ShortestPathAlgorithm {
    /// The name reports use, such as `dijkstra` or `astar`.
    var name: String { get }
    /// Bytes of scratch space the algorithm holds between queries.
    var scratchBytes: Int { get }
    /// How many nodes the last query settled.
    var settledCount: Int { get }
    /// The length of a shortest path from `source` to `target`, or `nil` if it cannot be reached.
    mutating func distance(from source: NodeID, to target: NodeID) -> Weight?
    /// A shortest path from `source` to `target`, or `nil` if it cannot be reached.
    mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path?
}

/// The algorithms on a plain graph, chosen in this one place by `corridor bench --algorithms`, `corridor route
/// --algorithm` and the server's `algorithm` parameter; each is built (its preprocessing timed by the bench) by
/// ``make(graph:bound:heuristicWeight:)``.
public enum AlgorithmKind: String, CaseIterable, Sendable, Codable {
    case dijkstra
    case bidirectional
    case astar
    /// A contraction hierarchy; its preprocessing (tens of seconds on a city's road graph) is the timed build.
    case ch

    /// Whether the algorithm needs node coordinates (for its geographic bound).
    public var needsCoordinates: Bool { self == .astar }

    /// Whether the algorithm searches backwards on the graph's reverse arcs (``Graph/hasReverseArcs``); the others,
    /// the contraction hierarchy's build and queries included, run on the forward arcs alone.
    public var needsReverseArcs: Bool { self == .bidirectional }

    /// Whether a benchmark runs it when no algorithms are named: all but the contraction hierarchy, whose
    /// preprocessing would dominate a quick comparison.
    public var runsByDefault: Bool { self != .ch }

    /// The algorithm on `graph`. A* uses `bound`, scaled by `heuristicWeight`: 1 keeps it exact; above 1 it is
    /// weighted A*, faster but no longer exact, which the agreement check reports.
    /// - Precondition: `bound` is given when ``needsCoordinates``; `graph` has its reverse arcs when
    ///   ``needsReverseArcs``.
    public func make(graph: Graph, bound: GeographicBound?, heuristicWeight: Double = 1) -> any ShortestPathAlgorithm {
        switch self {
        case .dijkstra: return Dijkstra(graph)
        case .bidirectional: return BidirectionalDijkstra(graph)
        case .astar:
            precondition(bound != nil, "A* needs a geographic bound.")
            return AStarAlgorithm(graph, bound: bound!, weight: heuristicWeight)
        case .ch: return ContractionHierarchyQuery(ContractionHierarchy(graph: graph))
        }
    }
}

/// ``Dijkstra`` stopping at the target.
extension Dijkstra: ShortestPathAlgorithm {
    public var name: String { "dijkstra" }
}

/// ``BidirectionalDijkstra``.
extension BidirectionalDijkstra: ShortestPathAlgorithm {
    public var name: String { "bidirectional" }
}

/// ``ContractionHierarchyQuery`` (its scratch space is the query's; the hierarchy shows in the resident memory).
extension ContractionHierarchyQuery: ShortestPathAlgorithm {
    public var name: String { "ch" }
}

/// ``AStar`` guided by a ``GeographicBound``, optionally inflated (weighted A*).
public struct AStarAlgorithm: ShortestPathAlgorithm {
    var search: AStar
    let bound: GeographicBound
    let weight: Double

    public init(_ graph: Graph, bound: GeographicBound, weight: Double = 1) {
        search = AStar(graph)
        self.bound = bound
        self.weight = weight
    }

    public var name: String { weight == 1 ? "astar" : "astar×\(weight)" }
    public var scratchBytes: Int { search.scratchBytes + bound.byteCount }   // the search and the bound's positions
    public var settledCount: Int { search.settledCount }

    public mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
        if weight == 1 { return search.distance(from: source, to: target, heuristic: bound.heuristic(to: target)) }
        return search.distance(from: source, to: target, heuristic: weightedHeuristic(to: target))
    }

    public mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? {
        if weight == 1 { return search.shortestPath(from: source, to: target, heuristic: bound.heuristic(to: target)) }
        return search.shortestPath(from: source, to: target, heuristic: weightedHeuristic(to: target))
    }

    /// The bound inflated by `weight`, rounded down and kept below infinity.
    private func weightedHeuristic(to target: NodeID) -> (NodeID) -> Weight {
        let bound = self.bound, weight = self.weight
        return { node in
            let h = (Double(bound.lowerBound(from: node, to: target)) * weight).rounded(.down)
            return h >= Double(Weight.infinity - 1) ? .infinity - 1 : Weight(h)
        }
    }
}
