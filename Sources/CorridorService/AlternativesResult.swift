import CorridorModel

/// Alternative routes for one request on one network, with their one JSON encoding (`corridor route --alternatives`).
///
/// Each route after the first is reported with its difference to the first (the best by the request's objective).
public struct AlternativesResult: Sendable {
    public let alternatives: RouteAlternatives
    public let request: RouteRequest
    public let network: Network

    public var plans: [RoutePlan] { alternatives.plans }

    /// The named corridor each route follows, if any.
    public func corridor(of plan: RoutePlan) -> Corridor? { network.corridor(followedBy: plan).flatMap(network.corridor) }

    /// `{network, from, to, objective, maxDetour, shortestDistanceMetres, pathsExamined, stoppedAtLimit, routes}`,
    /// each route `{rank, corridor, difference: {distanceMetres, timeMinutes, costCents, co2Grams}, plan}` with the
    /// plan as ``RoutePlan/json(in:)`` writes it.
    public func json() -> JSONValue {
        let best = plans.first?.totals
        let routes: [JSONValue] = plans.enumerated().map { rank, plan in
            let t = plan.totals
            return .object([
                ("rank", .integer(rank + 1)),
                ("corridor", corridor(of: plan).map { .string($0.id.code) } ?? .null),
                ("difference", .object([
                    ("distanceMetres", .integer(t.distance - (best?.distance ?? 0))),
                    ("timeMinutes", .integer(t.time.typical - (best?.time.typical ?? 0))),
                    ("costCents", .integer(t.cost.typical - (best?.cost.typical ?? 0))),
                    ("co2Grams", .integer(t.co2.typical - (best?.co2.typical ?? 0))),
                ])),
                ("plan", plan.json(in: network)),
            ])
        }
        return .object([
            ("network", .string(network.name)),
            ("from", .string(request.from.code)), ("to", .string(request.to.code)),
            ("objective", .string(request.objective.rawValue)),
            ("maxDetour", alternatives.maxDetour.map { .decimal($0) } ?? .null),
            ("shortestDistanceMetres", alternatives.shortestDistance.map(JSONValue.integer) ?? .null),
            ("pathsExamined", .integer(alternatives.pathsExamined)),
            ("stoppedAtLimit", .bool(alternatives.stoppedAtLimit)),
            ("routes", .array(routes)),
        ])
    }
}
