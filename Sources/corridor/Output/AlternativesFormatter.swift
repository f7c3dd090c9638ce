import CorridorModel
import CorridorService

/// Writes alternative routes (``AlternativesResult``) as a table or as delimited rows: each route's totals, its
/// corridor and its difference to the first (JSON is the library's ``AlternativesResult/json()``).
struct AlternativesFormatter {
    let result: AlternativesResult

    func name(_ id: Place.ID) -> String { result.network.name(of: id) }

    /// A signed difference, or an empty cell for zero.
    static func difference(_ value: Int64, _ format: (Int64) -> String) -> String {
        value == 0 ? "" : (value > 0 ? "+" : "−") + format(abs(value))
    }

    func table() -> String {
        let request = result.request
        let plans = result.plans
        var text = "\(name(request.from)) → \(name(request.to)): \(plans.count) \(RoutePlanFormatter.objectiveWords(request.objective)) "
            + "route\(plans.count == 1 ? "" : "s") that differ in their links, for \(request.cargo)"
        if let factor = result.alternatives.maxDetour, let shortest = result.alternatives.shortestDistance {
            text += "; at most \(Readable.decimal(factor, places: 2)) × the shortest \(Readable.kilometres(shortest)) km"
        }
        text += "\n\n"
        var table = TextTable([("#", .right), ("corridor", .left), ("km", .right), ("time", .right), ("cost", .right),
                               ("CO2e", .right), ("Δ km", .right), ("Δ time", .right), ("Δ cost", .right),
                               ("borders", .right), ("countries", .left)])
        guard let best = plans.first?.totals else { return text }
        for (rank, plan) in plans.enumerated() {
            let t = plan.totals
            table.append(["\(rank + 1)", result.corridor(of: plan)?.name ?? "—", Readable.kilometres(t.distance),
                          Readable.duration(t.time.typical), Readable.money(t.cost.typical), Readable.carbon(t.co2.typical),
                          Self.difference(t.distance - best.distance, Readable.kilometres),
                          Self.difference(t.time.typical - best.time.typical, Readable.duration),
                          Self.difference(t.cost.typical - best.cost.typical, Readable.money),
                          "\(t.borderCrossings)", t.countries.joined(separator: " → ")])
        }
        text += table.render()
        if result.alternatives.stoppedAtLimit {
            text += "\nStopped after examining \(result.alternatives.pathsExamined) paths; more routes may exist.\n"
        }
        return text
    }

    /// The header of ``rows()``.
    static let header = ["rank", "corridor", "distance_m", "time_min", "cost_cents", "co2_g", "border_crossings",
                         "delta_distance_m", "delta_time_min", "delta_cost_cents", "delta_co2_g", "countries", "links"]

    /// One row per route in exact integer units, with its differences to the first.
    func rows() -> [[String]] {
        guard let best = result.plans.first?.totals else { return [] }
        return result.plans.enumerated().map { rank, plan in
            let t = plan.totals
            var links: [Link.ID] = []
            for id in plan.legs.flatMap(\.links) where links.last != id { links.append(id) }
            return ["\(rank + 1)", result.corridor(of: plan)?.id.code ?? "", "\(t.distance)", "\(t.time.typical)",
                    "\(t.cost.typical)", "\(t.co2.typical)", "\(t.borderCrossings)", "\(t.distance - best.distance)",
                    "\(t.time.typical - best.time.typical)", "\(t.cost.typical - best.cost.typical)",
                    "\(t.co2.typical - best.co2.typical)", t.countries.joined(separator: " "),
                    links.map(\.code).joined(separator: " ")]
        }
    }
}
