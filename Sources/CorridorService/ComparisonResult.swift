import CorridorModel

/// The answer of `compare`: how each corridor serves a request, sorted by the objective — the corridors that serve
/// the pair (and the best route over any corridor) first, best first, then those that cannot, with the reason.
public struct ComparisonResult: Sendable {
    /// The rows in the order they are shown.
    public let rows: [CorridorComparison]
    public let request: RouteRequest
    public let network: Network

    /// Sorts `rows`: serving rows by objective value (ties keep the network's order), then the others in the
    /// network's order.
    public init(rows: [CorridorComparison], request: RouteRequest, network: Network) {
        let serving = rows.enumerated().filter { $0.element.plan != nil }
            .sorted { ($0.element.plan!.objectiveValue, $0.offset) < ($1.element.plan!.objectiveValue, $1.offset) }
            .map(\.element)
        self.rows = serving + rows.filter { $0.plan == nil }
        self.request = request
        self.network = network
    }

    /// Whether no corridor, nor the best route overall, joins the places.
    public var servesNothing: Bool { rows.allSatisfy { $0.plan == nil } }

    /// `{from, to, objective, cargo, corridors: [...]}`, typical figures in exact integer units; a serving row
    /// lists the places its route passes, so a map can draw it.
    public func json() -> JSONValue {
        .object([
            ("from", .string(request.from.code)), ("to", .string(request.to.code)),
            ("objective", .string(request.objective.rawValue)), ("cargo", .string(request.cargo.description)),
        ] + request.pricesJSON(in: network) + [
            ("corridors", .array(rows.map { row in
                var members: [(String, JSONValue)] = [
                    ("corridor", row.corridor.map { .string($0.code) } ?? .null), ("name", .string(row.name)),
                ]
                if let plan = row.plan {
                    members += [
                        ("objectiveValue", .integer(plan.objectiveValue)),
                        ("distanceMetres", .integer(plan.totals.distance)),
                        ("timeMinutes", .integer(plan.totals.time.typical)),
                        ("costPerUnitCents", .integer(row.costPerUnit ?? 0)),
                        ("co2Grams", .integer(plan.totals.co2.typical)),
                        ("borderCrossings", .integer(plan.totals.borderCrossings)),
                        ("gaugeChanges", .integer(plan.totals.gaugeChanges)),
                        ("modes", .array(plan.totals.modes.map { .string($0.rawValue) })),
                        ("places", .array(plan.places.map { .string($0.code) })),
                    ]
                    if let detour = row.detour { members.append(("detour", .number(Readable.decimal(detour, places: 3)))) }
                } else {
                    members.append(("reason", .string(row.reason ?? "no route")))
                }
                return .object(members)
            })),
        ])
    }
}
