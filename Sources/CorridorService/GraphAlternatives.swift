import CorridorBench
import CorridorGraph
import CorridorStore

/// The k shortest loopless paths between two nodes of an imported graph, in pgRouting's `pgr_KSP` order (cost,
/// then fewer edges), with their one JSON and one GeoJSON encoding (`corridor route --network G --alternatives K`).
public struct GraphAlternatives: Sendable {
    public let graph: StoredGraph
    public let from: Int64
    public let to: Int64
    public let paths: [Path]

    /// The nodes of path `rank` (0-based), as the input file's ids.
    public func nodes(_ path: Path) -> [Int64] { path.nodes.map { graph.inputID(of: $0) } }
    /// The input edge ids of a path, in order.
    public func edges(_ path: Path) -> [Int64] { graph.edgeIDs(of: path) }
    /// The cost of a path in the input's own units, as text.
    public func costText(_ path: Path) -> String { graph.costText(of: path) }

    /// Refuses an algorithm other than Dijkstra: the k shortest paths run their own search.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)``.
    public static func check(_ algorithm: AlgorithmKind) throws(ServiceError) {
        if algorithm != .dijkstra {
            throw .invalidRequest("--alternatives runs its own search (Yen's, with A*-guided spur searches); --algorithm \(algorithm.rawValue) does not apply.",
                                  hint: "Leave out --algorithm.")
        }
    }

    /// `{graph, from, to, paths: [{rank, cost, nodes, edges}]}`.
    public func json() -> JSONValue {
        .object([
            ("graph", .string(graph.name)), ("from", .integer(from)), ("to", .integer(to)),
            ("paths", .array(paths.enumerated().map { rank, path in
                .object([("rank", .integer(rank + 1)), ("cost", .number(costText(path))),
                         ("nodes", .array(nodes(path).map(JSONValue.integer))),
                         ("edges", .array(edges(path).map(JSONValue.integer)))])
            })),
        ])
    }

    /// A feature collection with one LineString per path, its rank and cost as properties.
    /// - Throws: ``ServiceError/badData(_:hint:)`` when the graph was stored without coordinates.
    public func geoJSON() throws(ServiceError) -> JSONValue {
        guard let coordinates = graph.coordinates else {
            throw .badData("Graph '\(graph.name)' has no node coordinates to draw.",
                           hint: "Import it with --coordinates, or choose --format json.")
        }
        let features: [JSONValue] = paths.enumerated().map { rank, path in
            let points: [JSONValue] = path.nodes.compactMap { node in
                coordinates[node.index].map { .array([.decimal($0.longitude, places: 6), .decimal($0.latitude, places: 6)]) }
            }
            return .object([
                ("type", .string("Feature")),
                ("geometry", .object([("type", .string("LineString")), ("coordinates", .array(points))])),
                ("properties", .object([("graph", .string(graph.name)), ("rank", .integer(rank + 1)),
                                        ("from", .integer(from)), ("to", .integer(to)), ("cost", .number(costText(path))),
                                        ("edges", .array(edges(path).map(JSONValue.integer)))])),
            ])
        }
        return .object([("type", .string("FeatureCollection")), ("features", .array(features))])
    }
}

extension StoredGraph {
    /// Up to `count` loopless paths between two nodes named by their input ids, shortest first (see
    /// ``KShortestPaths``); `search` is reused between calls.
    /// - Throws: ``ServiceError/unknownName(_:hint:)`` for an unknown node, ``ServiceError/noRoute(_:hint:)`` when
    ///   the target cannot be reached.
    public func routes(from: String, to: String, count: Int, using search: inout KShortestPaths) throws(ServiceError) -> GraphAlternatives {
        let source = try node(named: from), target = try node(named: to)
        let paths = search.paths(from: source, to: target, count: count)
        guard !paths.isEmpty else {
            throw .noRoute("No route from node \(from) to node \(to) in graph '\(name)'.",
                           hint: "The graph is directed; check that the target can be reached from the source.")
        }
        return GraphAlternatives(graph: self, from: inputID(of: source), to: inputID(of: target), paths: paths)
    }
}
