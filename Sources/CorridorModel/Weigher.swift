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

    /// The objective's value of an arc with measures `m`, in its integer unit (never negative).
    func value(_ m: Measures) -> Int64 {
        let value: Int64
        switch objective {
        case .distance: value = m.distance
        case .time: value = m.time.typical
        case .cost: value = m.cost.typical
        case .co2: value = m.co2.typical
        case .generalized: value = generalized(m)
        }
        return max(value, 0)
    }

    /// The router's weight of an objective value counted in units of `divisor`, rounded to the nearest unit and
    /// kept below ``Weight/infinity``.
    static func weight(_ value: Int64, divisor: Int64) -> Weight {
        Weight(clamping: min(value / divisor + (value % divisor >= (divisor + 1) / 2 ? 1 : 0), Int64(Weight.infinity) - 1))
    }

    /// The unit, in objective units, that keeps every path's weight below ``Weight/infinity``: 1 (exact) when
    /// `bound`, an upper bound on any path's value, fits; otherwise the smallest whole unit that makes the bound
    /// fit in half the range, leaving room for rounding up.
    static func divisor(forPathsUpTo bound: Int64) -> Int64 {
        bound < Int64(Weight.infinity) ? 1 : bound / (Int64(Weight.infinity) / 2) + 1
    }

    /// Cost + value of time × time + carbon price × CO2e, in cents.
    func generalized(_ m: Measures) -> Int64 {
        m.cost.typical + (valueOfTime * votPermille).scaled(by: m.time.typical, dividedBy: 1_440_000)
            + carbonPrice.scaled(by: m.co2.typical, dividedBy: 1_000_000)
    }
}
