import CorridorModel

extension RoutePlan {
    /// One step of the journey in the order travelled: a leg, a border crossing or a transfer.
    public enum Step: Sendable {
        case leg(Leg)
        case crossing(Crossing)
        case transfer(TransferStop)

        public var position: Int {
            switch self {
            case .leg(let leg): leg.position
            case .crossing(let crossing): crossing.position
            case .transfer(let transfer): transfer.position
            }
        }
    }

    /// Legs, crossings and transfers merged by position. O(*k* log *k*) for *k* steps.
    public var steps: [Step] {
        (legs.map(Step.leg) + crossings.map(Step.crossing) + transfers.map(Step.transfer))
            .sorted { $0.position < $1.position }
    }
}

extension RouteRequest.Objective {
    /// The column name of the objective's value in CSV and TSV output, unit included: `cost_usd`.
    public var column: String {
        switch self {
        case .distance: "distance_km"
        case .time: "time_h"
        case .cost: "cost_usd"
        case .co2: "co2_kg"
        case .generalized: "generalized_usd"
        }
    }

    /// A value of this objective (metres, minutes, cents, grams) in the unit of ``column``.
    public func text(_ value: Int64) -> String {
        switch self {
        case .distance: Readable.decimal(Double(value) / 1000, places: 3)
        case .time: Readable.decimal(Double(value) / 60, places: 2)
        case .cost, .generalized: Readable.decimal(Double(value) / 100, places: 2)
        case .co2: Readable.decimal(Double(value) / 1000, places: 3)
        }
    }
}
