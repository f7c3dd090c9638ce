import CorridorGraph
import Foundation

/// Planning routes on a network.
extension Network {
    /// The best plan for `request` by its objective, or `nil` when no route satisfies it (ask
    /// ``explainNoRoute(_:)`` why).
    /// - Throws: ``NetworkError`` for an unknown place, an unreadable cost profile or an inconsistent request (no
    ///   usable mode, origin equal to destination, cargo not fitting the commodity).
    /// - Complexity: compiling the expanded graph, O(*L* · (*p* + *l* + *t*)) for *L* = via places + 1, then one
    ///   Dijkstra search, O((*n* + *m*) log *n*).
    public func plan(_ request: RouteRequest) throws -> RoutePlan? {
        try check(request)
        var graph = try RouteGraph(network: self, request: request)
        guard let path = graph.shortestPath(from: request.from, to: request.to) else { return nil }
        return graph.plan(for: path, request: request)
    }

    /// Throws unless the request names known places and can be searched at all.
    func check(_ request: RouteRequest) throws {
        for id in [request.from, request.to] + request.via where place(id) == nil {
            throw NetworkError.unknownPlaceName(id.code, closest: closestPlaces(to: id.code))
        }
        if request.from == request.to && request.via.isEmpty {
            throw NetworkError.invalidRequest("'\(request.from)' is both origin and destination")
        }
        if request.usableModes.isEmpty {
            let allowed = request.modes.map(\.rawValue).sorted().joined(separator: ", ")
            throw NetworkError.invalidRequest(request.commodity == .gas
                ? "gas travels only by pipeline, and the modes allowed are \(allowed.isEmpty ? "none" : allowed)"
                : "containers travel by rail, road or ferry (never by pipeline), and the modes allowed are \(allowed.isEmpty ? "none" : allowed)")
        }
    }

    /// Why ``plan(_:)`` finds no route for `request`: which restriction (avoided countries, places or crossings;
    /// link status; modes; commodity) stands in the way, found by relaxing them one at a time.
    /// - Complexity: up to four plans.
    public func explainNoRoute(_ request: RouteRequest) -> NoRoute {
        func reason(_ text: String) -> NoRoute { NoRoute(from: request.from, to: request.to, reason: text) }
        do { try check(request) } catch { return reason("\(error)") }
        let endpoints = [request.from] + request.via + [request.to]
        for id in endpoints {
            let p = place(id)!
            if request.avoidedPlaces.contains(id) { return reason("'\(id)' is itself an avoided place") }
            if request.avoidedCountries.contains(p.country) { return reason("'\(id)' lies in \(p.country), an avoided country") }
            let modes = linkModes(at: id)
            if modes.isDisjoint(with: request.usableModes) {
                let what = request.commodity == .gas ? "gas (pipelines only)" : "containers (rail, road, ferry)"
                let has = modes.isEmpty ? "no link" : "only \(modes.map(\.rawValue).sorted().joined(separator: ", ")) links"
                var text = "'\(id)' has \(has), so it cannot be served for \(what) with the modes allowed"
                let nearby = placesNearby(id, servedBy: request)
                if !nearby.isEmpty {
                    text += "; try " + nearby.map { "'\($0.id)' (\($0.name), \(Int(kilometres(id, $0.id).rounded())) km away)" }
                        .joined(separator: " or ") + " instead"
                }
                return reason(text)
            }
        }
        var relaxed = request
        relaxed.avoidedCountries = []
        relaxed.avoidedPlaces = []
        relaxed.avoidedCrossings = []
        if !request.avoidedCountries.isEmpty || !request.avoidedPlaces.isEmpty || !request.avoidedCrossings.isEmpty,
           let plan = try? self.plan(relaxed) {
            var used: [String] = []
            let countries = Set(plan.places.compactMap { place($0)?.country })
            used += request.avoidedCountries.intersection(countries).sorted().map { "country \($0)" }
            used += request.avoidedPlaces.filter(plan.passes).sorted().map { "place '\($0)'" }
            used += plan.crossings.map(\.crossing).filter(request.avoidedCrossings.contains).map { "crossing '\($0)'" }
            return reason("every route avoiding \(describeAvoided(request)) is cut off; without that restriction the best route passes \(used.isEmpty ? "them" : used.joined(separator: ", "))")
        }
        var allStatuses = request
        allStatuses.statuses = Link.Status.usable
        if request.statuses != allStatuses.statuses, let plan = try? self.plan(allStatuses) {
            let needed = plan.legs.flatMap(\.links).filter { id in
                links.first { $0.id == id }.map { !request.statuses.contains($0.status) } ?? false
            }
            var unique: [Link.ID] = []
            for id in needed where !unique.contains(id) { unique.append(id) }
            return reason("a route exists only over links not yet in operation: \(unique.map { "'\($0)'" }.joined(separator: ", ")); allow links under construction or planned to use it")
        }
        var closedToo = request
        closedToo.statuses = Set(Link.Status.allCases)
        if links.contains(where: { $0.status == .closed }), let plan = try? self.plan(closedToo) {
            var closed: [Link.ID] = []
            for id in plan.legs.flatMap(\.links) where !closed.contains(id) && links.first(where: { $0.id == id })?.status == .closed {
                closed.append(id)
            }
            return reason("every route is cut by closed links; the best one would use \(closed.map { "'\($0)'" }.joined(separator: ", "))")
        }
        var allModes = request
        allModes.modes = Set(Link.Mode.allCases)
        if request.modes != allModes.modes, let plan = try? self.plan(allModes) {
            let extra = Set(plan.legs.map(\.mode)).subtracting(request.modes).map(\.rawValue).sorted()
            return reason("a route needs \(extra.joined(separator: " and ")), which the request does not allow")
        }
        let what = request.commodity == .gas ? "gas pipelines" : "the rail, road and ferry links"
        return reason("\(endpoints.map { "'\($0)'" }.joined(separator: " and ")) are not connected by \(what) of the network")
    }

    /// The modes of the links that meet at place `id`. O(*l*) for *l* links.
    func linkModes(at id: Place.ID) -> Set<Link.Mode> {
        Set(links.filter { $0.from == id || $0.to == id }.map(\.mode))
    }

    /// The first of the request's places (origin, via places, destination) that no link of a usable mode meets
    /// but a place nearby does, with those places (see ``explainNoRoute(_:)``): 'khorgos' for gas, and
    /// 'khorgos-gas' beside it. `nil` when there is none.
    /// - Complexity: O(*k* · (*p* + *l*)) for *k* places in the request.
    public func servedPlacesNearby(for request: RouteRequest) -> (place: Place.ID, nearby: [Place])? {
        for id in [request.from] + request.via + [request.to] where place(id) != nil {
            guard linkModes(at: id).isDisjoint(with: request.usableModes) else { continue }
            let nearby = placesNearby(id, servedBy: request)
            return nearby.isEmpty ? nil : (id, nearby)
        }
        return nil
    }

    /// Up to three places within ``nearbyKilometres`` of `id`, nearest first, that have a link of a mode `request`
    /// may use and that it does not avoid: the gas metering station beside a border railway station, or the converse.
    /// - Complexity: O(*p* + *l*) for *p* places and *l* links.
    public func placesNearby(_ id: Place.ID, servedBy request: RouteRequest) -> [Place] {
        var served = Set<Place.ID>()
        for link in links where request.usableModes.contains(link.mode) { served.formUnion([link.from, link.to]) }
        return places
            .filter { $0.id != id && served.contains($0.id) && !request.avoidedPlaces.contains($0.id)
                && !request.avoidedCountries.contains($0.country) && kilometres(id, $0.id) <= Self.nearbyKilometres }
            .sorted { kilometres(id, $0.id) < kilometres(id, $1.id) }
            .prefix(3).map { $0 }
    }

    /// How far a place may lie from another to be offered in its stead when the other cannot be served.
    static let nearbyKilometres = 50.0

    func describeAvoided(_ request: RouteRequest) -> String {
        var parts: [String] = []
        parts += request.avoidedCountries.sorted()
        parts += request.avoidedPlaces.sorted().map { "'\($0)'" }
        parts += request.avoidedCrossings.sorted().map { "'\($0)'" }
        return parts.joined(separator: ", ")
    }

    /// The best plan for `request` that passes the corridor's places in order, after the request's own via places.
    ///
    /// A corridor is written in one direction and runs either way: it is taken backwards when the origin comes
    /// after the destination in its list, or, when they are not both in it, when the origin lies nearer its last
    /// place and the destination nearer its first (great-circle distances). Corridor places up to the origin and
    /// from the destination on are dropped. Returns `nil` when the corridor cannot serve the pair.
    /// - Throws: ``NetworkError/unknownCorridor(_:closest:)`` and the errors of ``plan(_:)``.
    public func plan(_ request: RouteRequest, within corridor: Corridor.ID) throws -> RoutePlan? {
        guard let c = self.corridor(corridor) else { throw try unknownCorridorError(corridor.code) }
        var constrained = request
        constrained.via = request.via + waypoints(of: c, from: request.from, to: request.to)
        if constrained.via.isEmpty && constrained.from == constrained.to { return nil }
        return try plan(constrained)
    }

    /// The corridor's places a route from `a` to `b` must pass, in travel order (see ``plan(_:within:)``).
    public func waypoints(of corridor: Corridor, from a: Place.ID, to b: Place.ID) -> [Place.ID] {
        guard let first = corridor.places.first, let last = corridor.places.last else { return [] }
        let backwards: Bool
        if let i = corridor.places.firstIndex(of: a), let j = corridor.places.firstIndex(of: b) {
            backwards = i > j
        } else {
            backwards = kilometres(a, last) < kilometres(a, first) && kilometres(b, first) < kilometres(b, last)
        }
        var places = backwards ? corridor.places.reversed() : corridor.places
        if let i = places.firstIndex(of: a) { places.removeSubrange(...i) }
        if let j = places.firstIndex(of: b) { places.removeSubrange(j...) }
        return places
    }

    /// The great-circle distance between two places in kilometres (haversine, mean Earth radius 6371 km).
    func kilometres(_ a: Place.ID, _ b: Place.ID) -> Double {
        guard let p = place(a), let q = place(b) else { return 0 }
        let radians = Double.pi / 180
        let dLat = (q.latitude - p.latitude) * radians, dLon = (q.longitude - p.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(p.latitude * radians) * cos(q.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }

    func unknownCorridorError(_ text: String) throws -> NetworkError {
        do { _ = try corridor(matching: text) } catch let error as NetworkError { return error }
        return .unknownCorridor(text, closest: [])
    }

    /// Compares corridors on one request: a row per corridor (all of the network's when `corridors` is `nil`),
    /// each with its best plan or the reason it cannot serve the pair, then a last row for the unconstrained best.
    /// A corridor serves the pair only if the route follows more than half of its defining places: Kashgar →
    /// Tashkent, which would touch only Khorgos and Altynkol of the Middle Corridor via Turkmenbashi, is not named
    /// after it. Each row's `detour` says how much longer it is than the best route.
    /// - Throws: the errors of ``plan(_:within:)``.
    public func compare(_ request: RouteRequest, corridors ids: [Corridor.ID]? = nil) throws -> [CorridorComparison] {
        try check(request)
        var rows: [CorridorComparison] = []
        for id in ids ?? corridors.map(\.id) {
            guard let corridor = corridor(id) else { throw try unknownCorridorError(id.code) }
            let followed = placesFollowed(of: corridor, from: request.from, to: request.to)
            if 2 * followed <= corridor.places.count {
                rows.append(CorridorComparison(corridor: id, name: corridor.name, plan: nil, reason:
                    "a route from '\(request.from)' to '\(request.to)' would pass only \(followed) of the corridor's \(corridor.places.count) places, so it does not take this corridor",
                    request: request))
            } else if let plan = try plan(request, within: id) {
                rows.append(CorridorComparison(corridor: id, name: corridor.name, plan: plan, reason: nil, request: request))
            } else {
                rows.append(CorridorComparison(corridor: id, name: corridor.name, plan: nil,
                                               reason: reasonCorridorFails(request, corridor: corridor), request: request))
            }
        }
        let best = try plan(request)
        rows.append(CorridorComparison(corridor: nil, name: "best route, any corridor", plan: best,
                                       reason: best == nil ? explainNoRoute(request).reason : nil, request: request))
        if let shortest = best?.totals.distance, shortest > 0 {
            for i in rows.indices { rows[i].detour = rows[i].distance.map { Double($0) / Double(shortest) } }
        }
        return rows
    }

    /// How many of the corridor's places a route from `a` to `b` within it passes: the waypoints it is held to, and
    /// `a` and `b` themselves where they lie on the corridor. A route is named after a corridor only when this is
    /// more than half of the corridor's places (see ``compare(_:corridors:)``).
    func placesFollowed(of corridor: Corridor, from a: Place.ID, to b: Place.ID) -> Int {
        waypoints(of: corridor, from: a, to: b).count + [a, b].filter(corridor.places.contains).count
    }

    func reasonCorridorFails(_ request: RouteRequest, corridor: Corridor) -> String {
        var relaxed = request
        relaxed.statuses = Link.Status.usable
        if relaxed.statuses != request.statuses, (try? plan(relaxed, within: corridor.id)) != nil {
            return "the corridor needs links under construction or planned"
        }
        relaxed.statuses = Set(Link.Status.allCases)
        if links.contains(where: { $0.status == .closed }), (try? plan(relaxed, within: corridor.id)) != nil {
            return "the corridor is cut by closed links"
        }
        let avoided = corridor.places.filter { id in
            request.avoidedPlaces.contains(id) || place(id).map { request.avoidedCountries.contains($0.country) } ?? false
        }
        if !avoided.isEmpty { return "the corridor passes avoided places: \(avoided.map { "'\($0)'" }.joined(separator: ", "))" }
        return "no route from '\(request.from)' to '\(request.to)' passes \(corridor.places.map { "'\($0)'" }.joined(separator: ", ")) in order"
    }

    /// The best plans between every origin and every destination for one request template (its `from` and `to`
    /// are ignored). Each origin costs one one-to-many search (stopping once all destinations are settled) over one compiled graph.
    /// - Throws: errors of ``plan(_:)`` for the template or unknown places.
    /// - Complexity: one compilation, then |`origins`| Dijkstra searches and one path walk per cell.
    public func matrix(from origins: [Place.ID], to destinations: [Place.ID], template: RouteRequest) throws -> RouteMatrix {
        for id in origins + destinations where place(id) == nil {
            throw NetworkError.unknownPlaceName(id.code, closest: closestPlaces(to: id.code))
        }
        var probe = template
        if let a = origins.first, let b = destinations.first(where: { $0 != a }) ?? destinations.first { probe.from = a; probe.to = b }
        if probe.from != probe.to || !probe.via.isEmpty { try check(probe) }
        var graph = try RouteGraph(network: self, request: template)
        var cells: [[RoutePlan?]] = []
        for origin in origins {
            _ = graph.search(from: origin, to: destinations)
            cells.append(destinations.map { destination in
                guard destination != origin || !template.via.isEmpty, let path = graph.path(to: destination) else { return nil }
                var request = template
                request.from = origin
                request.to = destination
                return graph.plan(for: path, request: request)
            })
        }
        return RouteMatrix(origins: origins, destinations: destinations, plans: cells)
    }
}
