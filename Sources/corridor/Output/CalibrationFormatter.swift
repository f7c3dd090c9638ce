import CorridorModel
import CorridorService
import Foundation

/// Writes a ``Calibration`` as a text table with a summary line, as JSON, or as CSV (one row per journey).
enum CalibrationFormatter {
    /// The summary: how many lengths agree and how many reported times fall inside the model's range.
    static func summary(_ c: Calibration) -> String {
        let share = Int((c.insideShare * 100).rounded())
        return "Lengths within ±\(Int(Calibration.lengthTolerance * 100)) %: \(c.lengthsWithin) of \(c.lengthsChecked) reported; "
            + "reported days inside the model's low–high range: \(c.timesInside) of \(c.rows.count) (\(share) %).\n"
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "" }
        return (value >= 0 ? "+" : "") + String(format: "%.0f %%", value * 100)
    }

    static func table(_ c: Calibration) -> String {
        var table = TextTable([("journey", .left), ("mode", .left), ("km reported", .right), ("km model", .right),
                               ("km error", .right), ("days reported", .right), ("days model (low – high)", .right),
                               ("days error", .right), ("inside", .left)])
        for row in c.rows {
            let j = row.journey
            let modes = j.modes.sorted().map(\.rawValue).joined(separator: "+")
            guard let plan = row.plan else {
                table.append([j.id.code, modes, j.reportedLength.map(Readable.kilometres) ?? "", "", "",
                              Readable.days(j.reportedTime), "no route: \(row.reason ?? "")", "", "no"])
                continue
            }
            let t = plan.totals.time
            table.append([j.id.code, modes, j.reportedLength.map(Readable.kilometres) ?? "",
                          Readable.kilometres(plan.totals.distance), percent(row.lengthError), Readable.days(j.reportedTime),
                          "\(Readable.days(t.typical)) (\(Readable.days(t.low)) – \(Readable.days(t.high)))",
                          percent(row.timeError), row.timeInside ? "yes" : "no"])
        }
        return table.render() + "\n" + summary(c)
    }

    static func json(_ c: Calibration) -> String {
        let rows: [JSONValue] = c.rows.map { row in
            let j = row.journey
            var members: [(String, JSONValue)] = [
                ("journey", .string(j.id.code)), ("origin", .string(j.origin.code)), ("destination", .string(j.destination.code)),
                ("modes", .array(j.modes.sorted().map { .string($0.rawValue) })), ("service", .string(j.service.rawValue)),
                ("reportedMetres", j.reportedLength.map { .integer($0) } ?? .null),
                ("reportedMinutes", .integer(j.reportedTime)), ("year", .string(j.year)), ("source", .string(j.source)),
                ("confidence", .string(j.confidence.rawValue)),
            ]
            if let plan = row.plan {
                members += [("modelMetres", .integer(plan.totals.distance)),
                            ("modelMinutes", .object([("low", .integer(plan.totals.time.low)),
                                                      ("typical", .integer(plan.totals.time.typical)),
                                                      ("high", .integer(plan.totals.time.high))])),
                            ("lengthError", row.lengthError.map { .decimal($0) } ?? .null),
                            ("timeError", row.timeError.map { .decimal($0) } ?? .null)]
            } else {
                members += [("modelMetres", .null), ("modelMinutes", .null), ("reason", .string(row.reason ?? ""))]
            }
            members.append(("inside", .bool(row.timeInside)))
            return .object(members)
        }
        let value = JSONValue.object([
            ("journeys", .array(rows)),
            ("lengthsChecked", .integer(c.lengthsChecked)), ("lengthsWithin", .integer(c.lengthsWithin)),
            ("timesInside", .integer(c.timesInside)), ("insideShare", .decimal(c.insideShare)),
        ])
        return value.rendered() + "\n"
    }

    static func csv(_ c: Calibration) -> String {
        var text = Delimited.csvLine(["journey", "modes", "km_reported", "km_model", "km_error", "days_reported", "days_low",
                                      "days_typical", "days_high", "days_error", "inside"])
        for row in c.rows {
            let j = row.journey, t = row.plan?.totals.time
            func ratio(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "" }
            func km(_ m: Int64?) -> String { m.map { String(format: "%.1f", Double($0) / 1000) } ?? "" }
            func days(_ m: Int64?) -> String { m.map(Readable.days) ?? "" }
            let modes = j.modes.sorted().map(\.rawValue).joined(separator: "+")
            let fields: [String] = [j.id.code, modes, km(j.reportedLength), km(row.plan?.totals.distance),
                                    ratio(row.lengthError), Readable.days(j.reportedTime), days(t?.low), days(t?.typical),
                                    days(t?.high), ratio(row.timeError), row.timeInside ? "yes" : "no"]
            text += Delimited.csvLine(fields)
        }
        return text
    }
}
