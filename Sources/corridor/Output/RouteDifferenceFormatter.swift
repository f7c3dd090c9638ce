import CorridorModel
import CorridorService

/// Writes a ``RouteDifference`` as a table: the two plans' totals side by side with their differences, then the
/// links, crossings and countries one uses and the other not. (JSON is the difference's own ``RouteDifference/json()``.)
struct RouteDifferenceFormatter {
    let difference: RouteDifference

    /// `value` with its sign, the magnitude written by `format`: `+$1,266`, `−1 d 17 h`, `0`.
    static func signed(_ value: Int64, _ format: (Int64) -> String) -> String {
        value == 0 ? "0" : (value < 0 ? "−" : "+") + format(value.magnitude > Int64.max.magnitude ? Int64.max : Int64(value.magnitude))
    }

    func table() -> String {
        let d = difference, request = d.request, network = d.network
        var text = "\(network.name(of: request.from)) → \(network.name(of: request.to))"
        if !request.via.isEmpty { text += " via " + request.via.map(network.name(of:)).joined(separator: ", ") }
        text += ": \(RoutePlanFormatter.objectiveWords(request.objective)) route for \(request.cargo), "
            + "\(d.label) against \(d.baseLabel)\n\n"
        var table = TextTable([("", .left), (d.baseLabel, .right), (d.label, .right), ("Δ", .right)])
        func row(_ name: String, _ value: (RoutePlan) -> Int64, _ format: @escaping (Int64) -> String) {
            let base = d.basePlan.map(value), plan = d.plan.map(value)
            table.append([name, base.map(format) ?? "no route", plan.map(format) ?? "no route",
                          base.flatMap { b in plan.map { Self.signed($0 - b, format) } } ?? ""])
        }
        row("km", \.totals.distance, Readable.kilometres)
        row("time", \.totals.time.typical, Readable.duration)
        row("cost", \.totals.cost.typical, Readable.money)
        row("CO2e", \.totals.co2.typical, Readable.carbon)
        row("border crossings", { Int64($0.totals.borderCrossings) }, { String($0) })
        row("gauge changes", { Int64($0.totals.gaugeChanges) }, { String($0) })
        table.append(["countries", d.basePlan.map { $0.totals.countries.joined(separator: " → ") } ?? "",
                      d.plan.map { $0.totals.countries.joined(separator: " → ") } ?? "", ""])
        text += table.render()
        guard let change = d.difference else {
            let missing = d.plan == nil ? d.label : d.baseLabel
            return text + "\nNo route on \(missing): \(( d.plan == nil ? network : d.baseNetwork).explainNoRoute(request).reason).\n"
        }
        if change.sameRoute { return text + "\nSame route; only its figures differ.\n" }
        func line(_ what: String, _ added: [String], _ dropped: [String]) -> String {
            var parts: [String] = []
            if !added.isEmpty { parts.append("now \(added.joined(separator: ", "))") }
            if !dropped.isEmpty { parts.append("no longer \(dropped.joined(separator: ", "))") }
            return parts.isEmpty ? "" : "\(what): " + parts.joined(separator: "; ") + ".\n"
        }
        text += "\n" + line("Links", change.linksAdded.map(\.code), change.linksDropped.map(\.code))
            + line("Border crossings", change.crossingsAdded.map(\.code), change.crossingsDropped.map(\.code))
            + line("Countries", change.countriesAdded, change.countriesDropped)
        return text
    }
}
