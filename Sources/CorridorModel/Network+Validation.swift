/// Consistency checks of a network: the rules a spreadsheet edit can break.
extension Network {
    /// Checks the network and returns warnings for what is allowed but probably unintended.
    ///
    /// Errors, in this order: duplicate ids in any file; a country code that is not two capital letters; a link,
    /// crossing, transfer or corridor naming an unknown place (with the closest id as suggestion); a link of zero
    /// or negative length or with both ends at one place; a rail link meeting a place of another gauge with no
    /// gauge-change transfer there; a link between two countries with no crossing row for either direction; a
    /// missing or malformed cost-profile parameter; a corridor whose places cannot be connected in order.
    /// Warnings: places no link reaches; transfers joining a mode their place has no link of.
    /// - Throws: the first ``NetworkError`` found.
    /// - Complexity: O(*p* + *l* · (*c* + *t*)) for the checks, plus one graph search per corridor step.
    @discardableResult
    public func validate() throws -> [NetworkWarning] {
        try checkDuplicates(places.map(\.id.code), file: File.places)
        try checkDuplicates(links.map(\.id.code), file: File.links)
        try checkDuplicates(crossings.map(\.id.code), file: File.crossings)
        try checkDuplicates(transfers.map(\.id.code), file: File.transfers)
        try checkDuplicates(parameters.map(\.key), file: File.parameters)
        try checkDuplicates(corridors.map(\.id.code), file: File.corridors)

        for (i, p) in places.enumerated() {
            let isCode = p.country.count == 2 && p.country.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
            if !isCode {
                throw NetworkError.invalidValue(file: File.places, line: line(in: File.places, row: i), column: "country",
                                                value: p.country, expected: "an ISO 3166-1 alpha-2 code in capitals such as KZ")
            }
        }
        for (i, l) in links.enumerated() {
            let at = line(in: File.links, row: i)
            try checkPlace(l.from, file: File.links, line: at, owner: "link '\(l.id)'", role: "starts at")
            try checkPlace(l.to, file: File.links, line: at, owner: "link '\(l.id)'", role: "ends at")
            if l.length <= 0 {
                throw NetworkError.invalidLength(file: File.links, line: at, link: l.id, value: DecimalText.format(l.length, dividedBy: 1000))
            }
            if l.from == l.to {
                throw NetworkError.invalidValue(file: File.links, line: at, column: "to", value: l.to.code,
                                                expected: "a place other than the link's start")
            }
        }
        for (i, c) in crossings.enumerated() {
            let at = line(in: File.crossings, row: i)
            try checkPlace(c.from, file: File.crossings, line: at, owner: "crossing '\(c.id)'", role: "leaves from")
            try checkPlace(c.to, file: File.crossings, line: at, owner: "crossing '\(c.id)'", role: "enters")
            try checkEstimate(c.time, file: File.crossings, line: at, column: "time_typical_h", divisor: 60)
            try checkEstimate(c.fee, file: File.crossings, line: at, column: "fee_typical_usd", divisor: 100)
        }
        for (i, t) in transfers.enumerated() {
            let at = line(in: File.transfers, row: i)
            try checkPlace(t.place, file: File.transfers, line: at, owner: "transfer '\(t.id)'", role: "is at")
            try checkEstimate(t.time, file: File.transfers, line: at, column: "time_typical_h", divisor: 60)
            try checkEstimate(t.cost, file: File.transfers, line: at, column: "cost_typical_usd", divisor: 100)
        }
        for (i, c) in corridors.enumerated() {
            let at = line(in: File.corridors, row: i)
            if c.places.isEmpty {
                throw NetworkError.invalidValue(file: File.corridors, line: at, column: "places", value: "",
                                                expected: "a list of place ids separated by '|'")
            }
            for p in c.places { try checkPlace(p, file: File.corridors, line: at, owner: "corridor '\(c.id)'", role: "passes") }
        }
        try checkGaugeBreaks()
        try checkCrossings()
        _ = try costProfile()
        try checkCorridors()
        return warnings()
    }

    func checkDuplicates(_ ids: [String], file: String) throws {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let j = first[id] {
                throw NetworkError.duplicateID(file: file, line: line(in: file, row: i), id: id, firstLine: line(in: file, row: j))
            }
            first[id] = i
        }
    }

    func checkPlace(_ id: Place.ID, file: String, line: Int, owner: String, role: String) throws {
        guard place(id) == nil else { return }
        throw NetworkError.unknownPlace(file: file, line: line, owner: owner, role: role, reference: id.code,
                                        suggestion: closestPlaces(to: id.code, limit: 1).first)
    }

    func checkEstimate(_ e: Estimate, file: String, line: Int, column: String, divisor: Int64) throws {
        guard !e.isOrderedAndNonNegative else { return }
        throw NetworkError.invalidValue(file: file, line: line, column: column, value: DecimalText.format(e.typical, dividedBy: divisor),
                                        expected: "between the low and the high value, all zero or more")
    }

    /// Every rail link whose gauge an end does not have needs a gauge-change transfer at that end; a dual-gauge
    /// link between ends that share no gauge needs one at either end.
    func checkGaugeBreaks() throws {
        let changes = Set(transfers.filter { $0.kind == .gaugeChange }.map(\.place))
        for (i, l) in links.enumerated() where l.mode == .rail {
            guard let a = place(l.from), let b = place(l.to) else { continue }
            let at = line(in: File.links, row: i)
            if let g = l.gauge {
                for end in [a, b] {
                    if let h = end.gauge, !end.gauges.contains(g), !changes.contains(end.id) {
                        throw NetworkError.gaugeBreakWithoutTransfer(file: File.links, line: at, link: l.id, place: end.id,
                                                                     linkGauge: g, placeGauge: h)
                    }
                }
            } else if let ga = a.gauge, let gb = b.gauge, !a.gauges.contains(where: b.gauges.contains),
                      !changes.contains(a.id), !changes.contains(b.id) {
                throw NetworkError.gaugeBreakWithoutTransfer(file: File.links, line: at, link: l.id, place: b.id,
                                                             linkGauge: ga, placeGauge: gb)
            }
        }
    }

    /// Every rail, road or ferry link between two countries needs a crossing row for each direction.
    func checkCrossings() throws {
        for (i, l) in links.enumerated() where l.mode != .pipeline {
            guard let a = place(l.from), let b = place(l.to), a.country != b.country else { continue }
            for (x, y) in [(l.from, l.to), (l.to, l.from)] where crossing(from: x, to: y, mode: l.mode) == nil {
                throw NetworkError.crossingMissing(file: File.links, line: line(in: File.links, row: i), link: l.id,
                                                   from: x, to: y, mode: l.mode)
            }
        }
    }

    /// The crossing row that prices going from `a` to `b` by `mode`, if any.
    /// A one-way row for that direction wins over a row for both directions.
    public func crossing(from a: Place.ID, to b: Place.ID, mode: Link.Mode) -> BorderCrossing? {
        crossingIndex(from: a, to: b, mode: mode).map { crossings[$0] }
    }

    /// The index in ``crossings`` of ``crossing(from:to:mode:)``.
    func crossingIndex(from a: Place.ID, to b: Place.ID, mode: Link.Mode) -> Int? {
        crossings.firstIndex { $0.direction == .oneWay && $0.applies(from: a, to: b, mode: mode) }
            ?? crossings.firstIndex { $0.applies(from: a, to: b, mode: mode) }
    }

    /// Each corridor's consecutive places must be joined by a path for containers, with every link status allowed.
    func checkCorridors() throws {
        guard !corridors.isEmpty else { return }
        var compiled = try RouteGraph(network: self, request: .corridorCheck)
        for (i, c) in corridors.enumerated() {
            for (a, b) in zip(c.places, c.places.dropFirst()) where compiled.distance(from: a, to: b) == nil {
                throw NetworkError.unconnectedCorridor(file: File.corridors, line: line(in: File.corridors, row: i),
                                                       corridor: c.id, from: a, to: b)
            }
        }
    }

    func warnings() -> [NetworkWarning] {
        var reached = Set<Place.ID>()
        var modesAt: [Place.ID: Set<Link.Mode>] = [:]
        for l in links {
            reached.insert(l.from)
            reached.insert(l.to)
            modesAt[l.from, default: []].insert(l.mode)
            modesAt[l.to, default: []].insert(l.mode)
        }
        var result: [NetworkWarning] = []
        for (i, p) in places.enumerated() where !reached.contains(p.id) {
            result.append(.unreachablePlace(file: File.places, line: line(in: File.places, row: i), place: p.id))
        }
        for (i, t) in transfers.enumerated() {
            let (m1, m2) = t.kind.modes
            let modes = modesAt[t.place, default: []]
            if !modes.contains(m1) || !modes.contains(m2) {
                result.append(.transferAtUnknownMode(file: File.transfers, line: line(in: File.transfers, row: i), transfer: t.id, place: t.place))
            }
        }
        return result
    }
}
