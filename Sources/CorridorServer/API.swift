import CorridorBench
import CorridorGraph
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// The `/v1` endpoints, independent of the HTTP library: each takes the query's parameters and returns a
/// ``Reply``. Every request opens the database read-only and closes it when answered; networks and graphs come
/// from the ``TargetCache``. Nothing here writes.
struct API: Sendable {
    /// The database file, which must exist.
    let databasePath: String
    let cache = TargetCache()

    /// Runs `answer` on a read-only connection and turns any error into a JSON error reply.
    func respond(_ answer: (CorridorDatabase) throws -> Reply) -> Reply {
        do {
            let database = try CorridorDatabase(path: databasePath, readOnly: true)
            defer { database.close() }
            return try answer(database)
        } catch {
            return .error(ServiceError(error))
        }
    }

    /// `GET /v1/health`: `{"status": "ok", "networks": n, "graphs": m}` once the database answers.
    func health(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: [])
            return .json(.object([("status", .string("ok")), ("networks", .integer(try database.networks().count)),
                                  ("graphs", .integer(try database.graphs().count))]))
        }
    }

    /// `GET /v1/networks`: the stored networks and graphs with their sizes.
    func networks(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: [])
            let networks: [JSONValue] = try database.networks().map { summary in
                .object([("name", .string(summary.name)), ("places", .integer(summary.placeCount)),
                         ("links", .integer(summary.linkCount)), ("crossings", .integer(summary.crossingCount)),
                         ("corridors", .integer(summary.corridorCount)),
                         ("contentVersion", .integer(summary.contentVersion)),
                         ("default", .bool(summary.name == CorridorDatabase.defaultNetworkName))])
            }
            let graphs: [JSONValue] = try database.graphs().map { summary in
                .object([("name", .string(summary.name)), ("nodes", .integer(summary.nodeCount)),
                         ("arcs", .integer(summary.arcCount)), ("coordinates", .bool(summary.hasCoordinates)),
                         ("contentVersion", .integer(summary.contentVersion))])
            }
            return .json(.object([("networks", .array(networks)), ("graphs", .array(graphs))]))
        }
    }

    /// `GET /v1/networks/{name}`: the network as GeoJSON (places as points, links as lines, with mode and
    /// status), the same document as `corridor network export NAME --format geojson`.
    func network(named name: String, _ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: [])
            let network = try cache.network(named: name, in: database)
            return Reply(status: 200, contentType: "application/geo+json", body: network.geoJSON() + "\n")
        }
    }

    /// `GET /v1/places?prefix=xi[&network=NAME][&limit=N]`: places whose names start with the prefix, for
    /// autocompletion.
    func places(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: ["prefix", "network", "limit"])
            let prefix = try query.required("prefix")
            var limit = 20
            if let text = query.string("limit") {
                guard let value = Int(text), (1...200).contains(value) else {
                    throw ServiceError.invalidRequest("'limit' must be a number from 1 to 200, not '\(text)'.")
                }
                limit = value
            }
            let network = try cache.network(named: query.string("network"), in: database)
            let places: [JSONValue] = network.places(withPrefix: prefix, limit: limit).map { place in
                .object([("id", .string(place.id.code)), ("name", .string(place.name)),
                         ("country", .string(place.country)), ("kind", .string(place.kind.rawValue)),
                         ("longitude", .decimal(place.longitude, places: 5)),
                         ("latitude", .decimal(place.latitude, places: 5))])
            }
            return .json(.object([("network", .string(network.name)), ("places", .array(places))]))
        }
    }

    /// `GET /v1/route?from=…&to=…`: the best route, as `corridor route --format json` (or `format=geojson`)
    /// prints it; with `alternatives=K` or `pareto`, those answers; with `scenario` or `against`, both sides and
    /// their differences. On a plain graph (`network` naming one), node ids and `algorithm`, or the K shortest paths.
    func route(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: QueryParameters.tripNames.union(QueryParameters.scenarioNames)
                .union(QueryParameters.choiceNames).union(["from", "to", "via", "network", "algorithm", "format", "max-detour"]))
            let from = try query.required("from"), to = try query.required("to"), via = query.list("via")
            let format = try query.choice("format", default: RouteFormat.json)
            let algorithm = try query.choice("algorithm", default: AlgorithmKind.dijkstra)
            let choice = try query.choice()
            var trip = try query.trip()
            trip.maxDetour = try query.number("max-detour")
            try trip.validate()
            if from == to && via.isEmpty {
                throw ServiceError.invalidRequest("'from' and 'to' name the same place; choose two different places.")
            }
            let compared = query.scenario != nil || query.against != nil
            let whatIf: WhatIf
            if compared {
                whatIf = try database.whatIf(network: query.string("network"), scenario: query.scenario, against: query.against)
            } else {
                switch try cache.target(named: query.string("network"), in: database) {
                case .network(let network): whatIf = WhatIf(network: network)
                case .graph(let graph): return try route(on: graph, query, format: format, algorithm: algorithm, choice: choice,
                                                         in: database)
                }
            }
            let network = whatIf.network
            if algorithm != .dijkstra {
                throw ServiceError.invalidRequest("'algorithm' applies to imported graphs, not to network '\(network.name)', "
                                                  + "whose routes are always searched with Dijkstra.", hint: "Leave 'algorithm' out.")
            }
            if format == .geojson && (compared || choice.asksForSeveral) {
                throw ServiceError.invalidRequest("format=geojson draws one route; with alternatives, pareto, scenario or against, "
                                                  + "the answer is JSON.", hint: "Leave out format, or draw each route on its own.")
            }
            let request = try network.request(from: from, to: to, via: via, options: trip)
            let answer = try RouteAnswer(request, choice, maxDetour: trip.maxDetour, on: whatIf)
            if format == .geojson, case .plan(let plan, _) = answer { return geoJSON(plan.geoJSON(in: network)) }
            return .json(answer.json())
        }
    }

    /// `/v1/route` on a plain graph: one shortest path by `algorithm`, or the `alternatives` shortest loopless paths.
    private func route(on graph: StoredGraph, _ query: QueryParameters, format: RouteFormat, algorithm: AlgorithmKind,
                       choice: RouteAnswer.Choice, in database: CorridorDatabase) throws -> Reply {
        let from = try query.required("from"), to = try query.required("to")
        guard query.list("via").isEmpty else {
            throw ServiceError.invalidRequest("'via' is not supported on plain graphs.", hint: "Route each stretch separately.")
        }
        if choice.pareto || query.string("max-detour") != nil {
            throw ServiceError.invalidRequest("'\(choice.pareto ? "pareto" : "max-detour")' applies to corridor networks, "
                                              + "not to graph '\(graph.name)'.",
                                              hint: "On an imported graph, alternatives=K lists the K shortest paths.")
        }
        if let count = choice.alternatives {
            try GraphAlternatives.check(algorithm)
            var search = KShortestPaths(graph.graph)
            let found = try graph.routes(from: from, to: to, count: count, using: &search)
            return format == .geojson ? geoJSON(try found.geoJSON()) : .json(found.json())
        }
        var search = try graph.search(algorithm, hierarchy: algorithm == .ch ? cache.hierarchy(of: graph, in: database) : nil)
        let route = try graph.route(from: from, to: to, using: &search, algorithm: algorithm)
        return format == .geojson ? geoJSON(try route.geoJSON()) : .json(route.json())
    }

    /// The formats `/v1/route` writes.
    enum RouteFormat: String, CaseIterable {
        case json, geojson
    }

    private func geoJSON(_ document: JSONValue) -> Reply {
        Reply(status: 200, contentType: "application/geo+json", body: document.rendered())
    }

    /// `GET /v1/compare?from=…&to=…[&corridors=a,b]`: the corridors side by side, as `corridor compare --format
    /// json` prints them; 422 when none of them, nor any other route, joins the places.
    func compare(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: QueryParameters.tripNames.union(QueryParameters.scenarioNames)
                .union(["from", "to", "network", "corridors"]))
            let from = try query.required("from"), to = try query.required("to")
            if from == to {
                throw ServiceError.invalidRequest("'from' and 'to' name the same place; choose two different places.")
            }
            let answer = try ComparisonAnswer(from: from, to: to, corridors: query.list("corridors"), options: query.trip(),
                                              on: whatIf(query, in: database))
            if let error = answer.noRouteError { throw error }
            return .json(answer.json())
        }
    }

    /// `GET /v1/matrix?from=a,b&to=c,d`: the objective from each origin to each destination, as `corridor
    /// matrix --format json` prints it.
    func matrix(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: QueryParameters.tripNames.union(QueryParameters.scenarioNames).union(["from", "to", "network"]))
            let origins = query.list("from"), destinations = query.list("to")
            if origins.isEmpty { throw ServiceError.invalidRequest("Name at least one origin: from=A,B.") }
            if destinations.isEmpty { throw ServiceError.invalidRequest("Name at least one destination: to=C,D.") }
            let answer = try MatrixAnswer(from: origins, to: destinations, options: query.trip(), on: whatIf(query, in: database))
            return .json(answer.json())
        }
    }

    /// The networks of a request on a corridor network: the cached network as it is, or with `scenario` and `against`
    /// the scenario applied and the network or scenario it is compared with (see ``CorridorDatabase/whatIf(network:scenario:against:)``).
    private func whatIf(_ query: QueryParameters, in database: CorridorDatabase) throws -> WhatIf {
        if query.scenario == nil && query.against == nil {
            return WhatIf(network: try cache.network(named: query.string("network"), in: database))
        }
        return try database.whatIf(network: query.string("network"), scenario: query.scenario, against: query.against)
    }

    /// `GET /v1/scenarios[?network=NAME]`: the stored scenarios, as `corridor scenario list --format json` prints them.
    func scenarios(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: ["network"])
            return .json(ScenarioSummary.listJSON(try database.scenarios(on: query.string("network"))))
        }
    }

    /// `GET /v1/scenarios/{name}`: one scenario with its changes, as `corridor scenario show NAME --format json` prints it.
    func scenario(named name: String, _ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: [])
            return .json(try database.scenarioDetail(named: name).json())
        }
    }
}
