import CorridorGraph
import CorridorService
import CorridorStore
import Foundation

/// `corridor route --network NAME` on an imported plain graph: node names are the input file's ids, and the
/// output lists the node sequence and the input edge ids.
extension Route {
    func run(on stored: StoredGraph, in database: CorridorDatabase) throws {
        if pareto || maxDetour != nil {
            throw CommandFailure(.usage, "\(pareto ? "--pareto" : "--max-detour") applies to corridor networks, not to graph '\(stored.name)'.",
                                 hint: "On an imported graph, --alternatives K lists the K shortest paths.")
        }
        if let option = request.networkOnlyOptionsGiven.first {
            throw CommandFailure(.usage, "\(option) applies to corridor networks, not to graph '\(stored.name)', "
                                 + "which is routed by its own costs.", hint: "Leave \(option) out.")
        }
        if let alternatives { return try runAlternatives(on: stored, count: alternatives) }
        var search = try stored.search(algorithm, hierarchy: algorithm == .ch ? self.database.hierarchy(of: stored, in: database) : nil)
        if let pairs {
            try runPairs(file: pairs, check: { _ = try stored.node(named: $0) }) { from, to in
                let path = try stored.shortestPath(from: stored.node(named: from), to: stored.node(named: to), using: &search)
                return path.map { [[stored.costText(of: $0), String($0.arcs.count)]] } ?? []
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
        case .tsv, .csv:
            Terminal.write(Delimited.tsvLine(["from", "to", "cost", "edges", "nodes", "edge_ids"]))
            Terminal.write(Delimited.tsvLine([from, to, route.costText, String(edges.count),
                                              nodes.map(String.init).joined(separator: ","),
                                              edges.map(String.init).joined(separator: ",")]))
        case .json:
            Terminal.write(route.json().rendered())
        case .geojson:
            Terminal.write(try route.geoJSON().rendered())
        case .svg:
            throw CommandFailure(.usage, "--format svg draws corridor networks, not plain graphs.",
                                 hint: "Choose --format geojson and open it in a GIS.")
        }
    }

    /// `--alternatives K` on an imported graph: the K shortest loopless paths, in pgRouting's order.
    func runAlternatives(on stored: StoredGraph, count: Int) throws {
        do { try GraphAlternatives.check(algorithm) } catch { throw CommandFailure(.usage, error.message, hint: error.hint) }
        var search = KShortestPaths(stored.graph)
        if let pairs {
            try runPairs(file: pairs, check: { _ = try stored.node(named: $0) }) { from, to in
                let paths = search.paths(from: try stored.node(named: from), to: try stored.node(named: to), count: count)
                return paths.enumerated().map { rank, path in
                    ["\(rank + 1)", stored.costText(of: path), String(path.arcs.count)]
                }
            } header: { ["from", "to", "rank", "cost", "edges"] }
            return
        }
        guard let from, let to else { return }
        guard via.isEmpty else {
            throw CommandFailure(.usage, "--via is not supported on plain graphs.", hint: "Route each stretch separately.")
        }
        let found = try stored.routes(from: from, to: to, count: count, using: &search)
        func fields(_ rank: Int, _ path: Path) -> [String] {
            [from, to, "\(rank + 1)", found.costText(path), String(path.arcs.count),
             found.nodes(path).map(String.init).joined(separator: ","), found.edges(path).map(String.init).joined(separator: ",")]
        }
        let header = ["from", "to", "rank", "cost", "edges", "nodes", "edge_ids"]
        switch format {
        case .table:
            var text = "\(found.paths.count) shortest loopless path\(found.paths.count == 1 ? "" : "s") on graph '\(stored.name)' "
                + "from node \(from) to node \(to), by cost, then fewer edges:\n"
            for (rank, path) in found.paths.enumerated() {
                text += "\n  \(rank + 1). cost \(found.costText(path)), \(path.arcs.count) edge\(path.arcs.count == 1 ? "" : "s")\n"
                text += "     nodes  " + found.nodes(path).map(String.init).joined(separator: " ") + "\n"
                text += "     edge ids  " + found.edges(path).map(String.init).joined(separator: " ") + "\n"
            }
            Terminal.write(text)
        case .tsv:
            Terminal.write(([header] + found.paths.enumerated().map(fields)).map(Delimited.tsvLine).joined())
        case .csv:
            Terminal.write(([header] + found.paths.enumerated().map(fields)).map(Delimited.csvLine).joined())
        case .json:
            Terminal.write(found.json().rendered())
        case .geojson:
            Terminal.write(try found.geoJSON().rendered())
        case .svg:
            throw CommandFailure(.usage, "--format svg draws corridor networks, not plain graphs.",
                                 hint: "Choose --format geojson and open it in a GIS.")
        }
    }
}
