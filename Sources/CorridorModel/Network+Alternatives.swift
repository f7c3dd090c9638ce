import CorridorGraph

/// More than one answer: alternative routes, the trade-off frontier, and the detour limit.
extension Network {
    /// The default work limit of ``paretoFrontier(_:criteria:labelLimit:)``: labels made.
    public static let defaultLabelLimit = 500_000
    /// The default work limit of ``alternatives(_:count:maxDetour:pathLimit:)``: paths of the expanded graph examined.
    public static let defaultPathLimit = 5_000

    /// Up to `count` routes for `request` that differ in the links they use, best first by its objective; with
    /// `maxDetour`, only routes at most `maxDetour` × the shortest route's distance long.
    ///
    /// The k-shortest-paths enumeration (``KShortestPaths``) runs on the expanded graph in order of the objective;
    /// a path whose sequence of links an earlier one already had (it differs only in states or transfers), that
    /// passes a place twice, or that is too long, is skipped. The first path of each link sequence is its best, so
    /// the routes returned are the best `count` link sequences, unless the enumeration stops at `pathLimit`.
    /// - Throws: the errors of ``plan(_:)``.
    /// - Complexity: one compilation, one distance search when `maxDetour` is given, then one backward Dijkstra and
    ///   up to `pathLimit` × (path length) restricted searches on the expanded graph.
    public func alternatives(_ request: RouteRequest, count: Int, maxDetour: Double? = nil,
                             pathLimit: Int = Network.defaultPathLimit) throws -> RouteAlternatives {
        precondition(count >= 1, "Ask for one route or more, not \(count).")
        try check(request)
        var shortest: Metres?
        if maxDetour != nil {
            var byDistance = request
            byDistance.objective = .distance
            shortest = try plan(byDistance)?.totals.distance
        }
        let graph = try RouteGraph(network: self, request: request)
        var result = RouteAlternatives(plans: [], shortestDistance: shortest, maxDetour: maxDetour, pathsExamined: 0,
                                       stoppedAtLimit: false)
        guard let s = graph.startNode(of: request.from), let t = graph.endNode(of: request.to),
              request.from != request.to || !request.via.isEmpty else { return result }
        var paths = KShortestPaths(graph.graph)
        paths.start(from: s, to: t)
        var seen: Set<[Int]> = []
        while result.plans.count < count {
            guard result.pathsExamined < pathLimit else { result.stoppedAtLimit = true; break }
            guard let path = paths.next() else { break }
            result.pathsExamined += 1
            guard seen.insert(graph.linkSequence(of: path)).inserted else { continue }
            let plan = graph.plan(for: path, request: request)
            if request.via.isEmpty && Set(plan.places).count < plan.places.count { continue }
            if let maxDetour, let shortest, Double(plan.totals.distance) > maxDetour * Double(shortest) { continue }
            result.plans.append(plan)
        }
        return result
    }

    /// The best plan for `request` no longer than `maxDetour` × the shortest route's distance, or `nil` if none is.
    /// - Throws: the errors of ``plan(_:)``, and ``NetworkError/workLimit(what:limit:unit:hint:)`` when the limit
    ///   of paths examined is reached before any route short enough is found.
    public func plan(_ request: RouteRequest, maxDetour: Double, pathLimit: Int = Network.defaultPathLimit) throws -> RoutePlan? {
        let found = try alternatives(request, count: 1, maxDetour: maxDetour, pathLimit: pathLimit)
        if found.plans.isEmpty && found.stoppedAtLimit {
            throw NetworkError.workLimit(
                what: "a route from '\(request.from)' to '\(request.to)' within \(maxDetour) × the shortest distance",
                limit: pathLimit, unit: "paths", hint: "Allow a longer detour (--max-detour), or drop it.")
        }
        return found.plans.first
    }

    /// The frontier of routes for `request` that no other beats on every one of `criteria` (typical cost, time and
    /// CO2e), each with its corridor and the price of the time it saves; no routes when the places are not connected.
    /// The request's objective does not matter, except for each plan's objective value.
    /// - Throws: the errors of ``plan(_:)``, and ``NetworkError/workLimit(what:limit:unit:hint:)`` when the search
    ///   would make more than `labelLimit` labels.
    /// - Complexity: one compilation, then the label-setting search of ``RouteGraph`` (see `paretoPaths`).
    public func paretoFrontier(_ request: RouteRequest, criteria: Set<ParetoFrontier.Criterion> = Set(ParetoFrontier.Criterion.allCases),
                               labelLimit: Int = Network.defaultLabelLimit) throws -> ParetoFrontier {
        try check(request)
        let graph = try RouteGraph(network: self, request: request)
        let found = try graph.paretoPaths(from: request.from, to: request.to, criteria: criteria, labelLimit: labelLimit)
        let routes = found.paths.map { path in
            let plan = graph.plan(for: path, request: request)
            return ParetoFrontier.Route(plan: plan, corridor: corridor(followedBy: plan), pricePerDaySaved: nil)
        }
        return ParetoFrontier(criteria: Array(criteria), routes: routes, labelsCreated: found.labelsCreated,
                              labelsSettled: found.labelsSettled)
    }

    /// The named corridor whose places `plan` passes in order (either way), the longest such when several are;
    /// `nil` when it follows none.
    public func corridor(followedBy plan: RoutePlan) -> Corridor.ID? {
        func passesInOrder(_ places: [Place.ID]) -> Bool {
            var i = 0
            for p in plan.places where i < places.count && p == places[i] { i += 1 }
            return i == places.count
        }
        var best: Corridor?
        for c in corridors where !c.places.isEmpty && (passesInOrder(c.places) || passesInOrder(c.places.reversed())) {
            if best.map({ c.places.count > $0.places.count }) ?? true { best = c }
        }
        return best?.id
    }
}
