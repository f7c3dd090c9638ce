import CorridorModel

/// Route, compare and matrix requests given as names and plain values, answered on one network: what a command
/// and the server run. Names are found as ``Network/place(matching:)`` finds them (id, name or alternative name).
extension Network {
    /// The model's request for a trip between places named `from` and `to`, through `via`, shaped by `options`.
    /// - Throws: ``NetworkError`` for a name that matches nothing or several places (see ``ServiceError/init(_:)``).
    public func request(from: String, to: String, via: [String] = [], options: TripOptions) throws -> RouteRequest {
        try options.request(from: place(matching: from).id, to: place(matching: to).id,
                            via: via.map { try place(matching: $0).id }, in: self)
    }

    /// The best plan for `request`.
    /// - Throws: ``ServiceError/noRoute(_:hint:)`` with the restriction in the way and what to relax, when no
    ///   route joins the places; ``NetworkError`` for a request the network cannot check.
    public func route(_ request: RouteRequest) throws -> RoutePlan {
        guard let plan = try plan(request) else { throw noRouteError(for: request) }
        return plan
    }

    /// The best plan for `request` no longer than `maxDetour` × the shortest route's distance (no limit when `nil`).
    /// - Throws: as ``route(_:)``; ``ServiceError/failure(_:hint:)`` when the search stops at its work limit.
    public func route(_ request: RouteRequest, maxDetour: Double?) throws -> RoutePlan {
        guard let maxDetour else { return try route(request) }
        guard let plan = try plan(request, maxDetour: maxDetour) else {
            if try plan(request) == nil { throw noRouteError(for: request) }
            throw ServiceError.noRoute("No route from '\(request.from)' to '\(request.to)' is within \(maxDetour) × the shortest distance.",
                                       hint: "Allow a longer detour with a larger --max-detour.")
        }
        return plan
    }

    /// Up to `count` routes for `request` that differ in the links they use, best first (see
    /// ``Network/alternatives(_:count:maxDetour:pathLimit:)``).
    /// - Throws: as ``route(_:maxDetour:)`` when there is none.
    public func alternatives(_ request: RouteRequest, count: Int, maxDetour: Double?) throws -> AlternativesResult {
        let found = try alternatives(request, count: count, maxDetour: maxDetour, pathLimit: Network.defaultPathLimit)
        if found.plans.isEmpty { _ = try route(request, maxDetour: maxDetour) }   // throws the reason
        return AlternativesResult(alternatives: found, request: request, network: self)
    }

    /// The routes for `request` that no other beats on every one of `criteria` at once (see
    /// ``Network/paretoFrontier(_:criteria:labelLimit:)``).
    /// - Throws: as ``route(_:)`` when there is none; ``ServiceError/failure(_:hint:)`` at the label limit.
    public func frontier(_ request: RouteRequest, criteria: Set<ParetoFrontier.Criterion>) throws -> FrontierResult {
        let frontier = try paretoFrontier(request, criteria: criteria)
        if frontier.routes.isEmpty { throw noRouteError(for: request) }
        return FrontierResult(frontier: frontier, request: request, network: self)
    }

    /// The error for a request without a route: the restriction in the way (``explainNoRoute(_:)``) and a hint.
    public func noRouteError(for request: RouteRequest) -> ServiceError {
        .noRoute(explainNoRoute(request).description, hint: noRouteHint(for: request))
    }

    /// What to try when a request has no route: the restrictions the user could relax, by option name.
    public func noRouteHint(for request: RouteRequest) -> String {
        if let (id, nearby) = servedPlacesNearby(for: request) {
            return "Ask for " + nearby.map { "'\($0.id)'" }.joined(separator: " or ") + " instead of '\(id)'."
        }
        var options: [String] = []
        if !request.avoidedCountries.isEmpty || !request.avoidedPlaces.isEmpty || !request.avoidedCrossings.isEmpty {
            options.append("fewer --avoid-country/--avoid")
        }
        if request.modes.count < Link.Mode.allCases.count { options.append("more --modes") }
        if links.contains(where: { $0.status != .closed && !request.statuses.contains($0.status) }) {
            options.append(request.includesUnderConstruction ? "--include-planned" : "--include-under-construction")
        }
        return options.isEmpty ? "'corridor network show \(name)' shows what the network links."
            : "Try " + options.joined(separator: ", ") + "."
    }

    /// The corridors named by `corridors` (ids; all when empty) compared for `request`, next to the best route.
    /// Rows that cannot serve the pair say why; the result may serve nothing (see ``ComparisonResult/servesNothing``).
    /// - Throws: ``NetworkError`` for an unknown corridor id.
    public func comparison(_ request: RouteRequest, corridors: [String] = []) throws -> ComparisonResult {
        let ids = try corridors.map { try corridor(matching: $0).id }
        let rows = try compare(request, corridors: ids.isEmpty ? nil : ids)
        return ComparisonResult(rows: rows, request: request, network: self)
    }

    /// The objective's value from each place named in `origins` to each named in `destinations`.
    /// - Precondition: both lists are non-empty.
    /// - Throws: ``NetworkError`` for a name that matches nothing or several places.
    public func matrix(from origins: [String], to destinations: [String], options: TripOptions) throws -> MatrixResult {
        let originIDs = try origins.map { try place(matching: $0).id }
        let destinationIDs = try destinations.map { try place(matching: $0).id }
        let template = try options.request(from: originIDs[0], to: destinationIDs[0], in: self)
        let matrix = try matrix(from: originIDs, to: destinationIDs, template: template)
        return MatrixResult(matrix: matrix, template: template, network: self)
    }
}
