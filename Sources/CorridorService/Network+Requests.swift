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

    /// The error for a request without a route: the restriction in the way (``explainNoRoute(_:)``) and a hint.
    public func noRouteError(for request: RouteRequest) -> ServiceError {
        .noRoute(explainNoRoute(request).description, hint: noRouteHint(for: request))
    }

    /// What to try when a request has no route: the restrictions the user could relax, by option name.
    public func noRouteHint(for request: RouteRequest) -> String {
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
        return MatrixResult(matrix: matrix, objective: template.objective, network: self)
    }
}
