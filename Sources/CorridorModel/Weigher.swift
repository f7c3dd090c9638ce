import CorridorGraph

/// Turns an arc's measures into its weight for the request's objective.
struct Weigher {
    let objective: RouteRequest.Objective
    let valueOfTime: Int64     // cents per FEU-day
    let votPermille: Int64     // FEU-equivalents × 1000
    let carbonPrice: Int64     // cents per tonne

    init(request: RouteRequest, profile: CostProfile, load: CargoLoad) {
        objective = request.objective
        valueOfTime = profile.valueOfTimePerDay(for: request)
        votPermille = load.feuEquivalentPermille
        carbonPrice = request.carbonPrice
    }

    func callAsFunction(_ m: Measures) -> Weight {
        let value: Int64
        switch objective {
        case .distance: value = m.distance
        case .time: value = m.time.typical
        case .cost: value = m.cost.typical
        case .co2: value = m.co2.typical
        case .generalized: value = generalized(m)
        }
        return Weight(clamping: min(max(value, 0), Int64(Weight.infinity) - 1))
    }

    /// Cost + value of time × time + carbon price × CO2e, in cents.
    func generalized(_ m: Measures) -> Int64 {
        m.cost.typical + (valueOfTime * votPermille).scaled(by: m.time.typical, dividedBy: 1_440_000)
            + carbonPrice.scaled(by: m.co2.typical, dividedBy: 1_000_000)
    }
}
