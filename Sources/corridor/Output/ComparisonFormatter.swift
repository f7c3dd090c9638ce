import CorridorModel
import CorridorService

/// Writes a ``ComparisonResult`` as a table or CSV, in its order (JSON is the result's own ``ComparisonResult/json()``).
struct ComparisonFormatter {
    let comparison: ComparisonResult
    /// The comparison on the network a scenario is compared with, and the two labels; adds the Δ columns.
    var against: (base: ComparisonResult, label: String, baseLabel: String)?
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
        var text = "\(from) → \(to): corridors compared by \(request.objective.rawValue) for \(request.cargo)"
        if let against { text += ", \(against.label) against \(against.baseLabel)" }
        text += "\n\n"
        var columns: [(String, TextTable.Alignment)] = [("corridor", .left), ("name", .left), ("km", .right), ("days", .right),
                               ("cost/\(unitWord)", .right), ("CO2e", .right), ("borders", .right),
                               ("gauge changes", .right), ("modes", .left)]
        if against != nil { columns += [("Δ days", .right), ("Δ cost", .right), ("Δ CO2e", .right)] }
        var table = TextTable(columns)
        var reasons: [String] = [], detours: [String] = []
        let differences = against.map { comparison.differences(from: $0.base) }
        for (i, row) in sorted.enumerated() {
            var delta: [String] = []
            if let difference = differences?[i] {
                if let d = difference.delta {
                    delta = [RouteDifferenceFormatter.signed(d.time) { Readable.decimal(Double($0) / 1440, places: 2) },
                             RouteDifferenceFormatter.signed(d.costPerUnit, Readable.money),
                             RouteDifferenceFormatter.signed(d.co2, Readable.carbon)]
                } else {
                    let word = row.plan != nil ? "new" : difference.base?.plan != nil ? "lost" : ""
                    delta = [word, "", ""]
                }
            }
            guard let plan = row.plan else {
                table.append([label(row), row.name, "–", "–", "–", "–", "–", "–", "cannot serve the pair"] + delta)
                reasons.append("\(label(row)): \(row.reason ?? "no route").")
                continue
            }
            table.append([label(row), row.name, Readable.kilometres(plan.totals.distance),
                          Readable.days(plan.totals.time.typical), Readable.money(row.costPerUnit ?? 0),
                          Readable.carbon(plan.totals.co2.typical), String(plan.totals.borderCrossings),
                          String(plan.totals.gaugeChanges), plan.totals.modes.map(\.rawValue).joined(separator: "+")] + delta)
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
        var header = ["corridor", "name", "objective_value", "distance_km", "days", "cost_per_unit_usd",
                      "co2_kg", "border_crossings", "gauge_changes", "modes", "reason"]
        if against != nil { header += ["delta_days", "delta_cost_per_unit_usd", "delta_co2_kg"] }
        var text = Delimited.csvLine(header)
        let differences = against.map { comparison.differences(from: $0.base) }
        for (i, row) in sorted.enumerated() {
            let delta = differences.map { all in
                all[i].delta.map { d in
                    [Readable.decimal(Double(d.time) / 1440, places: 2), Readable.decimal(Double(d.costPerUnit) / 100, places: 2),
                     Readable.decimal(Double(d.co2) / 1000, places: 3)]
                } ?? ["", "", ""]
            } ?? []
            guard let plan = row.plan else {
                text += Delimited.csvLine([row.corridor?.code ?? "", row.name, "", "", "", "", "", "", "", "",
                                           row.reason ?? "no route"] + delta)
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
            ] + delta)
        }
        return text
    }
}
