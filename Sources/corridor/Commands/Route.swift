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
              corridor route --from Almaty --to Baku --format svg > route.svg
              corridor route --network ny --from 1 --to 5000 --algorithm bidirectional
              corridor route --network ny --pairs pairs.txt > routes.tsv
              corridor route --from "Xi'an" --to Tehran --alternatives 3 --max-detour 1.5
              corridor route --from "Xi'an" --to Tehran --pareto --svg frontier.svg
              corridor route --network roads --from 6 --to 17 --alternatives 2
            """
    )

    /// How the route is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, geojson, tsv, csv, svg
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

    @OptionGroup(title: "Scenario options") var scenarios: ScenarioOptions

    @Option(help: "The search algorithm on an imported graph.")
    var algorithm: AlgorithmKind = .dijkstra

    @Option(help: ArgumentHelp("Print up to K routes: on a network, the best that differ in the links they use; on "
                               + "an imported graph, the K shortest loopless paths in pgRouting's order (cost, then fewer edges).",
                               valueName: "K"))
    var alternatives: Int?

    @Option(help: ArgumentHelp("Leave out routes longer than FACTOR × the shortest route's distance "
                               + "(1.5: half as long again).", valueName: "factor"))
    var maxDetour: Double?

    @Flag(help: "Print every route that no other beats on cost, time and CO2e at once, cheapest first.")
    var pareto = false

    @Option(help: ArgumentHelp("The criteria of --pareto, separated by commas (cost,time,co2; default: all three).",
                               valueName: "criteria"), transform: Route.parseCriteria)
    var paretoObjectives: [ParetoFrontier.Criterion]?

    @Option(help: ArgumentHelp("With --pareto, also draw the frontier as an SVG chart (cost against days).",
                               valueName: "file"))
    var svg: String?

    @Flag(help: "With --svg, replace the file if it is already there.")
    var force = false

    @Option(help: "How the route is printed (csv: with --pareto or --alternatives).")
    var format: Format = .table

    static func parseCriteria(_ text: String) throws -> [ParetoFrontier.Criterion] {
        do { return try RouteAnswer.Choice.criteria(RequestOptions.splitList([text]), text: text) } catch {
            throw ValidationError(error.message)
        }
    }

    /// How many answers this command asks for.
    var choice: RouteAnswer.Choice {
        var choice = RouteAnswer.Choice()
        choice.alternatives = alternatives
        choice.pareto = pareto
        choice.paretoObjectives = paretoObjectives
        return choice
    }

    /// The request options with this command's detour limit.
    var trip: TripOptions {
        var trip = request.trip
        trip.maxDetour = maxDetour
        return trip
    }

    func validate() throws {
        if !pareto && (paretoObjectives != nil || svg != nil) {
            throw ValidationError("--pareto-objectives and --svg go with --pareto.")
        }
        do { try choice.validate() } catch { throw ValidationError(error.message) }
        if pareto && ![.table, .json, .csv].contains(format) {
            throw ValidationError("--pareto prints a table, json or csv, not \(format.rawValue).")
        }
        if format == .csv && !pareto && alternatives == nil {
            throw ValidationError("--format csv goes with --pareto or --alternatives; a single route prints tsv.")
        }
        do { try trip.validate() } catch { throw ValidationError(error.message) }
        if pairs != nil {
            if pareto { throw ValidationError("--pareto answers one pair; leave out --pairs.") }
            if from != nil || to != nil || !via.isEmpty {
                throw ValidationError("--pairs reads its places from the file; leave out --from, --to and --via.")
            }
            if format == .json || format == .geojson || format == .csv || format == .svg {
                throw ValidationError("--pairs prints one TSV line per pair; leave out --format \(format.rawValue).")
            }
        } else {
            guard let from, let to else {
                throw ValidationError("Say where the freight goes: --from PLACE --to PLACE (or --pairs FILE).")
            }
            if from == to && via.isEmpty {
                throw ValidationError("--from and --to name the same place; choose two different places.")
            }
            if scenarios.scenario != nil || scenarios.against != nil, !pareto, alternatives == nil,
               format != .table && format != .json {
                throw ValidationError("--scenario and --against print two plans side by side; use --format table or json.")
            }
        }
    }

    func run() throws {
        if let svg { try OutputFile.refuseExisting(svg, force: force) }
        let database = try database.openForReading()
        defer { database.close() }
        if scenarios.scenario != nil || scenarios.against != nil {
            let whatIf = try database.whatIf(network: network, scenario: scenarios.scenario, against: scenarios.against)
            return try run(on: whatIf.network, whatIf: whatIf)
        }
        switch try database.routingTarget(named: network, withCoordinates: algorithm.needsCoordinates || format == .geojson,
                                          withReverseArcs: algorithm.needsReverseArcs || alternatives != nil) {
        case .graph(let stored): try run(on: stored, in: database)
        case .network(let network): try run(on: network)
        }
    }

    /// Plans on a corridor network: one route, or one TSV line per pair of `--pairs`.
    func run(on network: Network, whatIf: WhatIf? = nil) throws {
        if algorithm != .dijkstra {
            throw CommandFailure(.usage, "--algorithm applies to imported graphs, not to network '\(network.name)', "
                                 + "whose routes are always searched with Dijkstra.", hint: "Leave --algorithm out.")
        }
        let trip = self.trip
        if let pairs {
            if let any = network.places.first {   // the request options' own errors, before any output
                _ = try trip.request(from: any.id, to: any.id, in: network)
            }
            if let whatIf, whatIf.base != nil { return try runPairs(file: pairs, on: network, whatIf: whatIf) }
            if let alternatives {
                try runPairs(file: pairs, check: { _ = try network.place(matching: $0) }) { from, to in
                    let request = try network.request(from: from, to: to, options: trip)
                    let found = try network.alternatives(request, count: alternatives, maxDetour: trip.maxDetour,
                                                         pathLimit: Network.defaultPathLimit)
                    return found.plans.enumerated().map { rank, plan in
                        ["\(rank + 1)"] + RoutePlanFormatter(plan: plan, network: network).pairsFields()
                    }
                } header: { ["from", "to", "rank"] + RoutePlanFormatter.pairsHeader(trip.objective).dropFirst(2) }
                return
            }
            try runPairs(file: pairs, check: { _ = try network.place(matching: $0) }) { from, to in
                let request = try network.request(from: from, to: to, options: trip)
                let plan = try trip.maxDetour.map { try network.plan(request, maxDetour: $0) } ?? network.plan(request)
                return plan.map { [RoutePlanFormatter(plan: $0, network: network).pairsFields()] } ?? []
            } header: { RoutePlanFormatter.pairsHeader(trip.objective) }
            return
        }
        guard let from, let to else { return }
        let request = try network.request(from: from, to: to, via: via, options: trip)
        switch try RouteAnswer(request, choice, maxDetour: trip.maxDetour, on: whatIf ?? WhatIf(network: network)) {
        case .frontierDifference(let difference):
            if svg != nil && difference.result == nil { throw network.noRouteError(for: request) }   // nothing to draw
            let formatter = FrontierDifferenceFormatter(difference: difference)
            switch format {
            case .json: Terminal.write(difference.json().rendered())
            case .csv: Terminal.write(([FrontierDifferenceFormatter.header] + formatter.rows()).map(Delimited.csvLine).joined())
            default: Terminal.write(formatter.table())
            }
            if let svg, let result = difference.result { try OutputFile.write(result.svg(), to: svg, force: force) }
        case .frontier(let result):
            let formatter = FrontierFormatter(result: result)
            switch format {
            case .json: Terminal.write(result.json().rendered())
            case .csv: Terminal.write(([FrontierFormatter.header] + formatter.rows()).map(Delimited.csvLine).joined())
            default: Terminal.write(formatter.table())
            }
            if let svg { try OutputFile.write(result.svg(), to: svg, force: force) }
        case .alternatives(let result): try write(result, comparison: nil)
        case .alternativesDifference(let comparison): try write(comparison.result, comparison: comparison)
        case .difference(let difference):
            Terminal.write(format == .json ? difference.json().rendered() : RouteDifferenceFormatter(difference: difference).table())
        case .plan(let plan, _):
            let formatter = RoutePlanFormatter(plan: plan, network: network)
            switch format {
            case .table: Terminal.write(formatter.table())
            case .json: Terminal.write(plan.json(in: network).rendered())
            case .geojson: Terminal.write(plan.geoJSON(in: network).rendered())
            case .tsv, .csv: Terminal.write(formatter.tsv())
            case .svg: Terminal.write(NetworkMapSVG(network: network, plan: plan).svg())
            }
        }
    }

    /// Alternative routes on a network, compared with the base's best when `comparison` is given.
    func write(_ result: AlternativesResult, comparison: AlternativesDifference?) throws {
        let formatter = AlternativesFormatter(result: result, comparison: comparison)
        switch format {
        case .table: Terminal.write(formatter.table())
        case .json: Terminal.write((comparison?.json() ?? result.json()).rendered())
        case .tsv: Terminal.write(([formatter.header] + formatter.rows()).map(Delimited.tsvLine).joined())
        case .csv: Terminal.write(([formatter.header] + formatter.rows()).map(Delimited.csvLine).joined())
        case .geojson, .svg:
            throw CommandFailure(.usage, "--alternatives on a corridor network prints a table, json, tsv or csv.",
                                 hint: "Draw one route with --format geojson, without --alternatives.")
        }
    }
}

extension AlgorithmKind: ExpressibleByArgument {}
