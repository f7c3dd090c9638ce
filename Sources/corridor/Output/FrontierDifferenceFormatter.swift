import CorridorModel
import CorridorService

/// Writes two frontiers (``FrontierDifference``) as one table or CSV: the scenario's routes, cheapest first, each
/// `kept` (the same links are on the compared network's frontier; its differences from that route follow) or `new`,
/// then the compared network's routes that dropped off (`gone`, with their own figures). JSON is the library's.
struct FrontierDifferenceFormatter {
    let difference: FrontierDifference

    /// Every row in print order: its rank on its own frontier, the route, its status, and its difference (kept only).
    var entries: [(rank: Int, route: ParetoFrontier.Route, formatter: FrontierFormatter, status: FrontierDifference.Status,
                   change: PlanDifference?)] {
        let d = difference
        var entries: [(rank: Int, route: ParetoFrontier.Route, formatter: FrontierFormatter, status: FrontierDifference.Status,
                       change: PlanDifference?)] = []
        if let result = d.result {
            for (rank, route) in result.frontier.routes.enumerated() {
                entries.append((rank + 1, route, FrontierFormatter(result: result), d.status(of: route, onBase: false),
                                d.difference(of: route)))
            }
        }
        if let base = d.base {
            for (rank, route) in d.gone { entries.append((rank, route, FrontierFormatter(result: base), .gone, nil)) }
        }
        return entries
    }

    func table() -> String {
        let d = difference, request = d.request
        let criteria = (d.result ?? d.base)?.frontier.criteria.map { $0 == .co2 ? "CO2e" : $0.rawValue }.joined(separator: " × ") ?? ""
        var text = "\(d.network.name(of: request.from)) → \(d.network.name(of: request.to)): the \(criteria) frontier for "
            + "\(request.cargo), \(d.label) against \(d.baseLabel), cheapest first\n\n"
        var table = TextTable([("#", .right), ("status", .left), ("corridor", .left), ("cost", .right), ("days", .right),
                               ("CO2e", .right), ("km", .right), ("borders", .right), ("$ per day saved", .right),
                               ("Δ cost", .right), ("Δ days", .right), ("Δ CO2e", .right)])
        for entry in entries {
            let deltas = entry.change.map { c in
                [RouteDifferenceFormatter.signed(c.cost.typical, Readable.money),
                 RouteDifferenceFormatter.signed(c.time.typical, Readable.days),
                 RouteDifferenceFormatter.signed(c.co2.typical, Readable.carbon)]
            } ?? ["", "", ""]
            table.append([entry.status == .gone ? "" : "\(entry.rank)", entry.status.rawValue] + entry.formatter.cells(entry.route) + deltas)
        }
        text += table.render()
        text += "\nkept: on both frontiers, with the same links (Δ: against that route on \(d.baseLabel)); new: only on the "
            + "frontier of \(d.label); gone: only on the frontier of \(d.baseLabel), with its figures.\n"
        for (side, network, label) in [(d.result, d.network, d.label), (d.base, d.baseNetwork, d.baseLabel)] where side == nil {
            text += "No route on \(label): \(network.explainNoRoute(request).reason).\n"
        }
        return text
    }

    /// The header of ``rows()``: `status`, the frontier's columns, then the differences of a kept route.
    static let header = ["status"] + FrontierFormatter.header + ["delta_cost_cents", "delta_time_min", "delta_co2_g"]

    /// One row per entry in exact integer units; a gone route's rank is its rank on the compared network's frontier.
    func rows() -> [[String]] {
        entries.map { entry in
            [entry.status.rawValue] + entry.formatter.row(rank: entry.rank, entry.route)
                + (entry.change.map { ["\($0.cost.typical)", "\($0.time.typical)", "\($0.co2.typical)"] } ?? ["", "", ""])
        }
    }
}
