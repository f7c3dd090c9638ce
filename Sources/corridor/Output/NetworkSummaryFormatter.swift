import CorridorModel
import CorridorService
import CorridorStore

/// The text of `corridor network show`: what a stored network or graph holds, counted the ways users ask about.
enum NetworkSummaryFormatter {
    /// Places by country, links by mode and status, crossings, transfers by kind, and every corridor.
    static func network(_ network: Network) -> String {
        var text = "Network '\(network.name)'\n\n"
        let countries = Dictionary(grouping: network.places, by: \.country)
        text += "Places: \(network.places.count) in \(countries.count) countries ("
            + countries.keys.sorted().map { "\($0) \(countries[$0]!.count)" }.joined(separator: ", ") + ")\n"

        var links = TextTable([("links", .left), ("operational", .right), ("under construction", .right),
                               ("planned", .right), ("closed", .right), ("km", .right)])
        for mode in Link.Mode.allCases {
            let ofMode = network.links.filter { $0.mode == mode }
            if ofMode.isEmpty { continue }
            let count = { (status: Link.Status) in String(ofMode.filter { $0.status == status }.count) }
            links.append([mode.rawValue, count(.operational), count(.underConstruction), count(.planned), count(.closed),
                          Readable.kilometres(ofMode.reduce(0) { $0 + $1.length })])
        }
        text += "\n" + links.render()

        let kinds = Dictionary(grouping: network.transfers, by: \.kind)
        text += "\nBorder crossings: \(network.crossings.count) rows; transfers: \(network.transfers.count) ("
            + Transfer.Kind.allCases.compactMap { kind in kinds[kind].map { "\($0.count) \(kind.rawValue)" } }
                .joined(separator: ", ") + ")\n"

        if !network.corridors.isEmpty {
            text += "\nCorridors:\n"
            var corridors = TextTable([("id", .left), ("name", .left), ("places", .left)])
            for corridor in network.corridors {
                corridors.append([corridor.id.code, corridor.name,
                                  corridor.places.map { network.place($0)?.name ?? $0.code }.joined(separator: " → ")])
            }
            text += corridors.render()
        }

        text += "\nPlaces (id, name, country):\n"
        var places = TextTable([("id", .left), ("name", .left), ("country", .left), ("kind", .left), ("also", .left)])
        for place in network.places.sorted(by: { ($0.country, $0.name) < ($1.country, $1.name) }) {
            places.append([place.id.code, place.name, place.country, place.kind.rawValue,
                           place.alternativeNames.joined(separator: ", ")])
        }
        return text + places.render()
    }

    /// Sizes, units and origin of a plain graph.
    /// `hierarchyBytes`: the size of the contraction hierarchy stored for the graph, `nil` if none is.
    static func graph(_ graph: GraphSummary, hierarchyBytes: Int?) -> String {
        var text = "Graph '\(graph.name)' from \(graph.sourceFile) (\(graph.format == .dimacs ? "DIMACS" : "edge list"))\n"
        text += "  nodes        \(Readable.grouped(Int64(graph.nodeCount)))\n"
        text += "  input edges  \(Readable.grouped(Int64(graph.edgeCount)))\n"
        text += "  arcs         \(Readable.grouped(Int64(graph.arcCount)))\(graph.undirected ? " (undirected)" : "")\n"
        text += "  coordinates  \(graph.hasCoordinates ? "yes (A* available)" : "no")\n"
        text += "  costs        \(graph.exactCosts ? "exact" : "rounded to 3 decimals"), weight = cost × \(graph.unitScale)\n"
        text += "  hierarchy    " + (hierarchyBytes.map { "stored, \(Readable.grouped(Int64($0))) bytes (--algorithm ch)\n" }
            ?? "none (built on the first --algorithm ch, or import with --ch)\n")
        text += "  imported     \(graph.importedAt)\n"
        return text
    }
}
