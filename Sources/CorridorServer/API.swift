import CorridorBench
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
    /// prints it; on a plain graph (`network` naming one), node ids and `algorithm`.
    func route(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: QueryParameters.tripNames.union(["from", "to", "via", "network", "algorithm", "format"]))
            let from = try query.required("from"), to = try query.required("to"), via = query.list("via")
            let format = try query.choice("format", default: RouteFormat.json)
            let algorithm = try query.choice("algorithm", default: AlgorithmKind.dijkstra)
            if from == to && via.isEmpty {
                throw ServiceError.invalidRequest("'from' and 'to' name the same place; choose two different places.")
            }
            switch try cache.target(named: query.string("network"), in: database) {
            case .network(let network):
                let plan = try network.route(network.request(from: from, to: to, via: via, options: query.trip()))
                return format == .geojson ? geoJSON(plan.geoJSON(in: network)) : .json(plan.json(in: network))
            case .graph(let graph):
                guard via.isEmpty else {
                    throw ServiceError.invalidRequest("'via' is not supported on plain graphs.", hint: "Route each stretch separately.")
                }
                var search = try graph.search(algorithm,
                                              hierarchy: algorithm == .ch ? cache.hierarchy(of: graph, in: database) : nil)
                let route = try graph.route(from: from, to: to, using: &search, algorithm: algorithm)
                return format == .geojson ? geoJSON(try route.geoJSON()) : .json(route.json())
            }
        }
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
            try query.checkNames(allowed: QueryParameters.tripNames.union(["from", "to", "network", "corridors"]))
            let from = try query.required("from"), to = try query.required("to")
            if from == to {
                throw ServiceError.invalidRequest("'from' and 'to' name the same place; choose two different places.")
            }
            let network = try cache.network(named: query.string("network"), in: database)
            let request = try network.request(from: from, to: to, options: query.trip())
            let comparison = try network.comparison(request, corridors: query.list("corridors"))
            if comparison.servesNothing { throw network.noRouteError(for: request) }
            return .json(comparison.json())
        }
    }

    /// `GET /v1/matrix?from=a,b&to=c,d`: the objective from each origin to each destination, as `corridor
    /// matrix --format json` prints it.
    func matrix(_ query: QueryParameters) -> Reply {
        respond { database in
            try query.checkNames(allowed: QueryParameters.tripNames.union(["from", "to", "network"]))
            let origins = query.list("from"), destinations = query.list("to")
            if origins.isEmpty { throw ServiceError.invalidRequest("Name at least one origin: from=A,B.") }
            if destinations.isEmpty { throw ServiceError.invalidRequest("Name at least one destination: to=C,D.") }
            let network = try cache.network(named: query.string("network"), in: database)
            return .json(try network.matrix(from: origins, to: destinations, options: query.trip()).json())
        }
    }
}
