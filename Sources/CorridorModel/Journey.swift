import Foundation

/// A freight journey reported by an operator or the press: where it ran, along which corridor, by which modes,
/// how far and how long. Journeys are the yardstick the model is calibrated against (see ``Calibration``).
///
/// Read from a `journeys.csv` beside a network's files: `id`, `origin`, `destination`, `vias` (place ids the
/// reported route passes, in order, `|`-separated), `route` (the route as the source describes it), `mode`
/// (`rail`, `road`, or modes joined by `+` such as `rail+road`), `service` (`express` or `regular`; empty is
/// express), `km` (reported length, empty if none), `days` (reported transit time), `year`, `source`,
/// `confidence` (of the reported figures) and `notes`.
public struct Journey: Hashable, Sendable {
    public struct ID: Slug {
        public var code: String
        public init(_ code: String) { self.code = code }
    }

    /// How the journey's figures are known.
    public enum Certainty: String, Hashable, Sendable, CaseIterable {
        /// Stated by the operator or the press for a run that took place (or its schedule).
        case reported
        /// Stated as an expectation before the run, or rounded ("about two weeks").
        case estimate
        /// A figure the source does not give, filled in by us (the notes say how).
        case assumption
        /// A length measured by us on a map, the source giving none.
        case mapEstimate = "map-estimate"
    }

    public var id: ID
    public var origin: Place.ID
    public var destination: Place.ID
    public var vias: [Place.ID]
    public var route: String
    public var modes: Set<Link.Mode>
    public var service: RouteRequest.Service
    /// The reported length in metres, if the source gives one.
    public var reportedLength: Metres?
    /// The reported transit time in minutes.
    public var reportedTime: Minutes
    public var year: String
    public var source: String
    public var confidence: Certainty
    public var notes: String

    public init(id: ID, origin: Place.ID, destination: Place.ID, vias: [Place.ID] = [], route: String = "",
                modes: Set<Link.Mode>, service: RouteRequest.Service = .express, reportedLength: Metres? = nil,
                reportedTime: Minutes, year: String = "", source: String = "", confidence: Certainty = .reported,
                notes: String = "") {
        self.id = id
        self.origin = origin
        self.destination = destination
        self.vias = vias
        self.route = route
        self.modes = modes
        self.service = service
        self.reportedLength = reportedLength
        self.reportedTime = reportedTime
        self.year = year
        self.source = source
        self.confidence = confidence
        self.notes = notes
    }

    /// The name of the journeys file in a network folder.
    public static let fileName = "journeys.csv"
    static let columns = ["id", "origin", "destination", "vias", "route", "mode", "service", "km", "days", "year", "source",
                          "confidence", "notes"]

    /// Reads the journeys of a `journeys.csv` text.
    /// - Throws: ``NetworkError`` naming the file, line and value of a malformed row.
    /// - Complexity: O(size of the text).
    public static func read(_ text: String, file: String = fileName) throws -> [Journey] {
        let table = try CSVTable(parsing: text, file: file)
        let journeys = try Reader(table, file: file, columns: columns).rows { r in
            let id = ID(try r.text("id", required: true))
            var modes = Set<Link.Mode>()
            for name in r.text("mode").split(separator: "+").map({ String($0).trimmingSpaces() }) {
                guard let mode = Link.Mode(rawValue: name), mode != .pipeline else {
                    throw NetworkError.invalidValue(file: file, line: r.line, column: "mode", value: r.text("mode"),
                                                    expected: "rail, road or ferry, or several joined by '+' such as rail+road")
                }
                modes.insert(mode)
            }
            let serviceText = r.text("service")
            guard let service = serviceText.isEmpty ? .express : RouteRequest.Service(rawValue: serviceText) else {
                throw NetworkError.invalidValue(file: file, line: r.line, column: "service", value: serviceText,
                                                expected: "'express', 'regular' or empty")
            }
            let kmText = r.text("km")
            var length: Metres?
            if !kmText.isEmpty {
                guard let metres = DecimalText.scaled(kmText, by: 1000), metres > 0 else {
                    throw NetworkError.invalidValue(file: file, line: r.line, column: "km", value: kmText,
                                                    expected: "a positive number of kilometres, or empty")
                }
                length = metres
            }
            let daysText = r.text("days")
            guard let minutes = DecimalText.scaled(daysText, by: 1440), minutes > 0 else {
                throw NetworkError.invalidValue(file: file, line: r.line, column: "days", value: daysText,
                                                expected: "a positive number of days such as 14 or 1.3")
            }
            return Journey(id: id, origin: Place.ID(try r.text("origin", required: true)),
                           destination: Place.ID(try r.text("destination", required: true)),
                           vias: r.list("vias").map { Place.ID($0) }, route: r.text("route"), modes: modes,
                           service: service, reportedLength: length, reportedTime: minutes, year: r.text("year"),
                           source: r.text("source"), confidence: try r.choice("confidence"), notes: r.text("notes"))
        }
        var seen: [ID: Int] = [:]
        for (i, j) in journeys.enumerated() {
            if let first = seen[j.id] {
                throw NetworkError.duplicateID(file: file, line: table.rowLines[i], id: j.id.code, firstLine: table.rowLines[first])
            }
            seen[j.id] = i
        }
        return journeys
    }

    /// Reads `journeys.csv` in `directory`.
    /// - Throws: ``NetworkError/missingFile(file:reason:)`` or the errors of ``read(_:file:)``.
    public static func load(from directory: URL) throws -> [Journey] {
        let url = directory.appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw NetworkError.missingFile(file: fileName, reason: exists ? "it is not readable UTF-8 text"
                                                                          : "there is no such file in '\(directory.lastPathComponent)'")
        }
        return try read(text, file: fileName)
    }
}
