import CorridorModel

/// What `route` answers on a corridor network, chosen in one place for the tool and the server: the best route, up to
/// K alternatives, or the trade-off frontier, each on its own or, when a scenario is run or another network named
/// (``WhatIf/base``), compared with the answer there.
public enum RouteAnswer: Sendable {
    case plan(RoutePlan, network: Network)
    case difference(RouteDifference)
    case alternatives(AlternativesResult)
    case alternativesDifference(AlternativesDifference)
    case frontier(FrontierResult)
    case frontierDifference(FrontierDifference)

    /// How many answers are asked for (`alternatives`, `pareto`, `pareto-objectives`): the best route by default.
    public struct Choice: Hashable, Sendable {
        /// Up to this many routes that differ in their links, 1 to 100.
        public var alternatives: Int?
        /// Every route no other beats on all of ``criteria`` at once.
        public var pareto = false
        /// The criteria of the frontier, two or three different ones; all three when `nil`.
        public var paretoObjectives: [ParetoFrontier.Criterion]?

        public init() {}

        /// Whether more than the one best route is asked for.
        public var asksForSeveral: Bool { pareto || alternatives != nil }

        /// The criteria of the frontier.
        public var criteria: Set<ParetoFrontier.Criterion> { Set(paretoObjectives ?? ParetoFrontier.Criterion.allCases) }

        /// Checks the values: a count from 1 to 100, not both kinds at once, criteria only with the frontier.
        /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` naming the option and quoting the value.
        public func validate() throws(ServiceError) {
            if let alternatives, !(1 ... 100).contains(alternatives) {
                throw .invalidRequest("--alternatives takes a number of routes from 1 to 100, not \(alternatives).")
            }
            if pareto && alternatives != nil { throw .invalidRequest("Choose --pareto or --alternatives, not both.") }
            if !pareto && paretoObjectives != nil { throw .invalidRequest("--pareto-objectives goes with --pareto.") }
        }

        /// The criteria named in `names` (`cost`, `time`, `co2`, in any case); `text` is what the user wrote.
        /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for an unknown name, or fewer than two different criteria.
        public static func criteria(_ names: [String], text: String) throws(ServiceError) -> [ParetoFrontier.Criterion] {
            var criteria: [ParetoFrontier.Criterion] = []
            for name in names {
                guard let criterion = ParetoFrontier.Criterion(rawValue: name.lowercased()) else {
                    throw .invalidRequest("'\(name)' is not a criterion of --pareto-objectives; choose from cost, time, co2.")
                }
                criteria.append(criterion)
            }
            guard Set(criteria).count >= 2 else {
                throw .invalidRequest("--pareto-objectives needs two or three different criteria (cost,time,co2), not '\(text)'.")
            }
            return criteria
        }
    }

    /// Answers `request` on `whatIf.network` as `choice` asks, within `maxDetour` × the shortest distance when given,
    /// compared with `whatIf.base` when there is one.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for a detour limit with the frontier, which keeps every route
    ///   no other beats and does not search by distance; ``ServiceError/noRoute(_:hint:)`` when no route joins the
    ///   places (on either side, when compared); errors of the searches, such as their work limits.
    /// - Complexity: one search of the chosen kind per network.
    public init(_ request: RouteRequest, _ choice: Choice, maxDetour: Double?, on whatIf: WhatIf) throws {
        let network = whatIf.network, compared = whatIf.base != nil
        if choice.pareto && maxDetour != nil {
            throw ServiceError.invalidRequest("--max-detour does not apply to --pareto: the frontier keeps every route "
                                              + "that no other beats on its criteria, however long.",
                                              hint: "Leave out --max-detour, or use --alternatives with it.")
        }
        if choice.pareto {
            self = compared ? .frontierDifference(try FrontierDifference(request, criteria: choice.criteria, whatIf: whatIf))
                : .frontier(try network.frontier(request, criteria: choice.criteria))
        } else if let count = choice.alternatives {
            self = compared
                ? .alternativesDifference(try AlternativesDifference(request, count: count, whatIf: whatIf, maxDetour: maxDetour))
                : .alternatives(try network.alternatives(request, count: count, maxDetour: maxDetour))
        } else {
            self = compared ? .difference(try RouteDifference(request, whatIf: whatIf, maxDetour: maxDetour))
                : .plan(try network.route(request, maxDetour: maxDetour), network: network)
        }
    }

    /// The answer's one JSON encoding, as `corridor route --format json` prints it.
    public func json() -> JSONValue {
        switch self {
        case .plan(let plan, let network): plan.json(in: network)
        case .difference(let difference): difference.json()
        case .alternatives(let result): result.json()
        case .alternativesDifference(let difference): difference.json()
        case .frontier(let result): result.json()
        case .frontierDifference(let difference): difference.json()
        }
    }
}
