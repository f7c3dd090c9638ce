@testable import CorridorModel
import CorridorTestSupport

/// The planner's rules written out plainly, searched by brute force: every walk that visits each (place, state)
/// at most once, where a state is "on rail of gauge g", "on road", "on a ferry" or "in a pipeline".
///
/// It shares no code with the planner beyond the domain types. Its arithmetic is exact only for round fixtures:
/// lengths in multiples of 10 km, speeds that divide them (see ``Fixtures/parameters(overriding:)``).
struct ReferencePlanner {
    enum State: Hashable { case rail(Int), road, ferry, pipeline
        var mode: Link.Mode {
            switch self { case .rail: .rail; case .road: .road; case .ferry: .ferry; case .pipeline: .pipeline }
        }
    }

    struct Totals { var distance: Int64 = 0, time: Int64 = 0, cost: Int64 = 0, co2: Int64 = 0 }

    let network: Network
    /// Per mode: minutes per 10 km, cents per km, grams per km for one FEU of 18 t (typical values of the fixtures;
    /// road: 10 min of driving at 60 km/h, doubled because trucks drive 12 h a day).
    let minutesPer10Km: [Link.Mode: Int64] = [.rail: 12, .road: 20, .ferry: 30, .pipeline: 30]
    let centsPerKm: [Link.Mode: Int64] = [.rail: 40, .road: 200, .ferry: 100, .pipeline: 18 * 1]
    let gramsPerKm: [Link.Mode: Int64] = [.rail: 540, .road: 1620, .ferry: 3600, .pipeline: 180]
    let ferryWaitMinutes: Int64 = 600
    let hubGramsPerFEU: Int64 = 10_000

    func value(_ t: Totals, _ objective: RouteRequest.Objective) -> Int64 {
        switch objective {
        case .distance: t.distance
        case .time: t.time
        case .cost: t.cost
        case .co2: t.co2
        case .generalized: fatalError("not used: its per-event rounding is not reproduced here")
        }
    }

    func states(at p: Place.ID, statuses: Set<Link.Status>, modes: Set<Link.Mode>) -> Set<State> {
        var result = Set<State>()
        for l in network.links where (l.from == p || l.to == p) && statuses.contains(l.status) && modes.contains(l.mode) {
            result.formUnion(linkStates(l))
        }
        if result.contains(where: { $0.mode == .rail }) {
            result.formUnion(network.place(p)!.gauges.map { .rail($0.millimetres) })
        }
        return result
    }

    func linkStates(_ l: Link) -> [State] {
        switch l.mode {
        case .rail:
            if let g = l.gauge { return [.rail(g.millimetres)] }
            let a = network.place(l.from)!.gauges, b = network.place(l.to)!.gauges
            let shared = a.filter(b.contains)
            return Set((shared.isEmpty ? a + b : shared).map(\.millimetres)).map { .rail($0) }
        case .road: return [.road]
        case .ferry: return [.ferry]
        case .pipeline: return [.pipeline]
        }
    }

    /// Whether freight may be loaded or delivered at `p` in state `s`: rail only on the place's own gauge.
    func endsHere(_ p: Place.ID, _ s: State) -> Bool {
        guard case let .rail(g) = s, let own = network.place(p)?.gauge else { return true }
        return g == own.millimetres
    }

    /// Whether a crossing by `mode` between `p` and `q` takes the express dwell: rail between China and Kazakhstan.
    func takesExpressDwell(_ mode: Link.Mode, _ p: Place.ID, _ q: Place.ID) -> Bool {
        mode == .rail && Set([network.place(p)!.country, network.place(q)!.country]) == ["CN", "KZ"]
    }

    /// The least objective value from `a` to `b` for one FEU of containers, or `nil`. Regular trains run 480 km a
    /// day (30 min per 10 km); express trains take 24 h at a China–Kazakhstan rail crossing. That crossing's time,
    /// either service's, includes the break of gauge: its ends change gauge at no time.
    func best(from a: Place.ID, to b: Place.ID, objective: RouteRequest.Objective,
              statuses: Set<Link.Status> = [.operational], modes: Set<Link.Mode> = [.rail, .road, .ferry],
              service: RouteRequest.Service = .express) -> Int64? {
        walks(from: a, to: b, statuses: statuses, modes: modes, service: service).map { value($0, objective) }.min()
    }

    /// The totals of every walk from `a` to `b` that visits each (place, state) at most once.
    func walks(from a: Place.ID, to b: Place.ID, statuses: Set<Link.Status> = [.operational],
               modes: Set<Link.Mode> = [.rail, .road, .ferry], service: RouteRequest.Service = .express) -> [Totals] {
        let express = service == .express
        let dwellPlaces = Set(network.crossings.filter { takesExpressDwell($0.mode, $0.from, $0.to) }.flatMap { [$0.from, $0.to] })
        var found: [Totals] = []
        var visited = Set<[String]>()
        func key(_ p: Place.ID, _ s: State) -> [String] { [p.code, "\(s)"] }

        func walk(_ p: Place.ID, _ s: State, _ t: Totals, transferred: Bool = false) {
            if p == b && endsHere(p, s) { found.append(t) }
            // Along a link in the same state.
            for l in network.links where statuses.contains(l.status) && modes.contains(l.mode) && l.mode == s.mode {
                guard let q = l.otherEnd(from: p), linkStates(l).contains(s), !visited.contains(key(q, s)) else { continue }
                var u = t
                let km = l.length / 1000
                u.distance += l.length
                let per10Km = l.mode == .rail && !express ? 30 : minutesPer10Km[l.mode]!
                u.time += km * per10Km / 10 + (l.mode == .ferry ? ferryWaitMinutes : 0)
                u.cost += km * centsPerKm[l.mode]!
                u.co2 += km * gramsPerKm[l.mode]!
                if network.place(p)!.country != network.place(q)!.country {
                    guard let c = network.crossings.first(where: { $0.mode == l.mode && (($0.from == p && $0.to == q)
                        || ($0.direction == .both && $0.from == q && $0.to == p)) }) else { continue }
                    u.time += express && takesExpressDwell(l.mode, p, q) ? 24 * 60 : c.time.typical
                    u.cost += c.fee.typical
                }
                visited.insert(key(q, s)); walk(q, s, u); visited.remove(key(q, s))
            }
            // A transfer to another state at the same place, unless the shipment has just been transferred here: it
            // must travel on before it can change again (no rail → road → rail without a road leg).
            for tr in network.transfers where tr.place == p && !transferred {
                for s2 in states(at: p, statuses: statuses, modes: modes) where s2 != s && !visited.contains(key(p, s2)) {
                    let pair = Set([s.mode, s2.mode])
                    let fits: Bool = switch tr.kind {
                    case .gaugeChange: s.mode == .rail && s2.mode == .rail
                    case .railRoad: pair == [.rail, .road]
                    case .railFerry: pair == [.rail, .ferry]
                    case .roadFerry: pair == [.road, .ferry]
                    }
                    guard fits else { continue }
                    var u = t
                    u.time += tr.kind == .gaugeChange && dwellPlaces.contains(p) ? 0 : tr.time.typical
                    u.cost += tr.cost.typical
                    u.co2 += hubGramsPerFEU
                    visited.insert(key(p, s2)); walk(p, s2, u, transferred: true); visited.remove(key(p, s2))
                }
            }
        }
        for s in states(at: a, statuses: statuses, modes: modes) where endsHere(a, s) {
            visited = [key(a, s)]
            walk(a, s, Totals())
        }
        return found
    }
}

enum RandomNetwork {
    /// A network of 5–8 places in two countries (CN on 1435 mm, KZ on 1520 mm, some road-only places), with rail,
    /// road and ferry links of 10–500 km in steps of 10 km, crossings on every link between the countries, gauge
    /// changes wherever validation needs them and random extra transfers. Some links are under construction.
    static func make(seed: UInt64) -> Network {
        var rng = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
        let n = Int.random(in: 5 ... 8, using: &rng)
        var places: [Place] = []
        for i in 0 ..< n {
            let country = Bool.random(using: &rng) ? "CN" : "KZ"
            let roadOnly = Int.random(in: 0 ..< 5, using: &rng) == 0
            places.append(Fixtures.place(Place.ID("p\(i)"), country, gauge: roadOnly ? nil : (country == "CN" ? .standard : .russian),
                                         x: Double(i)))
        }
        var links: [Link] = []
        var crossings: [BorderCrossing] = []
        var transfers: [Transfer] = []
        var used = Set<String>()
        let linkCount = Int.random(in: n ... n + 5, using: &rng)
        for _ in 0 ..< linkCount {
            let i = Int.random(in: 0 ..< n, using: &rng), j = Int.random(in: 0 ..< n, using: &rng)
            guard i != j else { continue }
            let a = places[i], b = places[j]
            let roll = Int.random(in: 0 ..< 10, using: &rng)
            var mode: Link.Mode = roll < 5 ? .rail : roll < 9 ? .road : .ferry
            if mode == .rail && (a.gauge == nil || b.gauge == nil) { mode = .road }
            var gauge: Gauge?
            if mode == .rail {
                if a.gauge == b.gauge { gauge = a.gauge } else {
                    gauge = [nil, a.gauge, b.gauge][Int.random(in: 0 ..< 3, using: &rng)]
                    // Validation wants a gauge change where the track gauge meets another gauge.
                    for end in [a, b] where gauge == nil ? end.id == b.id : end.gauge != gauge {
                        if !transfers.contains(where: { $0.place == end.id && $0.kind == .gaugeChange }) {
                            transfers.append(Transfer(id: Transfer.ID("gauge-change-\(end.id)"), place: end.id, kind: .gaugeChange,
                                                      time: Fixtures.hours(Int64.random(in: 1 ... 30, using: &rng)),
                                                      cost: Fixtures.dollars(Int64.random(in: 10 ... 300, using: &rng)),
                                                      source: "random", confidence: .assumption))
                        }
                    }
                }
            }
            let id = "\(mode.rawValue)-\(a.id)-\(b.id)"
            let pairKey = "\(mode.rawValue) \(min(a.id, b.id)) \(max(a.id, b.id))"
            guard !used.contains(pairKey) else { continue }
            used.insert(pairKey)
            let status: Link.Status = Int.random(in: 0 ..< 8, using: &rng) == 0 ? .underConstruction : .operational
            links.append(Fixtures.link(mode, a.id, b.id, km: 10 * Int64.random(in: 1 ... 50, using: &rng), gauge: gauge, status: status))
            if a.country != b.country {
                let oneWay = Bool.random(using: &rng)
                for (x, y) in oneWay ? [(a.id, b.id), (b.id, a.id)] : [(a.id, b.id)] {
                    crossings.append(BorderCrossing(id: BorderCrossing.ID("\(id)-\(x)"), from: x, to: y, mode: mode,
                                                    direction: oneWay ? .oneWay : .both,
                                                    time: Fixtures.hours(Int64.random(in: 0 ... 60, using: &rng)),
                                                    fee: Fixtures.dollars(Int64.random(in: 0 ... 500, using: &rng)),
                                                    source: "random", confidence: .assumption))
                }
            }
        }
        for p in places where Int.random(in: 0 ..< 3, using: &rng) > 0 {
            let kind = [Transfer.Kind.railRoad, .railFerry, .roadFerry, .gaugeChange][Int.random(in: 0 ..< 4, using: &rng)]
            transfers.append(Transfer(id: Transfer.ID("\(kind.rawValue)-\(p.id)-extra"), place: p.id, kind: kind,
                                      time: Fixtures.hours(Int64.random(in: 0 ... 12, using: &rng)),
                                      cost: Fixtures.dollars(Int64.random(in: 0 ... 200, using: &rng)),
                                      source: "random", confidence: .assumption))
        }
        return Network(name: "random-\(seed)", places: places, links: links, crossings: crossings, transfers: transfers,
                       parameters: Fixtures.parameters())
    }
}
