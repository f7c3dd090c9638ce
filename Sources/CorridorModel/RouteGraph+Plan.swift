import CorridorGraph

extension RouteGraph {
    /// Turns a path of this graph into a plan: legs grouped by mode, country and gauge; crossings and transfers
    /// as events of their own; totals as the sums of all of them.
    /// - Complexity: O(*k*) for a path of *k* arcs.
    func plan(for path: Path, request: RouteRequest) -> RoutePlan {
        let pricing = Pricing(network: network, profile: profile, load: load, service: self.request.service)
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
            } else {
                legs.append(RoutePlan.Leg(position: position, mode: link.mode, country: piece.country, gauge: gauge,
                                          places: [from, to], links: [link.id], distance: piece.measures.distance,
                                          time: piece.measures.time, cost: piece.measures.cost, co2: piece.measures.co2))
                position += 1
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
                }
                if pieces.count > 1 { addPiece(pieces[1], link: link, state: state, from: from, to: to) }
            case let .transfer(index, before, after):
                let t = network.transfers[index]
                let m = pricing.transfer(index)
                if places.last != t.place { places.append(t.place) }
                transfers.append(RoutePlan.TransferStop(position: position, transfer: t.id, kind: t.kind, place: t.place,
                                                        before: before.description, after: after.description,
                                                        time: m.time, cost: m.cost, co2: m.co2, confidence: t.confidence))
                position += 1
                lastWasLeg = false
            }
        }
        if places.isEmpty { places = [request.from] }

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
        return RoutePlan(request: request, objectiveValue: Int64(path.weight), places: places, legs: legs,
                         crossings: crossings, transfers: transfers, totals: totals)
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
