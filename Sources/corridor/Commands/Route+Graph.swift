import CorridorGraph
import CorridorStore
import Foundation

/// `corridor route --network NAME` on an imported plain graph: node names are the input file's ids, and the
/// output lists the node sequence and the input edge ids.
extension Route {
    func run(on stored: StoredGraph) throws {
        var search = try GraphSearch(stored, algorithm: algorithm)
        if let pairs {
            try runPairs(file: pairs) { from, to in
                let path = try search.shortestPath(from: node(from, in: stored), to: node(to, in: stored))
                return path.map { [stored.costText(of: $0), String($0.arcs.count)] }
            } header: { ["from", "to", "cost", "edges"] }
            return
        }
        guard let from, let to else { return }
        guard via.isEmpty else {
            throw CommandFailure(.usage, "--via is not supported on plain graphs.",
                                 hint: "Route each stretch separately.")
        }
        let source = try node(from, in: stored), target = try node(to, in: stored)
        guard let path = search.shortestPath(from: source, to: target) else {
            throw CommandFailure(.noRoute, "No route from node \(from) to node \(to) in graph '\(stored.name)'.",
                                 hint: "The graph is directed; check that the target can be reached from the source.")
        }
        let nodes = path.nodes.map { stored.inputID(of: $0) }
        let edges = stored.edgeIDs(of: path)
        switch format {
        case .table:
            var text = "Route on graph '\(stored.name)' from node \(from) to node \(to) (\(algorithm.rawValue)):\n"
            text += "  cost   \(stored.costText(of: path))\n"
            text += "  edges  \(edges.count)\n"
            text += "  nodes  " + nodes.map(String.init).joined(separator: " ") + "\n"
            text += "  edge ids  " + edges.map(String.init).joined(separator: " ") + "\n"
            Terminal.write(text)
        case .tsv:
            Terminal.write(Delimited.tsvLine(["from", "to", "cost", "edges", "nodes", "edge_ids"]))
            Terminal.write(Delimited.tsvLine([from, to, stored.costText(of: path), String(edges.count),
                                              nodes.map(String.init).joined(separator: ","),
                                              edges.map(String.init).joined(separator: ",")]))
        case .json:
            let document = JSONValue.object([
                ("graph", .string(stored.name)),
                ("algorithm", .string(algorithm.rawValue)),
                ("from", .integer(stored.inputID(of: source))),
                ("to", .integer(stored.inputID(of: target))),
                ("cost", .number(stored.costText(of: path))),
                ("nodes", .array(nodes.map(JSONValue.integer))),
                ("edges", .array(edges.map(JSONValue.integer))),
            ])
            Terminal.write(document.rendered())
        case .geojson:
            guard let coordinates = stored.coordinates else {
                throw CommandFailure(.dataError, "Graph '\(stored.name)' has no node coordinates to draw.",
                                     hint: "Import it with --coordinates, or choose --format json.")
            }
            let points: [JSONValue] = path.nodes.compactMap { node in
                coordinates[node.index].map { .array([.decimal($0.longitude, places: 6), .decimal($0.latitude, places: 6)]) }
            }
            let feature = JSONValue.object([
                ("type", .string("Feature")),
                ("geometry", .object([("type", .string("LineString")), ("coordinates", .array(points))])),
                ("properties", .object([
                    ("graph", .string(stored.name)), ("from", .integer(stored.inputID(of: source))),
                    ("to", .integer(stored.inputID(of: target))), ("cost", .number(stored.costText(of: path))),
                    ("edges", .array(edges.map(JSONValue.integer))),
                ])),
            ])
            Terminal.write(JSONValue.object([("type", .string("FeatureCollection")), ("features", .array([feature]))])
                .rendered())
        }
    }

    /// The node whose input id is `text`.
    /// - Throws: a bad-data failure naming the graph's id range when `text` is not one of its node ids.
    func node(_ text: String, in stored: StoredGraph) throws -> NodeID {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)), let node = stored.node(forInputID: id) else {
            let range = stored.nodeInputIDs.isEmpty ? "none" : "\(stored.nodeInputIDs.first!)…\(stored.nodeInputIDs.last!)"
            throw CommandFailure(.dataError, "Graph '\(stored.name)' has no node '\(text)'.",
                                 hint: "Nodes are named by the ids of the imported file (here \(range)).")
        }
        return node
    }
}
