import CorridorModel
import Foundation

/// The trade-off frontier for one request on one network, with its one JSON encoding and its chart
/// (`corridor route --pareto`).
public struct FrontierResult: Sendable {
    public let frontier: ParetoFrontier
    public let request: RouteRequest
    public let network: Network

    /// The name of the corridor a route follows, or a short description of it (its countries) when none.
    public func label(_ route: ParetoFrontier.Route) -> String {
        if let id = route.corridor, let corridor = network.corridor(id) { return corridor.name }
        return "via " + route.plan.totals.countries.joined(separator: "–")
    }

    /// `{network, from, to, criteria, labelsCreated, labelsSettled, routes}`, each route `{rank, corridor, label,
    /// costCents, timeMinutes, co2Grams, distanceMetres, borderCrossings, centsPerDaySaved, plan}`.
    public func json() -> JSONValue {
        let routes: [JSONValue] = frontier.routes.enumerated().map { rank, route in
            let t = route.plan.totals
            return .object([
                ("rank", .integer(rank + 1)),
                ("corridor", route.corridor.map { .string($0.code) } ?? .null),
                ("label", .string(label(route))),
                ("costCents", .integer(t.cost.typical)), ("timeMinutes", .integer(t.time.typical)),
                ("co2Grams", .integer(t.co2.typical)), ("distanceMetres", .integer(t.distance)),
                ("borderCrossings", .integer(t.borderCrossings)),
                ("centsPerDaySaved", route.pricePerDaySaved.map(JSONValue.integer) ?? .null),
                ("plan", route.plan.json(in: network)),
            ])
        }
        return .object([
            ("network", .string(network.name)),
            ("from", .string(request.from.code)), ("to", .string(request.to.code)),
            ("criteria", .array(frontier.criteria.map { .string($0.rawValue) })),
            ("labelsCreated", .integer(frontier.labelsCreated)), ("labelsSettled", .integer(frontier.labelsSettled)),
            ("routes", .array(routes)),
        ])
    }

    /// The frontier drawn as a standalone SVG chart: cost (y) against days in transit (x), one point per route with
    /// its area proportional to its CO2e, labelled with its corridor, joined in order of cost.
    public func svg(width: Int = 760, height: Int = 460) -> String {
        let left = 80.0, right = 30.0, top = 50.0, bottom = 55.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        let routes = frontier.routes
        let days = routes.map { Double($0.plan.totals.time.typical) / 1440 }
        let dollars = routes.map { Double($0.plan.totals.cost.typical) / 100 }
        let co2 = routes.map { Double($0.plan.totals.co2.typical) }
        func span(_ values: [Double]) -> (Double, Double) {
            let low = values.min() ?? 0, high = values.max() ?? 1
            let pad = max((high - low) * 0.1, max(abs(high) * 0.05, 1))
            return (max(0, low - pad), high + pad)
        }
        let (x0, x1) = span(days), (y0, y1) = span(dollars)
        func x(_ d: Double) -> Double { left + (d - x0) / (x1 - x0) * plotWidth }
        func y(_ c: Double) -> Double { top + (1 - (c - y0) / (y1 - y0)) * plotHeight }
        let largest = co2.max() ?? 1
        func radius(_ g: Double) -> Double { largest > 0 ? 4 + 14 * (g / largest).squareRoot() : 6 }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        let title = "\(network.name(of: request.from)) → \(network.name(of: request.to)): \(routes.count) route\(routes.count == 1 ? "" : "s") on the "
            + frontier.criteria.map { $0 == .co2 ? "CO2e" : $0.rawValue }.joined(separator: " × ") + " frontier, \(request.cargo)"
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(left))" y="24" font-size="14">\(escape(title))</text>
            <text x="\(f(left))" y="40" fill="#555">marker area ∝ CO2e; each step's label is the price of a day saved against the cheaper route before it</text>
            <rect x="\(f(left))" y="\(f(top))" width="\(f(plotWidth))" height="\(f(plotHeight))" fill="none" stroke="#444"/>

            """
        for i in 0 ... 4 {
            let d = x0 + (x1 - x0) * Double(i) / 4, c = y0 + (y1 - y0) * Double(i) / 4
            svg += "<text x=\"\(f(x(d)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(String(format: "%.1f", d))</text>\n"
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y(c) + 4))\" text-anchor=\"end\">$\(Readable.grouped(Int64(c.rounded())))</text>\n"
        }
        svg += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(height - 12)\" text-anchor=\"middle\">days in transit (typical)</text>\n"
        svg += "<text transform=\"translate(18 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">cost, US dollars (typical)</text>\n"
        let line = routes.indices.map { "\(f(x(days[$0]))),\(f(y(dollars[$0])))" }.joined(separator: " ")
        svg += "<polyline fill=\"none\" stroke=\"#999\" stroke-dasharray=\"4 3\" points=\"\(line)\"/>\n"
        for (i, route) in routes.enumerated() {
            let cx = x(days[i]), cy = y(dollars[i])
            let tip = "\(label(route)): \(Readable.money(route.plan.totals.cost.typical)), \(Readable.days(route.plan.totals.time.typical)) days, \(Readable.carbon(route.plan.totals.co2.typical)) CO2e"
            svg += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(radius(co2[i])))\" fill=\"#1f77b4\" fill-opacity=\"0.45\" stroke=\"#1f77b4\"><title>\(escape(tip))</title></circle>\n"
            var text = "\(i + 1). \(label(route))"
            if let price = route.pricePerDaySaved { text += " (\(Readable.money(price))/day)" }
            svg += "<text x=\"\(f(cx + radius(co2[i]) + 4))\" y=\"\(f(cy + 4))\">\(escape(text))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
