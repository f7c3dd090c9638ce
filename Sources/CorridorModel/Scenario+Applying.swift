/// Applying a scenario to a network: the changes edit the network's tables by column name, then the result is
/// read and validated like a network folder.
extension Scenario {
    /// The network `base` becomes under this scenario, named `name` (the base's name by default), validated, with
    /// its warnings.
    ///
    /// Errors name this scenario's file and the line of the change at fault: a change naming an id, column or
    /// country the network lacks; a row it adds or edits that does not read (the message is the network file's,
    /// relocated to the change); or a network that no longer validates, blamed on the first change after which
    /// the same error appears.
    /// - Throws: ``NetworkError``.
    /// - Complexity: O(changes × rows of the network) to edit, then one validation; a failed validation is
    ///   repeated once per change to find the change at fault.
    public func apply(to base: Network, name: String? = nil) throws -> (network: Network, warnings: [NetworkWarning]) {
        let name = name ?? base.name
        let edited = try edit(base, upTo: changes.count)
        do {
            return try edited.build(name: name)
        } catch let error as NetworkError {
            if let (networkFile, line) = error.location, let change = edited.touched[networkFile]?[line] {
                throw error.relocated(file: file, line: change.line)
            }
            for (count, change) in changes.enumerated() {
                do { _ = try edit(base, upTo: count + 1).build(name: name) } catch let e as NetworkError where e == error {
                    throw NetworkError.scenarioBreaksNetwork(file: file, line: change.line, id: change.id, error: error)
                }
            }
            throw error
        }
    }

    /// The base's tables after the first `count` changes.
    func edit(_ base: Network, upTo count: Int) throws -> EditedTables {
        var tables = EditedTables(base: base)
        for change in changes.prefix(count) { try tables.apply(change, file: file) }
        return tables
    }
}

/// A network's tables being edited by a scenario, remembering which change last touched each row.
struct EditedTables {
    var tables: [String: CSVTable]
    /// Per network file, the table line of each row a change touched, and that change.
    var touched: [String: [Int: Scenario.Change]] = [:]

    init(base: Network) {
        tables = base.tables()
        for (file, table) in tables {
            tables[file]!.rowLines = table.rows.indices.map { base.line(in: file, row: $0) }
        }
    }

    /// Reads and validates the edited tables.
    func build(name: String) throws -> (network: Network, warnings: [NetworkWarning]) {
        let network = try Network(name: name, tables: tables)
        return (network, try network.validate())
    }

    mutating func apply(_ change: Scenario.Change, file: String) throws {
        func fail(_ problem: String) -> NetworkError {
            .scenarioChange(file: file, line: change.line, id: change.id, problem: problem)
        }
        switch (change.action, change.target) {
        case (.close, .link):
            let row = try row(of: .link, id: change.id, file: file, line: change.line)
            try set("status", to: Link.Status.closed.rawValue, in: Network.File.links, row: row, by: change, file: file)
        case (.close, .place):
            _ = try row(of: .place, id: change.id, file: file, line: change.line)
            try closeLinks(by: change, file: file) { from, to, _ in from == change.id || to == change.id }
        case (.close, .country):
            let places = Set(rows(Network.File.places).filter { $0["country"] == change.id.uppercased() }.compactMap { $0["id"] })
            if places.isEmpty { throw fail("no place of the network lies in the country '\(change.id)'; write its ISO code, such as IR") }
            try closeLinks(by: change, file: file) { from, to, _ in places.contains(from) || places.contains(to) }
        case (.close, .crossing):
            let row = try row(of: .crossing, id: change.id, file: file, line: change.line)
            let crossing = rows(Network.File.crossings)[row]
            let ends: Set = [crossing["from"] ?? "", crossing["to"] ?? ""]
            let closed = try closeLinks(by: change, file: file) { from, to, mode in Set([from, to]) == ends && mode == crossing["mode"] }
            if closed == 0 { throw fail("no \(crossing["mode"] ?? "") link joins the two sides of crossing '\(change.id)'") }
        case (.open, _):
            let row = try row(of: .link, id: change.id, file: file, line: change.line)
            if rows(Network.File.links)[row]["status"] == Link.Status.operational.rawValue {
                throw fail("link '\(change.id)' is already operational; drop the change or name the link to open")
            }
            try set("status", to: Link.Status.operational.rawValue, in: Network.File.links, row: row, by: change, file: file)
        case (.set, let target):
            let networkFile = target.file!
            let row = try row(of: target, id: change.id, file: file, line: change.line)
            let columns = try self.columns(change.column, in: networkFile, change: change, file: file)
            let parts = change.value.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            guard columns.count == 1 || parts.count == 1 || parts.count == 3 else {
                throw fail("the range '\(change.column)' takes one value or three written low|typical|high, not '\(change.value)'")
            }
            for (i, column) in columns.enumerated() {
                try set(column, to: columns.count == 1 || parts.count == 1 ? change.value : parts[i],
                        in: networkFile, row: row, by: change, file: file)
            }
        case (.add, let target):
            let networkFile = target.file!
            if rows(networkFile).contains(where: { $0[target.idColumn] == change.id }) {
                throw fail("the network already has a \(target.rawValue) '\(change.id)'; use 'set' to change it, or choose a new id")
            }
            let header = tables[networkFile]!.header
            var fields = Array(repeating: "", count: header.count)
            var given: [(column: String, value: String)] = [(target.idColumn, change.id)]
            if header.contains("source") { given.append(("source", change.source)) }
            if header.contains("notes") { given.append(("notes", change.note)) }
            for (column, value) in try Scenario.fields(of: change, file: file) {
                for expanded in try columns(column, in: networkFile, change: change, file: file) {
                    given.removeAll { $0.column == expanded }
                    given.append((expanded, value))
                }
            }
            for (column, value) in given { fields[header.firstIndex(of: column)!] = value }
            let line = (tables[networkFile]!.rowLines.max() ?? 1) + 1
            tables[networkFile]!.rows.append(fields)
            tables[networkFile]!.rowLines.append(line)
            touched[networkFile, default: [:]][line] = change
        default:
            throw fail("'\(change.action.rawValue)' does not apply to a \(change.target.rawValue)")
        }
    }

    /// The rows of a network file as column → value dictionaries.
    func rows(_ networkFile: String) -> [[String: String]] {
        let table = tables[networkFile]!
        return table.rows.map { Dictionary(zip(table.header, $0), uniquingKeysWith: { a, _ in a }) }
    }

    /// The index of the row of `target` with id `id`.
    func row(of target: Scenario.Target, id: String, file: String, line: Int) throws -> Int {
        let networkFile = target.file!
        let ids = rows(networkFile).map { $0[target.idColumn] ?? "" }
        if let i = ids.firstIndex(of: id) { return i }
        let closest = ids.min { $0.editDistance(to: id) < $1.editDistance(to: id) }
        let hint = closest.map { "; did you mean '\($0)'?" } ?? ""
        throw NetworkError.scenarioChange(file: file, line: line, id: id,
                                          problem: "the network has no \(target.rawValue) '\(id)' in \(networkFile)\(hint)")
    }

    /// The columns a change's column name stands for: itself, or the low, typical and high columns of a range.
    func columns(_ name: String, in networkFile: String, change: Scenario.Change, file: String) throws -> [String] {
        let header = tables[networkFile]!.header
        if header.contains(name) { return [name] }
        // The range's stem ends at one of the name's underscores or at its end: `time_h` → `time_low_h`,
        // `tariff_usd_feu_km` → `tariff_low_usd_feu_km`, `value` → `value_low`.
        for cut in name.indices.filter({ name[$0] == "_" }) + [name.endIndex] {
            let stem = name[..<cut], suffix = name[cut...]
            let range = ["low", "typical", "high"].map { "\(stem)_\($0)\(suffix)" }
            if range.allSatisfy(header.contains) { return range }
        }
        throw NetworkError.scenarioChange(file: file, line: change.line, id: change.id,
            problem: "\(networkFile) has no column '\(name)'; its columns are \(header.joined(separator: ", "))")
    }

    mutating func set(_ column: String, to value: String, in networkFile: String, row: Int, by change: Scenario.Change,
                      file: String) throws {
        guard let c = tables[networkFile]!.header.firstIndex(of: column) else {
            throw NetworkError.scenarioChange(file: file, line: change.line, id: change.id,
                                              problem: "\(networkFile) has no column '\(column)'")
        }
        tables[networkFile]!.rows[row][c] = value
        touched[networkFile, default: [:]][tables[networkFile]!.rowLines[row]] = change
    }

    /// Closes every link for which `matches(from, to, mode)` holds; returns how many.
    @discardableResult
    mutating func closeLinks(by change: Scenario.Change, file: String,
                             where matches: (String, String, String) -> Bool) throws -> Int {
        var count = 0
        for (i, link) in rows(Network.File.links).enumerated()
        where matches(link["from"] ?? "", link["to"] ?? "", link["mode"] ?? "") {
            try set("status", to: Link.Status.closed.rawValue, in: Network.File.links, row: i, by: change, file: file)
            count += 1
        }
        return count
    }
}

extension NetworkError {
    /// The network file and line the error is about, if any.
    var location: (file: String, line: Int)? {
        switch self {
        case let .malformedCSV(file, line, _), let .wrongFieldCount(file, line, _, _),
             let .invalidValue(file, line, _, _, _), let .duplicateID(file, line, _, _),
             let .unknownPlace(file, line, _, _, _, _), let .invalidLength(file, line, _, _),
             let .invalidLinkFigure(file, line, _, _, _, _),
             let .gaugeBreakWithoutTransfer(file, line, _, _, _, _), let .crossingMissing(file, line, _, _, _, _),
             let .unconnectedCorridor(file, line, _, _, _):
            (file, line)
        default: nil
        }
    }

    /// The same error, said of `file` and `line` instead.
    func relocated(file: String, line: Int) -> NetworkError {
        switch self {
        case let .malformedCSV(_, _, reason): .malformedCSV(file: file, line: line, reason: reason)
        case let .wrongFieldCount(_, _, expected, found): .wrongFieldCount(file: file, line: line, expected: expected, found: found)
        case let .invalidValue(_, _, column, value, expected):
            .invalidValue(file: file, line: line, column: column, value: value, expected: expected)
        case let .duplicateID(_, _, id, _): .duplicateID(file: file, line: line, id: id, firstLine: line)
        case let .unknownPlace(_, _, owner, role, reference, suggestion):
            .unknownPlace(file: file, line: line, owner: owner, role: role, reference: reference, suggestion: suggestion)
        case let .invalidLength(_, _, link, value): .invalidLength(file: file, line: line, link: link, value: value)
        case let .invalidLinkFigure(_, _, link, column, value, expected):
            .invalidLinkFigure(file: file, line: line, link: link, column: column, value: value, expected: expected)
        case let .gaugeBreakWithoutTransfer(_, _, link, place, linkGauge, placeGauge):
            .gaugeBreakWithoutTransfer(file: file, line: line, link: link, place: place, linkGauge: linkGauge, placeGauge: placeGauge)
        case let .crossingMissing(_, _, link, from, to, mode):
            .crossingMissing(file: file, line: line, link: link, from: from, to: to, mode: mode)
        case let .unconnectedCorridor(_, _, corridor, from, to):
            .unconnectedCorridor(file: file, line: line, corridor: corridor, from: from, to: to)
        default: self
        }
    }
}
