import CorridorModel
import CorridorStore

/// What a request runs on when a scenario is named (`--scenario`), and what its answers are compared with
/// (`--against`, by default the network the scenario changes).
public struct WhatIf: Sendable {
    /// The network requests run on: the scenario applied, or a stored network as it is.
    public let network: Network
    /// How output names it: `scenario 'cku-railway-open'` or `network 'central-asia'`.
    public let label: String
    /// The network the answers are compared with, and its label; `nil` when nothing is compared.
    public let base: (network: Network, label: String)?
}

extension WhatIf {
    /// Requests on `network` as it is, compared with nothing.
    public init(network: Network) {
        self.init(network: network, label: "network '\(network.name)'", base: nil)
    }
}

extension CorridorDatabase {
    /// Resolves the three choices of a request: `network` (a stored network; the default one when `nil`),
    /// `scenario` (a stored scenario, applied to its own network) and `against` (a stored network or scenario to
    /// compare with; the scenario's network by default).
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` when `network` is not the network the scenario changes;
    ///   ``StoreError`` for unknown names; ``NetworkError`` when a scenario no longer applies to its network.
    public func whatIf(network name: String?, scenario: String?, against: String?) throws -> WhatIf {
        guard let scenario else {
            let network = try network(orDefault: name)
            return WhatIf(network: network, label: "network '\(network.name)'",
                          base: try against.map { try networkOrScenario(named: $0) })
        }
        let summary = try self.scenario(named: scenario)
        if let name, name != summary.network {
            throw ServiceError.invalidRequest("Scenario '\(scenario)' changes network '\(summary.network)', not '\(name)'.",
                                              hint: "Leave out --network, or choose a scenario of '\(name)'.")
        }
        return WhatIf(network: try network(applying: scenario), label: "scenario '\(scenario)'",
                      base: try networkOrScenario(named: against ?? summary.network))
    }

    /// The stored network `name`, or else the stored scenario `name` applied to its network, with its label.
    func networkOrScenario(named name: String) throws -> (network: Network, label: String) {
        if try networks().contains(where: { $0.name == name }) {
            return (try network(named: name), "network '\(name)'")
        }
        if try scenarios().contains(where: { $0.name == name }) {
            return (try network(applying: name), "scenario '\(name)'")
        }
        return (try network(named: name), "")   // throws the store's "no network named …, did you mean"
    }
}

/// One trip planned on a scenario and on the network it is compared with, and how the two plans differ.
public struct RouteDifference: Sendable {
    public let request: RouteRequest
    public let plan: RoutePlan?
    public let basePlan: RoutePlan?
    public let label: String
    public let baseLabel: String
    public let network: Network
    public let baseNetwork: Network
    /// `plan − basePlan`; `nil` unless both exist.
    public var difference: PlanDifference? {
        guard let plan, let basePlan else { return nil }
        return PlanDifference(from: basePlan, to: plan)
    }

    /// Plans `request` on both networks of `whatIf`, within `maxDetour` × the shortest distance when given.
    /// - Precondition: `whatIf.base` is not `nil`.
    /// - Throws: ``ServiceError/noRoute(_:hint:)`` when neither network joins the places; errors of ``Network/plan(_:)``.
    public init(_ request: RouteRequest, whatIf: WhatIf, maxDetour: Double? = nil) throws {
        let base = whatIf.base!
        self.request = request
        network = whatIf.network
        baseNetwork = base.network
        label = whatIf.label
        baseLabel = base.label
        func best(on network: Network) throws -> RoutePlan? {
            try maxDetour.map { try network.plan(request, maxDetour: $0) } ?? network.plan(request)
        }
        plan = try best(on: network)
        basePlan = try best(on: base.network)
        if plan == nil && basePlan == nil { throw network.noRouteError(for: request) }
    }

    /// `{scenario, against, plan, basePlan, difference}`: both plans as ``RoutePlan/json(in:)`` writes them (`null`
    /// where there is no route) and the exact integer differences.
    public func json() -> JSONValue {
        .object([
            ("scenario", .string(label)), ("against", .string(baseLabel)),
            ("plan", plan?.json(in: network) ?? .null), ("basePlan", basePlan?.json(in: baseNetwork) ?? .null),
            ("difference", difference?.json() ?? .null),
        ])
    }
}

extension PlanDifference {
    /// The differences in exact integer units (metres, minutes, cents, grams) and the ids that changed.
    public func json() -> JSONValue {
        func estimate(_ e: Estimate) -> JSONValue {
            .object([("low", .integer(e.low)), ("typical", .integer(e.typical)), ("high", .integer(e.high))])
        }
        func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
        return .object([
            ("distanceMetres", .integer(distance)), ("timeMinutes", estimate(time)), ("costCents", estimate(cost)),
            ("co2Grams", estimate(co2)), ("borderCrossings", .integer(borderCrossings)), ("gaugeChanges", .integer(gaugeChanges)),
            ("linksAdded", strings(linksAdded.map(\.code))), ("linksDropped", strings(linksDropped.map(\.code))),
            ("crossingsAdded", strings(crossingsAdded.map(\.code))), ("crossingsDropped", strings(crossingsDropped.map(\.code))),
            ("countriesAdded", strings(countriesAdded)), ("countriesDropped", strings(countriesDropped)),
        ])
    }
}

extension MatrixResult {
    /// Cell by cell, this matrix's objective value minus `base`'s in exact integer units (metres, minutes, cents,
    /// grams); `nil` where either has no route.
    /// - Precondition: both matrices have the same origins and destinations.
    public func differences(from base: MatrixResult) -> [[Int64?]] {
        zip(matrix.plans, base.matrix.plans).map { row, baseRow in
            zip(row, baseRow).map { plan, basePlan in
                guard let plan, let basePlan else { return nil }
                return plan.objectiveValue - basePlan.objectiveValue
            }
        }
    }

    /// `{objective, unit, scenario, against, origins, destinations, differences, values, baseValues}`: the
    /// differences and both matrices in exact integer units; `null` where there is no route.
    public func differenceJSON(from base: MatrixResult, label: String, baseLabel: String) -> JSONValue {
        func cells(_ rows: [[Int64?]]) -> JSONValue { .array(rows.map { .array($0.map { $0.map { .integer($0) } ?? .null }) }) }
        func values(_ m: MatrixResult) -> [[Int64?]] { m.matrix.plans.map { $0.map { $0?.objectiveValue } } }
        return .object([
            ("objective", .string(objective.rawValue)), ("unit", .string(objective.integerUnit)),
        ] + template.pricesJSON(in: network) + [
            ("scenario", .string(label)), ("against", .string(baseLabel)),
            ("origins", .array(matrix.origins.map { .string($0.code) })),
            ("destinations", .array(matrix.destinations.map { .string($0.code) })),
            ("differences", cells(differences(from: base))), ("values", cells(values(self))), ("baseValues", cells(values(base))),
        ])
    }
}

extension RouteRequest.Objective {
    /// The exact integer unit of the objective's values: `metres`, `minutes`, `cents`, `grams`.
    public var integerUnit: String {
        switch self {
        case .distance: "metres"
        case .time: "minutes"
        case .cost, .generalized: "cents"
        case .co2: "grams"
        }
    }
}

extension ComparisonResult {
    /// How one row differs from the same corridor's row (or the best route's) in another comparison: exact
    /// integer differences of typical time (minutes), cost per unit (cents) and CO2e (grams).
    public struct Delta: Sendable, Hashable {
        public var time: Int64
        public var costPerUnit: Int64
        public var co2: Int64
    }

    /// For each of ``rows``, in order: the base's row for the same corridor, and the difference when both serve the pair.
    public func differences(from base: ComparisonResult) -> [(base: CorridorComparison?, delta: Delta?)] {
        rows.map { row in
            let other = base.rows.first { $0.corridor == row.corridor }
            guard let plan = row.plan, let otherPlan = other?.plan else { return (other, nil) }
            return (other, Delta(time: plan.totals.time.typical - otherPlan.totals.time.typical,
                                 costPerUnit: (row.costPerUnit ?? 0) - (other?.costPerUnit ?? 0),
                                 co2: plan.totals.co2.typical - otherPlan.totals.co2.typical))
        }
    }

    /// ``json()`` with the labels of both sides and, per corridor, `difference` (`{timeMinutes, costPerUnitCents,
    /// co2Grams}`, `null` unless both sides serve the pair) and `servedAgainst` (whether the base row serves it).
    public func json(against base: ComparisonResult, label: String, baseLabel: String) -> JSONValue {
        guard case .object(var members) = json(), let index = members.firstIndex(where: { $0.0 == "corridors" }),
              case .array(let rows) = members[index].1 else { return json() }
        let differences = differences(from: base)
        members[index].1 = .array(zip(rows, differences).map { row, difference in
            guard case .object(var fields) = row else { return row }
            fields.append(("servedAgainst", .bool(difference.base?.plan != nil)))
            fields.append(("difference", difference.delta.map { d in
                .object([("timeMinutes", .integer(d.time)), ("costPerUnitCents", .integer(d.costPerUnit)),
                         ("co2Grams", .integer(d.co2))])
            } ?? .null))
            return .object(fields)
        })
        members.insert(contentsOf: [("scenario", .string(label)), ("against", .string(baseLabel))], at: index)
        return .object(members)
    }
}
