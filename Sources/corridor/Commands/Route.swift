import ArgumentParser
import CorridorModel
import CorridorNetworks
import CorridorBench
import CorridorService
import CorridorStore
import Foundation

/// `corridor route`: the best route between two places of a corridor network, between two nodes of an imported
/// graph, or for every pair listed in a file.
struct Route: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the best route between two places.",
        discussion: """
            Places are found by id, name or alternative name, ignoring case, accents and apostrophes \
            (xian, Xi'an). On an imported graph (--network NAME), places are the node ids of the input file.

            Examples:
              corridor route --from "Xi'an" --to Tehran
              corridor route --from Kashgar --to Tashkent --include-under-construction
              corridor route --from Almaty --to Baku --modes rail,ferry --format json
              corridor route --network ny --from 1 --to 5000 --algorithm bidirectional
              corridor route --network ny --pairs pairs.txt > routes.tsv
            """
    )

    /// How the route is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, geojson, tsv
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The stored network or graph to route on (default: central-asia).",
                               valueName: "name"))
    var network: String?

    @Option(help: ArgumentHelp("Where the freight is loaded.", valueName: "place"))
    var from: String?

    @Option(help: ArgumentHelp("Where the freight is delivered.", valueName: "place"))
    var to: String?

    @Option(help: ArgumentHelp("A place the route must pass, in the order given; repeat for several.",
                               valueName: "place"))
    var via: [String] = []

    @Option(help: ArgumentHelp("A file of pairs, one 'FROM TO' per line (tab-separated if names hold spaces; "
                               + "'-' reads standard input); prints one TSV line per pair.", valueName: "file"))
    var pairs: String?

    @OptionGroup(title: "Request options") var request: RequestOptions

    @Option(help: "The search algorithm on an imported graph.")
    var algorithm: AlgorithmKind = .dijkstra

    @Option(help: "How the route is printed.")
    var format: Format = .table

    func validate() throws {
        if pairs != nil {
            if from != nil || to != nil || !via.isEmpty {
                throw ValidationError("--pairs reads its places from the file; leave out --from, --to and --via.")
            }
            if format == .json || format == .geojson {
                throw ValidationError("--pairs prints one TSV line per pair; leave out --format \(format.rawValue).")
            }
        } else {
            guard let from, let to else {
                throw ValidationError("Say where the freight goes: --from PLACE --to PLACE (or --pairs FILE).")
            }
            if from == to && via.isEmpty {
                throw ValidationError("--from and --to name the same place; choose two different places.")
            }
        }
    }

    func run() throws {
        let database = try database.openForReading()
        defer { database.close() }
        switch try database.routingTarget(named: network, withCoordinates: algorithm.needsCoordinates || format == .geojson) {
        case .graph(let stored): try run(on: stored, in: database)
        case .network(let network): try run(on: network)
        }
    }

    /// Plans on a corridor network: one route, or one TSV line per pair of `--pairs`.
    func run(on network: Network) throws {
        let trip = request.trip
        if let pairs {
            try runPairs(file: pairs) { from, to in
                let plan = try network.plan(network.request(from: from, to: to, options: trip))
                return plan.map { RoutePlanFormatter(plan: $0, network: network).pairsFields() }
            } header: { RoutePlanFormatter.pairsHeader(trip.objective) }
            return
        }
        guard let from, let to else { return }
        let plan = try network.route(network.request(from: from, to: to, via: via, options: trip))
        let formatter = RoutePlanFormatter(plan: plan, network: network)
        switch format {
        case .table: Terminal.write(formatter.table())
        case .json: Terminal.write(plan.json(in: network).rendered())
        case .geojson: Terminal.write(plan.geoJSON(in: network).rendered())
        case .tsv: Terminal.write(formatter.tsv())
        }
    }
}

extension AlgorithmKind: ExpressibleByArgument {}
