import CorridorModel

/// The trade-off frontiers of one request on a scenario and on the network it is compared with, route by route
/// (`corridor route --pareto --scenario NAME`): which routes the scenario keeps on the frontier (the same links on
/// both), which it adds, and which drop off.
public struct FrontierDifference: Sendable {
    /// Where a route of either frontier stands.
    public enum Status: String, Sendable {
        /// On both frontiers, with the same links (its figures may differ).
        case kept
        /// Only on the scenario's frontier.
        case new
        /// Only on the compared network's frontier.
        case gone
    }

    /// The scenario's frontier and the compared network's; `nil` for a side where no route joins the places.
    public let result: FrontierResult?
    public let base: FrontierResult?
    public let label: String
    public let baseLabel: String
    public let request: RouteRequest
    /// The scenario's network and the compared one.
    public let network: Network
    public let baseNetwork: Network

    /// The frontiers of `request` on `criteria` on both networks of `whatIf`.
    /// - Precondition: `whatIf.base` is not `nil`.
    /// - Throws: ``ServiceError/noRoute(_:hint:)`` when neither network joins the places; errors of the searches.
    /// - Complexity: one frontier search per network.
    public init(_ request: RouteRequest, criteria: Set<ParetoFrontier.Criterion>, whatIf: WhatIf) throws {
        let baseSide = whatIf.base!
        func frontier(on network: Network) throws -> FrontierResult? {
            let frontier = try network.paretoFrontier(request, criteria: criteria)
            return frontier.routes.isEmpty ? nil : FrontierResult(frontier: frontier, request: request, network: network)
        }
        result = try frontier(on: whatIf.network)
        base = try frontier(on: baseSide.network)
        label = whatIf.label
        baseLabel = baseSide.label
        self.request = request
        network = whatIf.network
        baseNetwork = baseSide.network
        if result == nil && base == nil { throw whatIf.network.noRouteError(for: request) }
    }

    /// The route of the other frontier that takes the same links as `route` of the scenario's frontier (`onBase`
    /// false) or of the compared network's (`onBase` true), if any.
    /// - Complexity: O(routes × links) of the other frontier.
    public func counterpart(of route: ParetoFrontier.Route, onBase: Bool) -> ParetoFrontier.Route? {
        let links = route.plan.linkSequence
        return (onBase ? result : base)?.frontier.routes.first { $0.plan.linkSequence == links }
    }

    /// Where `route` stands: kept, new (on the scenario's frontier only) or gone (on the compared network's only).
    public func status(of route: ParetoFrontier.Route, onBase: Bool) -> Status {
        counterpart(of: route, onBase: onBase) != nil ? .kept : onBase ? .gone : .new
    }

    /// The routes of the compared network's frontier that the scenario's lacks, in the base's order with their rank.
    public var gone: [(rank: Int, route: ParetoFrontier.Route)] {
        (base?.frontier.routes ?? []).enumerated().filter { status(of: $0.element, onBase: true) == .gone }
            .map { (rank: $0.offset + 1, route: $0.element) }
    }

    /// `plan − counterpart` for a kept route of the scenario's frontier; `nil` for a new one.
    public func difference(of route: ParetoFrontier.Route) -> PlanDifference? {
        counterpart(of: route, onBase: false).map { PlanDifference(from: $0.plan, to: route.plan) }
    }

    /// `{scenario, against, frontier, baseFrontier}`: both frontiers as ``FrontierResult/json()`` writes them
    /// (`null` for a side without a route), each route with its `status`, the scenario's with `differenceFromBase`
    /// (the exact differences from the same route on the compared network, `null` unless kept).
    public func json() -> JSONValue {
        func annotated(_ side: FrontierResult?, onBase: Bool) -> JSONValue {
            guard let side, case .object(var members) = side.json(),
                  let index = members.firstIndex(where: { $0.0 == "routes" }), case .array(let routes) = members[index].1
            else { return .null }
            members[index].1 = .array(zip(routes, side.frontier.routes).map { json, route in
                guard case .object(var fields) = json else { return json }
                var added: [(String, JSONValue)] = [("status", .string(status(of: route, onBase: onBase).rawValue))]
                if !onBase { added.append(("differenceFromBase", difference(of: route)?.json() ?? .null)) }
                fields.insert(contentsOf: added, at: fields.count - 1)
                return .object(fields)
            })
            return .object(members)
        }
        return .object([("scenario", .string(label)), ("against", .string(baseLabel)),
                        ("frontier", annotated(result, onBase: false)), ("baseFrontier", annotated(base, onBase: true))])
    }
}
