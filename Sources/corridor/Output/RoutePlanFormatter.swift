import CorridorModel
import CorridorService
import Foundation

/// Writes a ``RoutePlan`` as a table or TSV, naming places as the network does (JSON and GeoJSON are the
/// library's ``RoutePlan/json(in:)`` and ``RoutePlan/geoJSON(in:)``).
///
/// Figures are the model's integers (metres, minutes, cents, grams). The table rounds them for reading; JSON and
/// TSV keep them exact, so a script can check that the totals equal the sum of the legs, crossings and transfers.
struct RoutePlanFormatter {
    let plan: RoutePlan
    let network: Network

    func name(_ id: Place.ID) -> String { network.name(of: id) }

    /// "Xi'an → Khorgos (CN) → border": a leg from its first to its last place inside its country; an end that
    /// lies across the border (half of a border link counts in each country) reads "border".
    func stretch(_ leg: RoutePlan.Leg) -> String {
        let inside = leg.places.filter { network.place($0)?.country == leg.country }
        guard let first = inside.first, let last = inside.last else { return "\(name(leg.from)) → \(name(leg.to))" }
        var parts: [String] = []
        if first != leg.from { parts.append("border") }
        parts.append(name(first))
        if last != first { parts.append(name(last)) }
        if last != leg.to { parts.append("border") }
        return parts.joined(separator: " → ")
    }

    // MARK: Table

    /// A heading line, one table row per event, the totals with their low–high ranges, and a summary line.
    func table() -> String {
        let request = plan.request
        var text = "\(name(request.from)) → \(name(request.to))"
        if !request.via.isEmpty { text += " via " + request.via.map(name).joined(separator: ", ") }
        text += ": \(RoutePlanFormatter.objectiveWords(request.objective)) route for \(request.cargo)\n\n"

        var table = TextTable([("#", .right), ("step", .left), ("from → to", .left), ("country", .left),
                               ("km", .right), ("time", .right), ("cost", .right), ("CO2e", .right)])
        for (number, event) in plan.steps.enumerated() {
            switch event {
            case .leg(let leg):
                let mode = leg.gauge.map { "\(leg.mode.rawValue) \($0.millimetres)" } ?? leg.mode.rawValue
                table.append(["\(number + 1)", mode, stretch(leg), leg.country,
                              Readable.kilometres(leg.distance), Readable.duration(leg.time.typical),
                              Readable.money(leg.cost.typical), Readable.carbon(leg.co2.typical)])
            case .crossing(let crossing):
                table.append(["\(number + 1)", "border (\(crossing.mode.rawValue))",
                              "\(name(crossing.from)) → \(name(crossing.to))",
                              "\(crossing.fromCountry)→\(crossing.toCountry)", "",
                              Readable.duration(crossing.time.typical), Readable.money(crossing.cost.typical), ""])
            case .transfer(let transfer):
                let step = transfer.kind == .gaugeChange ? "gauge change" : "transfer"
                table.append(["\(number + 1)", step, "at \(name(transfer.place)): \(transfer.before) → \(transfer.after)",
                              network.place(transfer.place)?.country ?? "",
                              "", transfer.timeInBorderDwell ? "in border" : Readable.duration(transfer.time.typical),
                              Readable.money(transfer.cost.typical),
                              transfer.co2.typical == 0 ? "" : Readable.carbon(transfer.co2.typical)])
            }
        }
        let totals = plan.totals
        table.appendRule()
        table.append(["", "total", "", "", Readable.kilometres(totals.distance), Readable.duration(totals.time.typical),
                      Readable.money(totals.cost.typical), Readable.carbon(totals.co2.typical)])
        table.append(["", "low", "", "", "", Readable.duration(totals.time.low), Readable.money(totals.cost.low),
                      Readable.carbon(totals.co2.low)])
        table.append(["", "high", "", "", "", Readable.duration(totals.time.high), Readable.money(totals.cost.high),
                      Readable.carbon(totals.co2.high)])
        text += table.render()
        text += "\n\(totals.borderCrossings) border crossing\(totals.borderCrossings == 1 ? "" : "s"), "
            + "\(totals.gaugeChanges) gauge change\(totals.gaugeChanges == 1 ? "" : "s"), "
            + "\(totals.modeChanges) mode change\(totals.modeChanges == 1 ? "" : "s"); "
            + "countries \(totals.countries.joined(separator: " → ")).\n"
        let borderTime = plan.request.service == .express ? "the express train's border dwell"
            : "the border time CPMM measured for regular trains"
        for transfer in plan.transfers where transfer.timeInBorderDwell {
            text += "The gauge change at \(name(transfer.place)) takes no time of its own: \(borderTime) includes transloading.\n"
        }
        return text
    }

    static func objectiveWords(_ objective: RouteRequest.Objective) -> String {
        switch objective {
        case .distance: "shortest"
        case .time: "fastest"
        case .cost: "cheapest"
        case .co2: "lowest-CO2e"
        case .generalized: "lowest generalized-cost"
        }
    }

    // MARK: TSV

    /// A header, one line per step and a total line, in exact integer units.
    func tsv() -> String {
        var text = Delimited.tsvLine(["position", "step", "mode", "from", "to", "country", "distance_m",
                                      "time_min", "time_min_low", "time_min_high", "cost_cents", "cost_cents_low",
                                      "cost_cents_high", "co2_g"])
        func line(_ head: [String], _ distance: Int64, _ time: Estimate, _ cost: Estimate, _ co2: Int64) -> String {
            Delimited.tsvLine(head + [String(distance), String(time.typical), String(time.low), String(time.high),
                                      String(cost.typical), String(cost.low), String(cost.high), String(co2)])
        }
        for event in plan.steps {
            switch event {
            case .leg(let l):
                text += line(["\(l.position)", "leg", l.mode.rawValue, name(l.from), name(l.to), l.country],
                             l.distance, l.time, l.cost, l.co2.typical)
            case .crossing(let c):
                text += line(["\(c.position)", "border-crossing", c.mode.rawValue, name(c.from), name(c.to),
                              "\(c.fromCountry)-\(c.toCountry)"], 0, c.time, c.cost, 0)
            case .transfer(let t):
                text += line(["\(t.position)", t.kind.rawValue, "", name(t.place), name(t.place),
                              network.place(t.place)?.country ?? ""], 0, t.time, t.cost, t.co2.typical)
            }
        }
        let totals = plan.totals
        text += line(["", "total", "", name(plan.request.from), name(plan.request.to), ""],
                     totals.distance, totals.time, totals.cost, totals.co2.typical)
        return text
    }

    // MARK: Batch

    /// The TSV header of `route --pairs` for an objective: the objective's column first, then the other totals.
    static func pairsHeader(_ objective: RouteRequest.Objective) -> [String] {
        ["from", "to", objective.column]
            + otherTotals(objective).map(\.column) + ["border_crossings", "gauge_changes"]
    }

    /// The totals reported after the objective's value, in a fixed order.
    static func otherTotals(_ objective: RouteRequest.Objective) -> [RouteRequest.Objective] {
        [.distance, .time, .cost, .co2].filter { $0 != objective }
    }

    /// The fields after `from` and `to` of one `route --pairs` line.
    func pairsFields() -> [String] {
        let totals = plan.totals
        let objective = plan.request.objective
        let values: [RouteRequest.Objective: Int64] = [.distance: totals.distance, .time: totals.time.typical,
                                                       .cost: totals.cost.typical, .co2: totals.co2.typical]
        return [objective.text(plan.objectiveValue)]
            + RoutePlanFormatter.otherTotals(objective).map { $0.text(values[$0]!) }
            + [String(totals.borderCrossings), String(totals.gaugeChanges)]
    }
}
