import CorridorGraph

extension RouteGraph {
    /// Turns a path of this graph into a plan: legs grouped by mode, country and gauge; crossings and transfers
    /// as events of their own; totals as the sums of all of them. A pipeline that leaves a country counts a border
    /// crossing of no time and no fee (its link's id names it).
    ///
    /// Road legs carry the crew's rest spread over them (see `Pricing`), which keeps the search's weights additive.
    /// The plan then charges each stretch of road legs and road crossings between two transfers the daily rests
    /// its driving really needs, less the time the truck queues at the stretch's borders (a crew rests while it
    /// waits); the legs keep the rest that remains, in proportion to their share. The plan's road time is
    /// therefore at most what the search weighed.
    /// - Complexity: O(*k*) for a path of *k* arcs.
    func plan(for path: Path, request: RouteRequest) -> RoutePlan {
        let pricing = Pricing(network: network, profile: profile, load: load, service: self.request.service,
                              drivers: self.request.drivers)
        var driving: [Int: Estimate] = [:]   // leg index → driving time without rest, road legs only
        var legs: [RoutePlan.Leg] = []
        var crossings: [RoutePlan.Crossing] = []
        var transfers: [RoutePlan.TransferStop] = []
        var places: [Place.ID] = []
        var position = 0
        var lastWasLeg = false

        func addPiece(_ piece: Pricing.Piece, link: Link, state: State, from: Place.ID, to: Place.ID) {
            let gauge: Gauge? = if case let .rail(g) = state { g } else { nil }
            if lastWasLeg, var leg = legs.last, leg.mode == link.mode, leg.country == piece.country, leg.gauge == gauge {
                if leg.links.last != link.id { leg.links.append(link.id) }
                if leg.places.last != to { leg.places.append(to) }
                leg.distance += piece.measures.distance
                leg.time += piece.measures.time
                leg.cost += piece.measures.cost
                leg.co2 += piece.measures.co2
                legs[legs.count - 1] = leg
                if link.mode == .road { driving[legs.count - 1, default: .zero] += pricing.drivingTime(piece) }
            } else {
                legs.append(RoutePlan.Leg(position: position, mode: link.mode, country: piece.country, gauge: gauge,
                                          places: [from, to], links: [link.id], distance: piece.measures.distance,
                                          time: piece.measures.time, cost: piece.measures.cost, co2: piece.measures.co2))
                position += 1
                if link.mode == .road { driving[legs.count - 1] = pricing.drivingTime(piece) }
            }
            lastWasLeg = true
        }

        for arcID in path.arcIDs {
            switch meanings[Int(arcID)] {
            case .free:
                continue
            case let .link(index, forward, state, crossingIndex):
                let link = network.links[index]
                let from = forward ? link.from : link.to, to = forward ? link.to : link.from
                if places.last != from { places.append(from) }
                places.append(to)
                let (pieces, _) = pricing.link(index, forward: forward)
                addPiece(pieces[0], link: link, state: state, from: from, to: to)
                if let c = crossingIndex {
                    let crossing = network.crossings[c]
                    let m = pricing.crossing(c)
                    crossings.append(RoutePlan.Crossing(position: position, crossing: crossing.id, mode: link.mode, from: from, to: to,
                                                        fromCountry: network.place(from)?.country ?? "",
                                                        toCountry: network.place(to)?.country ?? "",
                                                        time: m.time, cost: m.cost, confidence: crossing.confidence))
                    position += 1
                    lastWasLeg = false
                } else if link.mode == .pipeline, let a = network.place(from), let b = network.place(to), a.country != b.country {
                    crossings.append(RoutePlan.Crossing(position: position, crossing: BorderCrossing.ID(link.id.code), mode: .pipeline,
                                                        from: from, to: to, fromCountry: a.country, toCountry: b.country,
                                                        time: .zero, cost: .zero, confidence: link.confidence))
                    position += 1
                    lastWasLeg = false
                }
                if pieces.count > 1 { addPiece(pieces[1], link: link, state: state, from: from, to: to) }
            case let .transfer(index, before, after):
                let t = network.transfers[index]
                let m = pricing.transfer(index)
                if places.last != t.place { places.append(t.place) }
                transfers.append(RoutePlan.TransferStop(position: position, transfer: t.id, kind: t.kind, place: t.place,
                                                        before: before.description, after: after.description,
                                                        time: m.time, cost: m.cost, co2: m.co2, confidence: t.confidence,
                                                        timeInBorderDwell: pricing.transferTimeInBorderDwell(index)))
                position += 1
                lastWasLeg = false
            }
        }
        if places.isEmpty { places = [request.from] }
        let searchedRoadTime = legs.reduce(Estimate.zero) { $0 + $1.time }
        creditBorderWaitsAsRest(legs: &legs, crossings: crossings, transfers: transfers, driving: driving, limit: pricing.driving)
        let restNotNeeded = Estimate(low: searchedRoadTime.low, typical: searchedRoadTime.typical, high: searchedRoadTime.high)
            + legs.reduce(Estimate.zero) { $0 + $1.time }.map { -$0 }

        var countries: [String] = []
        for leg in legs where countries.last != leg.country { countries.append(leg.country) }
        let totals = RoutePlan.Totals(
            distance: legs.reduce(0) { $0 + $1.distance },
            time: legs.reduce(Estimate.zero) { $0 + $1.time } + crossings.reduce(Estimate.zero) { $0 + $1.time }
                + transfers.reduce(Estimate.zero) { $0 + $1.time },
            cost: legs.reduce(Estimate.zero) { $0 + $1.cost } + crossings.reduce(Estimate.zero) { $0 + $1.cost }
                + transfers.reduce(Estimate.zero) { $0 + $1.cost },
            co2: legs.reduce(Estimate.zero) { $0 + $1.co2 } + transfers.reduce(Estimate.zero) { $0 + $1.co2 },
            borderCrossings: crossings.count,
            gaugeChanges: transfers.filter { $0.kind == .gaugeChange }.count,
            modeChanges: transfers.filter { $0.kind != .gaugeChange }.count,
            modes: Set(legs.map(\.mode)).sorted(),
            countries: countries)
        return RoutePlan(request: request, objectiveValue: objectiveValue(of: path), places: places, legs: legs,
                         crossings: crossings, transfers: transfers, totals: totals, restNotNeeded: restNotNeeded)
    }

    /// Replaces the rest spread over each road stretch by the rest the crew really needs (see ``plan(for:request:)``).
    ///
    /// A stretch is a run of road legs and road crossings between two transfers. With *D* minutes of driving and a
    /// crew driving *H* minutes a day, the crew takes ⌈*D* ÷ *H*⌉ − 1 daily rests of 24 h − *H*; the time spent at
    /// the stretch's borders counts towards them. That is never more than the linear share the legs carry.
    func creditBorderWaitsAsRest(legs: inout [RoutePlan.Leg], crossings: [RoutePlan.Crossing],
                                 transfers: [RoutePlan.TransferStop], driving: [Int: Estimate], limit: Estimate) {
        // Journey events in order: a road leg (by index), a road crossing's time, or the end of a stretch.
        enum Event { case leg(Int), wait(Estimate), stretchEnd }
        var events: [(Int, Event)] = []
        for (i, leg) in legs.enumerated() { events.append((leg.position, leg.mode == .road ? .leg(i) : .stretchEnd)) }
        for c in crossings { events.append((c.position, c.mode == .road ? .wait(c.time) : .stretchEnd)) }
        for t in transfers { events.append((t.position, .stretchEnd)) }
        events.sort { $0.0 < $1.0 }
        events.append((Int.max, .stretchEnd))
        var stretch: [Int] = [], waited = Estimate.zero
        // The low time is driven with the most hours a day, the high time with the fewest.
        let parts: [(WritableKeyPath<Estimate, Int64>, Int64)] = [(\.low, limit.high), (\.typical, limit.typical), (\.high, limit.low)]
        for (_, event) in events {
            switch event {
            case let .leg(i): stretch.append(i)
            case let .wait(time): waited += time
            case .stretchEnd:
                for (part, perDay) in parts where !stretch.isEmpty && perDay > 0 {
                    let drivingTimes = stretch.map { driving[$0]?[keyPath: part] ?? 0 }
                    let rests = zip(stretch, drivingTimes).map { max(0, legs[$0].time[keyPath: part] - $1) }
                    let spread = rests.reduce(0, +), driven = drivingTimes.reduce(0, +)
                    let days = (driven + perDay - 1) / perDay
                    let needed = max(0, days - 1) * max(0, 1440 - perDay)
                    var reduction = max(0, spread - max(0, needed - waited[keyPath: part]))
                    guard spread > 0, reduction > 0 else { continue }
                    let total = reduction
                    for (k, i) in stretch.enumerated() {
                        let share = k == stretch.count - 1 ? reduction : rests[k].scaled(by: total, dividedBy: spread)
                        let taken = min(share, reduction, rests[k])
                        legs[i].time[keyPath: part] -= taken
                        reduction -= taken
                    }
                }
                stretch = []
                waited = .zero
            }
        }
    }

    /// Runs one search from `place` that stops once every place of `targets` is settled (see
    /// ``Dijkstra/distances(from:to:)``); read the results with ``path(to:)``. Returns `false` for an unknown origin.
    mutating func search(from place: Place.ID, to targets: [Place.ID]) -> Bool {
        guard let s = startNode(of: place) else { return false }
        _ = search.distances(from: s, to: targets.compactMap { endNode(of: $0) })
        return true
    }

    /// The best path to `place` found by the last ``search(from:to:)``.
    func path(to place: Place.ID) -> Path? {
        endNode(of: place).flatMap { search.path(to: $0) }
    }
}
