import Foundation

/// Reading and writing a network folder of six CSV files (see the folder's README for the columns and units).
extension Network {
    /// The files of a network folder, in the order they are read.
    public enum File {
        public static let places = "places.csv"
        public static let links = "links.csv"
        public static let crossings = "crossings.csv"
        public static let transfers = "transfers.csv"
        public static let parameters = "parameters.csv"
        public static let corridors = "corridors.csv"
        public static let all = [places, links, crossings, transfers, parameters, corridors]
    }

    static let placeColumns = ["id", "name", "alt_names", "country", "lat", "lon", "kind", "gauge_mm", "confidence", "source"]
    /// A link's own speed and tariff: three columns each, all empty for the country's and mode's figures.
    static let linkFigureColumns = ["speed_low_kmh", "speed_typical_kmh", "speed_high_kmh",
                                    "tariff_low_usd_feu_km", "tariff_typical_usd_feu_km", "tariff_high_usd_feu_km"]
    static let linkColumns = ["id", "from", "to", "mode", "gauge_mm", "length_km", "km_to_border"] + linkFigureColumns
        + ["status", "opened", "confidence", "source", "notes"]
    /// Columns a file may lack: it was written before they existed, and their absence means "not known" (or, for
    /// a link's speed and tariff, "the parameter sheet's").
    static let optionalColumns = Set(["km_to_border"] + linkFigureColumns)
    /// The largest speed a link may have, in metres per hour (200 km/h). An assumption that catches typing mistakes,
    /// a speed in km per day above all: the parameter sheet's fastest freight figure is 1,500 km a day (62.5 km/h).
    static let maximumLinkSpeed: Int64 = 200_000
    /// The largest tariff a link may have, in millicents per FEU-km (50 USD). An assumption that catches typing
    /// mistakes, a price per container above all: the sheet's dearest line-haul rate is 6.89 USD per truck-km.
    static let maximumLinkTariff: Int64 = 5_000_000
    static let crossingColumns = ["id", "from", "to", "mode", "direction", "time_low_h", "time_typical_h", "time_high_h",
                                  "fee_low_usd", "fee_typical_usd", "fee_high_usd", "confidence", "source", "notes"]
    static let transferColumns = ["id", "place", "kind", "time_low_h", "time_typical_h", "time_high_h",
                                  "cost_low_usd", "cost_typical_usd", "cost_high_usd", "confidence", "source", "notes"]
    static let parameterColumns = ["key", "value_low", "value_typical", "value_high", "unit", "applies_to", "confidence", "source", "notes"]
    static let corridorColumns = ["id", "name", "places", "notes"]

    /// The largest network file read (64 MiB): the bundled network's largest file is under 100 kB.
    public static let maximumFileSize = 64 << 20

    /// Reads the network in `directory`, validates it, and returns it with the warnings found.
    /// - Parameter name: the network's name; the folder's name by default.
    /// - Throws: ``NetworkError`` naming the file, the line and the value for unreadable, malformed or
    ///   inconsistent data.
    /// - Complexity: O(size of the files + validation, see ``validate()``).
    public static func load(from directory: URL, name: String? = nil) throws -> (network: Network, warnings: [NetworkWarning]) {
        var tables: [String: CSVTable] = [:]
        for file in File.all {
            let url = directory.appendingPathComponent(file)
            let text: String
            // Checked before reading, so that a device or a huge file is refused rather than read without end.
            var isEmpty = false
            if let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path) {
                isEmpty = attributes[.size] as? Int == 0
                if attributes[.type] as? FileAttributeType != .typeRegular {
                    throw NetworkError.missingFile(file: file, reason: "it is not a regular file")
                }
                if let size = attributes[.size] as? Int, size > maximumFileSize {
                    throw NetworkError.missingFile(file: file, reason: "it is larger than the \(maximumFileSize >> 20) MiB a network file may have")
                }
            }
            do {
                // Bytes first, then UTF-8 checked here, and an empty file not read at all: Foundation's readers
                // leak a buffer for bytes that are not UTF-8 and for empty files (found by fuzzing).
                guard let decoded = isEmpty ? "" : String(validating: try Data(contentsOf: url), as: UTF8.self) else {
                    throw NetworkError.missingFile(file: file, reason: "it is not readable UTF-8 text")
                }
                text = decoded
            } catch let error as NetworkError {
                throw error
            } catch {
                let exists = FileManager.default.fileExists(atPath: url.path)
                throw NetworkError.missingFile(file: file, reason: exists ? "it is not readable UTF-8 text"
                                                                          : "there is no such file in '\(directory.lastPathComponent)'")
            }
            tables[file] = try CSVTable(parsing: text, file: file)
        }
        var network = try Network(name: name ?? directory.standardizedFileURL.lastPathComponent, tables: tables)
        let warnings = try network.validate()
        network.rowLines = tables.mapValues(\.rowLines)
        return (network, warnings)
    }

    /// Builds a network from parsed tables, converting each field; does not validate references.
    init(name: String, tables: [String: CSVTable]) throws {
        let places = try Reader(tables[File.places]!, file: File.places, columns: Self.placeColumns).rows { r in
            Place(id: Place.ID(try r.text("id", required: true)), name: try r.text("name", required: true),
                  alternativeNames: r.list("alt_names"), country: try r.text("country", required: true),
                  latitude: try r.coordinate("lat", limit: 90), longitude: try r.coordinate("lon", limit: 180),
                  kind: try r.choice("kind"), gauge: try r.gauges("gauge_mm").first,
                  otherGauges: Array(try r.gauges("gauge_mm").dropFirst()), source: r.text("source"), confidence: try r.choice("confidence"))
        }
        let links = try Reader(tables[File.links]!, file: File.links, columns: Self.linkColumns).rows { r in
            let id = Link.ID(try r.text("id", required: true))
            let lengthText = r.text("length_km")
            guard let length = DecimalText.scaled(lengthText, by: 1000) else {
                throw NetworkError.invalidLength(file: File.links, line: r.line, link: id, value: lengthText)
            }
            let opened = r.text("opened"), borderText = r.text("km_to_border")
            var border: Metres?
            if !borderText.isEmpty {
                guard let b = DecimalText.scaled(borderText, by: 1000), b >= 0, b <= length else {
                    throw NetworkError.invalidValue(file: File.links, line: r.line, column: "km_to_border", value: borderText,
                                                    expected: "kilometres from the link's start to the border, between 0 and length_km, or empty")
                }
                border = b
            }
            let speed = try r.linkFigure(id, "speed", suffix: "_kmh", scale: 1000, maximum: Self.maximumLinkSpeed, unit: "km/h")
            let tariff = try r.linkFigure(id, "tariff", suffix: "_usd_feu_km", scale: 100_000, maximum: Self.maximumLinkTariff,
                                          unit: "US dollars per FEU-km")
            return Link(id: id, from: Place.ID(try r.text("from", required: true)), to: Place.ID(try r.text("to", required: true)),
                        mode: try r.choice("mode"), gauge: try r.gauge("gauge_mm"), length: length, borderDistance: border,
                        speed: speed, tariff: tariff,
                        status: try r.choice("status"), opened: opened.isEmpty ? nil : opened,
                        source: r.text("source"), confidence: try r.choice("confidence"), notes: r.text("notes"))
        }
        let crossings = try Reader(tables[File.crossings]!, file: File.crossings, columns: Self.crossingColumns).rows { r in
            BorderCrossing(id: BorderCrossing.ID(try r.text("id", required: true)),
                           from: Place.ID(try r.text("from", required: true)), to: Place.ID(try r.text("to", required: true)),
                           mode: try r.choice("mode"), direction: try r.choice("direction"),
                           time: try r.estimate("time", suffix: "_h", scale: 60, unit: "hours"),
                           fee: try r.estimate("fee", suffix: "_usd", scale: 100, unit: "US dollars"),
                           source: r.text("source"), confidence: try r.choice("confidence"), notes: r.text("notes"))
        }
        let transfers = try Reader(tables[File.transfers]!, file: File.transfers, columns: Self.transferColumns).rows { r in
            Transfer(id: Transfer.ID(try r.text("id", required: true)), place: Place.ID(try r.text("place", required: true)),
                     kind: try r.choice("kind"),
                     time: try r.estimate("time", suffix: "_h", scale: 60, unit: "hours"),
                     cost: try r.estimate("cost", suffix: "_usd", scale: 100, unit: "US dollars"),
                     source: r.text("source"), confidence: try r.choice("confidence"), notes: r.text("notes"))
        }
        let parameters = try Reader(tables[File.parameters]!, file: File.parameters, columns: Self.parameterColumns).rows { r in
            Parameter(key: try r.text("key", required: true), low: try r.decimal("value_low"),
                      typical: try r.decimal("value_typical"), high: try r.decimal("value_high"),
                      unit: r.text("unit"), appliesTo: r.text("applies_to"), source: r.text("source"),
                      confidence: try r.choice("confidence"), notes: r.text("notes"))
        }
        let corridors = try Reader(tables[File.corridors]!, file: File.corridors, columns: Self.corridorColumns).rows { r in
            Corridor(id: Corridor.ID(try r.text("id", required: true)), name: try r.text("name", required: true),
                     places: r.list("places").map { Place.ID($0) }, notes: r.text("notes"))
        }
        self.init(name: name, places: places, links: links, crossings: crossings, transfers: transfers,
                  parameters: parameters, corridors: corridors)
        self.rowLines = tables.mapValues(\.rowLines)
    }

    /// The network as the six tables of a network folder, keyed by file name.
    public func tables() -> [String: CSVTable] {
        func hours(_ m: Int64) -> String { DecimalText.format(m, dividedBy: 60) }
        func dollars(_ c: Int64) -> String { DecimalText.format(c, dividedBy: 100) }
        func gauge(_ g: Gauge?) -> String { g.map { String($0.millimetres) } ?? "" }
        func kilometres(_ m: Metres?) -> String { m.map { DecimalText.format($0, dividedBy: 1000) } ?? "" }
        func range(_ e: Estimate?, dividedBy divisor: Int64, digits: Int) -> [String] {
            guard let e else { return ["", "", ""] }
            return [e.low, e.typical, e.high].map { DecimalText.format($0, dividedBy: divisor, maximumFractionDigits: digits) }
        }
        return [
            File.places: CSVTable(header: Self.placeColumns, rows: places.map { p in
                [p.id.code, p.name, p.alternativeNames.joined(separator: "|"), p.country, "\(p.latitude)", "\(p.longitude)",
                 p.kind.rawValue, p.gauges.map { String($0.millimetres) }.joined(separator: "|"), p.confidence.rawValue, p.source]
            }),
            File.links: CSVTable(header: Self.linkColumns, rows: links.map { l in
                [l.id.code, l.from.code, l.to.code, l.mode.rawValue, gauge(l.gauge), DecimalText.format(l.length, dividedBy: 1000),
                 kilometres(l.borderDistance)] + range(l.speed, dividedBy: 1000, digits: 4) + range(l.tariff, dividedBy: 100_000, digits: 5)
                    + [l.status.rawValue, l.opened ?? "", l.confidence.rawValue, l.source, l.notes]
            }),
            File.crossings: CSVTable(header: Self.crossingColumns, rows: crossings.map { c in
                [c.id.code, c.from.code, c.to.code, c.mode.rawValue, c.direction.rawValue,
                 hours(c.time.low), hours(c.time.typical), hours(c.time.high),
                 dollars(c.fee.low), dollars(c.fee.typical), dollars(c.fee.high), c.confidence.rawValue, c.source, c.notes]
            }),
            File.transfers: CSVTable(header: Self.transferColumns, rows: transfers.map { t in
                [t.id.code, t.place.code, t.kind.rawValue, hours(t.time.low), hours(t.time.typical), hours(t.time.high),
                 dollars(t.cost.low), dollars(t.cost.typical), dollars(t.cost.high), t.confidence.rawValue, t.source, t.notes]
            }),
            File.parameters: CSVTable(header: Self.parameterColumns, rows: parameters.map { p in
                [p.key, DecimalText.text(p.low), DecimalText.text(p.typical), DecimalText.text(p.high), p.unit, p.appliesTo,
                 p.confidence.rawValue, p.source, p.notes]
            }),
            File.corridors: CSVTable(header: Self.corridorColumns, rows: corridors.map { c in
                [c.id.code, c.name, c.places.map(\.code).joined(separator: "|"), c.notes]
            }),
        ]
    }

    /// Writes the six files of the network into `directory` (which must exist), so that ``load(from:name:)`` reads
    /// back equal values. Each file is written to a temporary name first and then moved into place.
    /// - Throws: ``NetworkError/cannotWrite(file:reason:)``.
    public func write(to directory: URL) throws {
        for (file, table) in tables() {
            let url = directory.appendingPathComponent(file)
            do {
                try Data(table.text.utf8).write(to: url, options: .atomic)
            } catch {
                throw NetworkError.cannotWrite(file: file, reason: "\(error.localizedDescription)")
            }
        }
    }
}

extension Network {
    /// A fingerprint of the network's rows: FNV-1a (64 bits) over its six tables as CSV text, in file order, as
    /// sixteen hexadecimal digits. Equal networks have equal fingerprints whatever their names; a changed figure,
    /// source or note changes it (with the odds of a 64-bit hash). The links' speed and tariff columns count only
    /// when some link fills them, so a network keeps the fingerprint it had before those columns existed.
    /// - Complexity: O(size of the tables).
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var tables = tables()
        if links.allSatisfy({ $0.speed == nil && $0.tariff == nil }), let table = tables[File.links] {
            let kept = table.header.indices.filter { !Self.linkFigureColumns.contains(table.header[$0]) }
            tables[File.links] = CSVTable(header: kept.map { table.header[$0] }, rows: table.rows.map { row in kept.map { row[$0] } })
        }
        for file in File.all {
            for byte in (file + "\n" + (tables[file]?.text ?? "")).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
