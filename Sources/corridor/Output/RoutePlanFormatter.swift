import CorridorModel
import Foundation

/// Writes a ``RoutePlan`` as a table, JSON, GeoJSON or TSV, naming places as the network does.
///
/// Figures are the model's integers (metres, minutes, cents, grams). The table rounds them for reading; JSON and
/// TSV keep them exact, so a script can check that the totals equal the sum of the legs, crossings and transfers.
struct RoutePlanFormatter {
    let plan: RoutePlan
    let network: Network

    /// One event of the journey in the order travelled: a leg, a border crossing or a transfer.
    enum Event {
        case leg(RoutePlan.Leg)
        case crossing(RoutePlan.Crossing)
        case transfer(RoutePlan.TransferStop)

        var position: Int {
            switch self {
            case .leg(let leg): leg.position
            case .crossing(let crossing): crossing.position
            case .transfer(let transfer): transfer.position
            }
        }
    }

    /// Legs, crossings and transfers merged by position.
    var events: [Event] {
        (plan.legs.map(Event.leg) + plan.crossings.map(Event.crossing) + plan.transfers.map(Event.transfer))
            .sorted { $0.position < $1.position }
    }

    func name(_ id: Place.ID) -> String { network.place(id)?.name ?? id.code }

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
        for (number, event) in events.enumerated() {
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
                              "", Readable.duration(transfer.time.typical), Readable.money(transfer.cost.typical),
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

    // MARK: JSON

    /// The plan with exact integer figures in named units; ranges as `{low, typical, high}`.
    func json() -> JSONValue {
        let request = plan.request
        let steps: [JSONValue] = events.map { event in
            switch event {
            case .leg(let leg):
                return .object([
                    ("position", .integer(leg.position)), ("type", .string("leg")), ("mode", .string(leg.mode.rawValue)),
                    ("gaugeMillimetres", leg.gauge.map { .integer($0.millimetres) } ?? .null),
                    ("country", .string(leg.country)),
                    ("from", place(leg.from)), ("to", place(leg.to)),
                    ("places", .array(leg.places.map { .string($0.code) })),
                    ("links", .array(leg.links.map { .string($0.code) })),
                    ("distanceMetres", .integer(leg.distance)),
                    ("timeMinutes", estimate(leg.time)), ("costCents", estimate(leg.cost)), ("co2Grams", estimate(leg.co2)),
                ])
            case .crossing(let crossing):
                return .object([
                    ("position", .integer(crossing.position)), ("type", .string("border-crossing")),
                    ("crossing", .string(crossing.crossing.code)), ("mode", .string(crossing.mode.rawValue)),
                    ("from", place(crossing.from)), ("to", place(crossing.to)),
                    ("fromCountry", .string(crossing.fromCountry)), ("toCountry", .string(crossing.toCountry)),
                    ("distanceMetres", .integer(0)),
                    ("timeMinutes", estimate(crossing.time)), ("costCents", estimate(crossing.cost)),
                    ("co2Grams", estimate(.zero)), ("confidence", .string(crossing.confidence.rawValue)),
                ])
            case .transfer(let transfer):
                return .object([
                    ("position", .integer(transfer.position)), ("type", .string("transfer")),
                    ("transfer", .string(transfer.transfer.code)), ("kind", .string(transfer.kind.rawValue)),
                    ("place", place(transfer.place)), ("before", .string(transfer.before)), ("after", .string(transfer.after)),
                    ("distanceMetres", .integer(0)),
                    ("timeMinutes", estimate(transfer.time)), ("costCents", estimate(transfer.cost)),
                    ("co2Grams", estimate(transfer.co2)), ("confidence", .string(transfer.confidence.rawValue)),
                ])
            }
        }
        let totals = plan.totals
        return .object([
            ("network", .string(network.name)),
            ("from", place(request.from)), ("to", place(request.to)),
            ("via", .array(request.via.map(place))),
            ("objective", .string(request.objective.rawValue)),
            ("objectiveValue", .integer(plan.objectiveValue)),
            ("cargo", .string(request.cargo.description)),
            ("steps", .array(steps)),
            ("totals", .object([
                ("distanceMetres", .integer(totals.distance)),
                ("timeMinutes", estimate(totals.time)), ("costCents", estimate(totals.cost)),
                ("co2Grams", estimate(totals.co2)),
                ("borderCrossings", .integer(totals.borderCrossings)), ("gaugeChanges", .integer(totals.gaugeChanges)),
                ("modeChanges", .integer(totals.modeChanges)),
                ("modes", .array(totals.modes.map { .string($0.rawValue) })),
                ("countries", .array(totals.countries.map(JSONValue.string))),
            ])),
        ])
    }

    private func place(_ id: Place.ID) -> JSONValue {
        .object([("id", .string(id.code)), ("name", .string(name(id)))])
    }

    private func estimate(_ value: Estimate) -> JSONValue {
        .object([("low", .integer(value.low)), ("typical", .integer(value.typical)), ("high", .integer(value.high))])
    }

    // MARK: GeoJSON

    /// A feature collection: each leg a line string through its places, each crossing and transfer a point.
    func geoJSON() -> JSONValue {
        func position(_ id: Place.ID) -> JSONValue? {
            network.place(id).map { .array([.decimal($0.longitude, places: 5), .decimal($0.latitude, places: 5)]) }
        }
        let features: [JSONValue] = events.map { event in
            switch event {
            case .leg(let leg):
                return feature(.object([("type", .string("LineString")),
                                        ("coordinates", .array(leg.places.compactMap(position)))]), [
                    ("step", .string("leg")), ("position", .integer(leg.position)), ("mode", .string(leg.mode.rawValue)),
                    ("country", .string(leg.country)), ("from", .string(name(leg.from))), ("to", .string(name(leg.to))),
                    ("distanceKm", .decimal(Double(leg.distance) / 1000, places: 1)),
                    ("timeHours", .decimal(Double(leg.time.typical) / 60, places: 1)),
                    ("costUSD", .decimal(Double(leg.cost.typical) / 100, places: 2)),
                    ("co2Kg", .decimal(Double(leg.co2.typical) / 1000, places: 1)),
                ])
            case .crossing(let crossing):
                return feature(.object([("type", .string("Point")), ("coordinates", position(crossing.to) ?? .null)]), [
                    ("step", .string("border-crossing")), ("position", .integer(crossing.position)),
                    ("crossing", .string(crossing.crossing.code)),
                    ("from", .string(name(crossing.from))), ("to", .string(name(crossing.to))),
                    ("timeHours", .decimal(Double(crossing.time.typical) / 60, places: 1)),
                    ("costUSD", .decimal(Double(crossing.cost.typical) / 100, places: 2)),
                ])
            case .transfer(let transfer):
                return feature(.object([("type", .string("Point")), ("coordinates", position(transfer.place) ?? .null)]), [
                    ("step", .string("transfer")), ("position", .integer(transfer.position)),
                    ("kind", .string(transfer.kind.rawValue)), ("place", .string(name(transfer.place))),
                    ("timeHours", .decimal(Double(transfer.time.typical) / 60, places: 1)),
                    ("costUSD", .decimal(Double(transfer.cost.typical) / 100, places: 2)),
                ])
            }
        }
        return .object([("type", .string("FeatureCollection")), ("features", .array(features))])
    }

    private func feature(_ geometry: JSONValue, _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("Feature")), ("geometry", geometry), ("properties", .object(properties))])
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
        for event in events {
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
        ["from", "to", objectiveColumn(objective)]
            + otherTotals(objective).map { objectiveColumn($0) } + ["border_crossings", "gauge_changes"]
    }

    /// The totals reported after the objective's value, in a fixed order.
    static func otherTotals(_ objective: RouteRequest.Objective) -> [RouteRequest.Objective] {
        [.distance, .time, .cost, .co2].filter { $0 != objective }
    }

    static func objectiveColumn(_ objective: RouteRequest.Objective) -> String {
        switch objective {
        case .distance: "distance_km"
        case .time: "time_h"
        case .cost: "cost_usd"
        case .co2: "co2_kg"
        case .generalized: "generalized_usd"
        }
    }

    /// The objective's value in the unit of ``objectiveColumn(_:)``.
    static func objectiveText(_ value: Int64, _ objective: RouteRequest.Objective) -> String {
        switch objective {
        case .distance: Readable.decimal(Double(value) / 1000, places: 3)
        case .time: Readable.decimal(Double(value) / 60, places: 2)
        case .cost, .generalized: Readable.decimal(Double(value) / 100, places: 2)
        case .co2: Readable.decimal(Double(value) / 1000, places: 3)
        }
    }

    /// The fields after `from` and `to` of one `route --pairs` line.
    func pairsFields() -> [String] {
        let totals = plan.totals
        let objective = plan.request.objective
        let values: [RouteRequest.Objective: Int64] = [.distance: totals.distance, .time: totals.time.typical,
                                                       .cost: totals.cost.typical, .co2: totals.co2.typical]
        return [RoutePlanFormatter.objectiveText(plan.objectiveValue, objective)]
            + RoutePlanFormatter.otherTotals(objective).map { RoutePlanFormatter.objectiveText(values[$0]!, $0) }
            + [String(totals.borderCrossings), String(totals.gaugeChanges)]
    }
}
