import CorridorModel

/// The answer of `matrix`: the objective's value from each origin to each destination.
public struct MatrixResult: Sendable {
    public let matrix: RouteMatrix
    public let objective: RouteRequest.Objective
    public let network: Network
    /// The request every cell was planned with (its `from` and `to` aside).
    public let template: RouteRequest

    public init(matrix: RouteMatrix, template: RouteRequest, network: Network) {
        self.matrix = matrix
        self.objective = template.objective
        self.network = network
        self.template = template
    }

    /// Row `i`: the value to each destination in the unit of the objective's column, `nil` where no route.
    public func values(row i: Int) -> [String?] {
        matrix.plans[i].map { plan in plan.map { objective.text($0.objectiveValue) } }
    }

    /// `{objective, unit, valueOfTimeCentsPerFeuDay, carbonPriceCentsPerTonne, origins, destinations, values}`; an
    /// unreachable pair is `null`.
    public func json() -> JSONValue {
        .object([
            ("objective", .string(objective.rawValue)), ("unit", .string(objective.column)),
        ] + template.pricesJSON(in: network) + [
            ("origins", .array(matrix.origins.map { .string($0.code) })),
            ("destinations", .array(matrix.destinations.map { .string($0.code) })),
            ("values", .array(matrix.plans.indices.map { i in
                .array(values(row: i).map { $0.map(JSONValue.number) ?? .null })
            })),
        ])
    }
}
