import CorridorModel

/// Alternative routes on a scenario, each compared with the best route for the same request on the network it is
/// compared with (`corridor route --alternatives K --scenario NAME`): the planner's question "what are my options
/// now, and how does each compare with what I would do today?".
public struct AlternativesDifference: Sendable {
    /// The routes on the scenario, best first; possibly none.
    public let result: AlternativesResult
    /// The best route on each side, and how they differ (see ``RouteDifference``).
    public let best: RouteDifference

    /// The best route on the compared network, `nil` when it has none.
    public var basePlan: RoutePlan? { best.basePlan }

    /// Up to `count` routes for `request` on `whatIf.network` that differ in their links, and the best on
    /// `whatIf.base`, both within `maxDetour` × the shortest distance when given.
    /// - Precondition: `whatIf.base` is not `nil`.
    /// - Throws: ``ServiceError/noRoute(_:hint:)`` when neither network joins the places; errors of the searches.
    /// - Complexity: the alternatives search on the scenario and one best-route search on each network.
    public init(_ request: RouteRequest, count: Int, whatIf: WhatIf, maxDetour: Double?) throws {
        best = try RouteDifference(request, whatIf: whatIf, maxDetour: maxDetour)
        let found = try whatIf.network.alternatives(request, count: count, maxDetour: maxDetour, pathLimit: Network.defaultPathLimit)
        result = AlternativesResult(alternatives: found, request: request, network: whatIf.network)
    }

    /// `plan − basePlan` for a route of ``result``; `nil` when the compared network has no route.
    public func difference(of plan: RoutePlan) -> PlanDifference? {
        basePlan.map { PlanDifference(from: $0, to: plan) }
    }

    /// ``AlternativesResult/json()`` with `scenario` and `against` (the two labels), `basePlan` (as
    /// ``RoutePlan/json(in:)`` writes it, `null` without a route) and, per route, `differenceFromBase`: the exact
    /// differences from that plan as `route --scenario` writes them (`null` without a base plan).
    public func json() -> JSONValue {
        guard case .object(var members) = result.json(), let index = members.firstIndex(where: { $0.0 == "routes" }),
              case .array(let routes) = members[index].1 else { return result.json() }
        members[index].1 = .array(zip(routes, result.plans).map { route, plan in
            guard case .object(var fields) = route else { return route }
            fields.insert(("differenceFromBase", difference(of: plan)?.json() ?? .null), at: fields.count - 1)
            return .object(fields)
        })
        members.insert(contentsOf: [("scenario", .string(best.label)), ("against", .string(best.baseLabel)),
                                    ("basePlan", basePlan?.json(in: best.baseNetwork) ?? .null)], at: index)
        return .object(members)
    }
}
