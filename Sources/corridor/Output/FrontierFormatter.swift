import CorridorModel
import CorridorService

/// Writes a trade-off frontier (``FrontierResult``) as a table or CSV: each route's totals, corridor, border count
/// and the price of each day it saves against the cheaper route before it (JSON and SVG are the library's).
struct FrontierFormatter {
    let result: FrontierResult

    func table() -> String {
        let request = result.request, frontier = result.frontier
        let network = result.network
        let criteria = frontier.criteria.map { $0 == .co2 ? "CO2e" : $0.rawValue }.joined(separator: " × ")
        var text = "\(network.name(of: request.from)) → \(network.name(of: request.to)): \(frontier.routes.count) "
            + "route\(frontier.routes.count == 1 ? "" : "s") on the \(criteria) frontier, cheapest first, for \(request.cargo)\n\n"
        var table = TextTable([("#", .right), ("corridor", .left), ("cost", .right), ("days", .right), ("CO2e", .right),
                               ("km", .right), ("borders", .right), ("$ per day saved", .right)])
        for (rank, route) in frontier.routes.enumerated() { table.append(["\(rank + 1)"] + cells(route)) }
        text += table.render()
        text += "\n\(Readable.grouped(Int64(frontier.labelsSettled))) labels settled, "
            + "\(Readable.grouped(Int64(frontier.labelsCreated))) made.\n"
        return text
    }

    /// The table's cells of `route` after its rank: corridor, cost, days, CO2e, km, borders, $ per day saved.
    func cells(_ route: ParetoFrontier.Route) -> [String] {
        let t = route.plan.totals
        return [result.label(route), Readable.money(t.cost.typical), Readable.days(t.time.typical), Readable.carbon(t.co2.typical),
                Readable.kilometres(t.distance), "\(t.borderCrossings)", route.pricePerDaySaved.map(Readable.money) ?? ""]
    }

    /// The header of ``rows()``.
    static let header = ["rank", "corridor", "label", "cost_cents", "time_min", "co2_g", "distance_m", "border_crossings",
                         "cents_per_day_saved", "countries"]

    /// One row per route in exact integer units.
    func rows() -> [[String]] {
        result.frontier.routes.enumerated().map { rank, route in row(rank: rank + 1, route) }
    }

    /// The row of ``rows()`` for `route` at `rank`.
    func row(rank: Int, _ route: ParetoFrontier.Route) -> [String] {
        let t = route.plan.totals
        return ["\(rank)", route.corridor?.code ?? "", result.label(route), "\(t.cost.typical)", "\(t.time.typical)",
                "\(t.co2.typical)", "\(t.distance)", "\(t.borderCrossings)",
                route.pricePerDaySaved.map { "\($0)" } ?? "", t.countries.joined(separator: " ")]
    }
}
