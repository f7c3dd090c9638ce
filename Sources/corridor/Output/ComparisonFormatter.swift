import CorridorModel
import CorridorService

/// Writes a ``ComparisonResult`` as a table or CSV, in its order (JSON is the result's own ``ComparisonResult/json()``).
struct ComparisonFormatter {
    let comparison: ComparisonResult
    var request: RouteRequest { comparison.request }
    var network: Network { comparison.network }
    var sorted: [CorridorComparison] { comparison.rows }

    private func label(_ row: CorridorComparison) -> String { row.corridor?.code ?? "(any)" }

    private var unitWord: String {
        if case .tonnes = request.cargo { return "tonne" }
        return "unit"
    }

    func table() -> String {
        let from = network.place(request.from)?.name ?? request.from.code
        let to = network.place(request.to)?.name ?? request.to.code
        var text = "\(from) → \(to): corridors compared by \(request.objective.rawValue) for \(request.cargo)\n\n"
        var table = TextTable([("corridor", .left), ("name", .left), ("km", .right), ("days", .right),
                               ("cost/\(unitWord)", .right), ("CO2e", .right), ("borders", .right),
                               ("gauge changes", .right), ("modes", .left)])
        var reasons: [String] = [], detours: [String] = []
        for row in sorted {
            guard let plan = row.plan else {
                table.append([label(row), row.name, "–", "–", "–", "–", "–", "–", "cannot serve the pair"])
                reasons.append("\(label(row)): \(row.reason ?? "no route").")
                continue
            }
            table.append([label(row), row.name, Readable.kilometres(plan.totals.distance),
                          Readable.days(plan.totals.time.typical), Readable.money(row.costPerUnit ?? 0),
                          Readable.carbon(plan.totals.co2.typical), String(plan.totals.borderCrossings),
                          String(plan.totals.gaugeChanges), plan.totals.modes.map(\.rawValue).joined(separator: "+")])
            if let detour = row.detour, detour >= CorridorComparison.notableDetour, row.corridor != nil {
                detours.append("\(label(row)): \(Readable.decimal(detour, places: 1)) × the distance of the best route; "
                               + "the corridor does not lie between these places.")
            }
        }
        text += table.render()
        let notes = detours + reasons
        if !notes.isEmpty { text += "\n" + notes.joined(separator: "\n") + "\n" }
        return text
    }

    func csv() -> String {
        var text = Delimited.csvLine(["corridor", "name", "objective_value", "distance_km", "days", "cost_per_unit_usd",
                                      "co2_kg", "border_crossings", "gauge_changes", "modes", "reason"])
        for row in sorted {
            guard let plan = row.plan else {
                text += Delimited.csvLine([row.corridor?.code ?? "", row.name, "", "", "", "", "", "", "", "",
                                           row.reason ?? "no route"])
                continue
            }
            text += Delimited.csvLine([
                row.corridor?.code ?? "", row.name,
                request.objective.text(plan.objectiveValue),
                Readable.decimal(Double(plan.totals.distance) / 1000, places: 3),
                Readable.decimal(Double(plan.totals.time.typical) / 1440, places: 2),
                Readable.decimal(Double(row.costPerUnit ?? 0) / 100, places: 2),
                Readable.decimal(Double(plan.totals.co2.typical) / 1000, places: 3),
                String(plan.totals.borderCrossings), String(plan.totals.gaugeChanges),
                plan.totals.modes.map(\.rawValue).joined(separator: "+"), "",
            ])
        }
        return text
    }
}
