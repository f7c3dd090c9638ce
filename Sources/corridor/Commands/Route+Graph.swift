import CorridorGraph
import CorridorService
import CorridorStore
import Foundation

/// `corridor route --network NAME` on an imported plain graph: node names are the input file's ids, and the
/// output lists the node sequence and the input edge ids.
extension Route {
    func run(on stored: StoredGraph, in database: CorridorDatabase) throws {
        var search = try stored.search(algorithm, hierarchy: algorithm == .ch ? self.database.hierarchy(of: stored, in: database) : nil)
        if let pairs {
            try runPairs(file: pairs) { from, to in
                let path = try search.shortestPath(from: stored.node(named: from), to: stored.node(named: to))
                return path.map { [stored.costText(of: $0), String($0.arcs.count)] }
            } header: { ["from", "to", "cost", "edges"] }
            return
        }
        guard let from, let to else { return }
        guard via.isEmpty else {
            throw CommandFailure(.usage, "--via is not supported on plain graphs.",
                                 hint: "Route each stretch separately.")
        }
        let route = try stored.route(from: from, to: to, using: &search, algorithm: algorithm)
        let nodes = route.nodes, edges = route.edges
        switch format {
        case .table:
            var text = "Route on graph '\(stored.name)' from node \(from) to node \(to) (\(algorithm.rawValue)):\n"
            text += "  cost   \(route.costText)\n"
            text += "  edges  \(edges.count)\n"
            text += "  nodes  " + nodes.map(String.init).joined(separator: " ") + "\n"
            text += "  edge ids  " + edges.map(String.init).joined(separator: " ") + "\n"
            Terminal.write(text)
        case .tsv:
            Terminal.write(Delimited.tsvLine(["from", "to", "cost", "edges", "nodes", "edge_ids"]))
            Terminal.write(Delimited.tsvLine([from, to, route.costText, String(edges.count),
                                              nodes.map(String.init).joined(separator: ","),
                                              edges.map(String.init).joined(separator: ",")]))
        case .json:
            Terminal.write(route.json().rendered())
        case .geojson:
            Terminal.write(try route.geoJSON().rendered())
        }
    }
}
