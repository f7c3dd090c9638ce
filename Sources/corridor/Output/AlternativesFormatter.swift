import CorridorModel
import CorridorService

/// Writes alternative routes (``AlternativesResult``) as a table or as delimited rows: each route's totals, its
/// corridor and its difference to the first (JSON is the library's ``AlternativesResult/json()``).
///
/// With a ``comparison`` (`--scenario`), the best route on the compared network comes first as row `base`, and every
/// difference is taken against it instead (empty where that network has no route).
struct AlternativesFormatter {
    let result: AlternativesResult
    var comparison: AlternativesDifference? = nil

    func name(_ id: Place.ID) -> String { result.network.name(of: id) }

    /// A signed difference, or an empty cell for zero.
    static func difference(_ value: Int64, _ format: (Int64) -> String) -> String {
        value == 0 ? "" : (value > 0 ? "+" : "−") + format(abs(value))
    }

    /// The totals the differences are taken against: the compared network's best, else the first route's.
    var reference: RoutePlan.Totals? {
        comparison.map { $0.basePlan?.totals } ?? result.plans.first?.totals
    }

    /// The routes in print order with their rank (`base` for the compared network's best) and corridor.
    var entries: [(rank: String, plan: RoutePlan, corridor: CorridorModel.Corridor?)] {
        var entries: [(rank: String, plan: RoutePlan, corridor: CorridorModel.Corridor?)] = []
        if let comparison, let base = comparison.basePlan {
            let network = comparison.best.baseNetwork
            entries.append(("base", base, network.corridor(followedBy: base).flatMap(network.corridor)))
        }
        for (rank, plan) in result.plans.enumerated() { entries.append(("\(rank + 1)", plan, result.corridor(of: plan))) }
        return entries
    }

    func table() -> String {
        let request = result.request
        let plans = result.plans
        var text = "\(name(request.from)) → \(name(request.to)): \(plans.count) \(RoutePlanFormatter.objectiveWords(request.objective)) "
            + (plans.count == 1 ? "route that differs" : "routes that differ") + " in their links, for \(request.cargo)"
        if let factor = result.alternatives.maxDetour, let shortest = result.alternatives.shortestDistance {
            text += "; at most \(Readable.decimal(factor, places: 2)) × the shortest \(Readable.kilometres(shortest)) km"
        }
        if let comparison { text += ", \(comparison.best.label) against \(comparison.best.baseLabel)" }
        text += "\n\n"
        var table = TextTable([("#", .right), ("corridor", .left), ("km", .right), ("time", .right), ("cost", .right),
                               ("CO2e", .right), ("Δ km", .right), ("Δ time", .right), ("Δ cost", .right),
                               ("borders", .right), ("countries", .left)])
        let entries = self.entries
        if entries.isEmpty { return text }
        let reference = self.reference
        for entry in entries {
            let t = entry.plan.totals
            func delta(_ value: (RoutePlan.Totals) -> Int64, _ format: (Int64) -> String) -> String {
                reference.map { Self.difference(value(t) - value($0), format) } ?? ""
            }
            table.append([entry.rank, entry.corridor?.name ?? "—", Readable.kilometres(t.distance),
                          Readable.duration(t.time.typical), Readable.money(t.cost.typical), Readable.carbon(t.co2.typical),
                          delta(\.distance, Readable.kilometres), delta(\.time.typical, Readable.duration),
                          delta(\.cost.typical, Readable.money), "\(t.borderCrossings)", t.countries.joined(separator: " → ")])
        }
        text += table.render()
        if let comparison {
            let best = comparison.best
            if comparison.basePlan != nil {
                text += "\nΔ: against the best route on \(best.baseLabel) (row 'base').\n"
            } else {
                text += "\nNo route on \(best.baseLabel): \(best.baseNetwork.explainNoRoute(request).reason).\n"
            }
            if plans.isEmpty { text += "No route on \(best.label): \(best.network.explainNoRoute(request).reason).\n" }
        }
        if result.alternatives.stoppedAtLimit {
            text += "\nStopped after examining \(result.alternatives.pathsExamined) paths; more routes may exist.\n"
        }
        return text
    }

    /// The header of ``rows()``; with a comparison, `network` (the side's label) comes first.
    var header: [String] {
        (comparison == nil ? [] : ["network"]) + ["rank", "corridor", "distance_m", "time_min", "cost_cents", "co2_g",
            "border_crossings", "delta_distance_m", "delta_time_min", "delta_cost_cents", "delta_co2_g", "countries", "links"]
    }

    /// One row per route in exact integer units, with its differences to the reference (empty without one); with a
    /// comparison, the compared network's best first, with rank 1.
    func rows() -> [[String]] {
        let reference = self.reference
        return entries.map { entry in
            let t = entry.plan.totals
            let deltas = reference.map { r in
                ["\(t.distance - r.distance)", "\(t.time.typical - r.time.typical)", "\(t.cost.typical - r.cost.typical)",
                 "\(t.co2.typical - r.co2.typical)"]
            } ?? ["", "", "", ""]
            let side = comparison.map { [entry.rank == "base" ? $0.best.baseLabel : $0.best.label] } ?? []
            return side + [entry.rank == "base" ? "1" : entry.rank, entry.corridor?.id.code ?? "", "\(t.distance)",
                           "\(t.time.typical)", "\(t.cost.typical)", "\(t.co2.typical)", "\(t.borderCrossings)"]
                + deltas + [t.countries.joined(separator: " "), entry.plan.linkSequence.map(\.code).joined(separator: " ")]
        }
    }
}
