import CorridorBench
import CorridorGraph
import CorridorStore

/// A shortest path on an imported plain graph, with its one JSON and one GeoJSON encoding.
public struct GraphRoute: Sendable {
    public let graph: StoredGraph
    public let algorithm: AlgorithmKind
    public let path: Path

    /// The nodes passed, as the input file's ids.
    public var nodes: [Int64] { path.nodes.map { graph.inputID(of: $0) } }
    /// The input edge ids used, in order.
    public var edges: [Int64] { graph.edgeIDs(of: path) }
    public var source: Int64 { graph.inputID(of: path.nodes.first!) }
    public var target: Int64 { graph.inputID(of: path.nodes.last!) }
    /// The cost in the input's own units, as text with no floating-point noise.
    public var costText: String { graph.costText(of: path) }

    /// `{graph, algorithm, from, to, cost, nodes, edges}`.
    public func json() -> JSONValue {
        .object([
            ("graph", .string(graph.name)),
            ("algorithm", .string(algorithm.rawValue)),
            ("from", .integer(source)),
            ("to", .integer(target)),
            ("cost", .number(costText)),
            ("nodes", .array(nodes.map(JSONValue.integer))),
            ("edges", .array(edges.map(JSONValue.integer))),
        ])
    }

    /// A feature collection holding one LineString through the path's nodes.
    /// - Throws: ``ServiceError/unanswerable(_:hint:)`` when the graph was stored without coordinates.
    public func geoJSON() throws(ServiceError) -> JSONValue {
        guard let coordinates = graph.coordinates else {
            throw .unanswerable("Graph '\(graph.name)' has no node coordinates to draw.",
                           hint: "Import it with --coordinates, or choose --format json.")
        }
        let points: [JSONValue] = path.nodes.compactMap { node in
            coordinates[node.index].map { .array([.decimal($0.longitude, places: 6), .decimal($0.latitude, places: 6)]) }
        }
        let feature = JSONValue.object([
            ("type", .string("Feature")),
            ("geometry", .object([("type", .string("LineString")), ("coordinates", .array(points))])),
            ("properties", .object([
                ("graph", .string(graph.name)), ("from", .integer(source)),
                ("to", .integer(target)), ("cost", .number(costText)),
                ("edges", .array(edges.map(JSONValue.integer))),
            ])),
        ])
        return .object([("type", .string("FeatureCollection")), ("features", .array([feature]))])
    }
}
