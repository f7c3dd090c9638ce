import CorridorGraph

/// A network compiled for one kind of request into an expanded ``Graph`` for the routing core.
///
/// Each place has one state per thing a shipment can be on there: a train of a given gauge, a truck, a ferry, a
/// pipeline. A rail place offers only the gauges it has (``Place/gauges``), and a dual-gauge border link carries
/// only the gauges both its ends have. Each state has two nodes: *arrived* and *leaving*. A link of mode *m*
/// joins *leaving* at one end to *arrived* at the other in the same state and, when its ends lie in two countries,
/// also pays the border crossing. *Arrived* leads to *leaving* of the same state at no cost, and a transfer at a
/// place leads from *arrived* in one state to *leaving* in another, paying its time and cost. So a shipment that
/// changes state must travel on before it can change again: a rail → road → rail pair of transfers without a road
/// leg between them can never stand in for a gauge change, and every gauge change is a priced transfer. Every
/// place also has a start node (arcs of weight 0 to its *arrived* nodes) and an end node (arcs of weight 0 from its
/// *leaving* nodes, so a last transfer may hand the freight over), so a search may start and end in any state but a
/// rail gauge other than the place's own (its first).
///
/// Via places are handled by layers: the graph is copied once per leg of the request, and the *arrived* nodes of
/// the *i*-th via place in layer *i* lead at no cost to the same nodes in layer *i* + 1.
/// Arc weights are the request's objective in integer units (metres, minutes, cents, grams); when the units could
/// add up beyond ``Weight/infinity`` on some path, they are counted in a coarser unit (see ``weightDivisor``), so
/// a large quantity is never a "no route".
/// - Complexity: building is O(*L* · (*p* · *s* + *l* · *s* + *t* · *s*²)) for *L* layers, *p* places, *l* links,
///   *t* transfers and *s* states per place (at most 5).
public struct RouteGraph: Sendable {
    /// What a shipment is on at a place.
    public enum State: Hashable, Sendable, Comparable {
        case rail(Gauge)
        case road, ferry, pipeline

        public var mode: Link.Mode {
            switch self {
            case .rail: .rail
            case .road: .road
            case .ferry: .ferry
            case .pipeline: .pipeline
            }
        }
    }

    /// What an arc of the graph stands for.
    enum Meaning: Sendable {
        /// Link `index` traversed from its `from` end when `forward`, in `state`; with the crossing paid, if any.
        case link(index: Int, forward: Bool, state: State, crossing: Int?)
        /// Transfer `index` from one state to another.
        case transfer(index: Int, from: State, to: State)
        /// Start, end, staying in a state, or passing a via place into the next layer.
        case free
    }

    /// The two nodes of one state of a place in layer 0.
    struct StateNodes: Sendable {
        var state: State
        var arrived: Int
        var leaving: Int
    }

    public let graph: Graph
    public let request: RouteRequest
    let network: Network
    let profile: CostProfile
    let load: CargoLoad
    let layerCount: Int
    let nodesPerLayer: Int
    /// For place `i`: its states and their nodes in layer 0.
    let states: [[StateNodes]]
    let startNode: [Int]
    let endNode: [Int]
    let meanings: [Meaning]
    let measures: [Measures]
    /// The request's objective, to value a path exactly from its arcs' measures.
    let weigher: Weigher
    /// Objective units per unit of arc weight: 1 (weights are exact) unless the request's figures are so large
    /// (thousands of containers) that a path could add up beyond ``Weight/infinity``. Then weights count whole
    /// multiples of it, rounded, and the path found is best to within `weightDivisor / 2` per arc; a plan's
    /// figures and objective value are summed exactly from the measures all the same.
    let weightDivisor: Int64
    var search: Dijkstra

    /// The rail states a link carries: its gauge; for a dual-gauge link, the gauges both ends have (both ends'
    /// gauges when they share none, as networks listing one gauge per place were written).
    static func railStates(of link: Link, _ a: Place, _ b: Place) -> [State] {
        if let g = link.gauge { return [.rail(g)] }
        let shared = a.gauges.filter(b.gauges.contains)
        let gauges = shared.isEmpty ? Set(a.gauges + b.gauges) : Set(shared)
        return gauges.sorted().map { .rail($0) }
    }

    /// Compiles `network` for `request` (its `from` and `to` are not used; its via places, modes, statuses,
    /// avoidances, cargo, rail service, crew and objective are).
    /// - Throws: ``NetworkError`` if the cost profile cannot be read, a via place is unknown, or the cargo does not
    ///   suit the commodity.
    public init(network: Network, request: RouteRequest) throws {
        self.network = network
        self.request = request
        let profile = try network.costProfile()
        self.profile = profile
        let load = try CargoLoad(request.cargo, commodity: request.commodity, profile: profile)
        self.load = load
        let modes = request.usableModes
        let excluded: (Place) -> Bool = { request.avoidedPlaces.contains($0.id) || request.avoidedCountries.contains($0.country) }
        for v in request.via where network.place(v) == nil {
            throw NetworkError.unknownPlaceName(v.code, closest: network.closestPlaces(to: v.code))
        }

        // Usable links and the states they need at their ends.
        var usable: [(index: Int, a: Int, b: Int, states: [State])] = []
        var stateSets = [Set<State>](repeating: [], count: network.places.count)
        for (i, l) in network.links.enumerated() where modes.contains(l.mode) && request.statuses.contains(l.status) {
            guard let a = network.placeIndex[l.from], let b = network.placeIndex[l.to],
                  !excluded(network.places[a]), !excluded(network.places[b]) else { continue }
            let linkStates: [State] = switch l.mode {
            case .rail: Self.railStates(of: l, network.places[a], network.places[b])
            case .road: [.road]
            case .ferry: [.ferry]
            case .pipeline: [.pipeline]
            }
            usable.append((i, a, b, linkStates))
            stateSets[a].formUnion(linkStates)
            stateSets[b].formUnion(linkStates)
        }

        // A place reached by rail offers every gauge it has, for its gauge changes.
        for (p, place) in network.places.enumerated() where stateSets[p].contains(where: { $0.mode == .rail }) {
            stateSets[p].formUnion(place.gauges.map { .rail($0) })
        }

        // Nodes of layer 0: each place's states (arrived, leaving), then a start and an end node per place.
        var states: [[StateNodes]] = []
        var next = 0
        for set in stateSets {
            states.append(set.sorted().map { s in defer { next += 2 }; return StateNodes(state: s, arrived: next, leaving: next + 1) })
        }
        let startNode = network.places.indices.map { $0 + next }
        let endNode = network.places.indices.map { $0 + next + network.places.count }
        let nodesPerLayer = next + 2 * network.places.count
        let layerCount = request.via.count + 1
        self.states = states
        self.startNode = startNode
        self.endNode = endNode
        self.nodesPerLayer = nodesPerLayer
        self.layerCount = layerCount

        func nodes(_ place: Int, _ state: State) -> StateNodes? { states[place].first { $0.state == state } }

        // Arcs of one layer, then copied to each layer with an offset.
        var layerArcs: [(tail: Int, head: Int, meaning: Meaning, measures: Measures)] = []
        let pricing = Pricing(network: network, profile: profile, load: load, service: request.service, drivers: request.drivers)
        for (i, a, b, linkStates) in usable {
            let l = network.links[i]
            for (forward, x, y) in [(true, a, b), (false, b, a)] {
                let fromID = network.places[x].id, toID = network.places[y].id
                var crossingIndex: Int?
                if network.places[x].country != network.places[y].country, l.mode != .pipeline,
                   let c = network.crossingIndex(from: fromID, to: toID, mode: l.mode) {
                    if request.avoidedCrossings.contains(network.crossings[c].id) { continue }
                    crossingIndex = c
                }
                var m = pricing.link(i, forward: forward).total
                if let c = crossingIndex { m = m + pricing.crossing(c) }
                for s in linkStates {
                    guard let tail = nodes(x, s)?.leaving, let head = nodes(y, s)?.arrived else { continue }
                    layerArcs.append((tail, head, .link(index: i, forward: forward, state: s, crossing: crossingIndex), m))
                }
            }
        }
        for (i, t) in network.transfers.enumerated() {
            guard let p = network.placeIndex[t.place], !excluded(network.places[p]) else { continue }
            let (m1, m2) = t.kind.modes
            let here = states[p]
            for first in here where first.state.mode == m1 {
                for second in here where second.state.mode == m2 && first.state != second.state {
                    let m = pricing.transfer(i)
                    layerArcs.append((first.arrived, second.leaving, .transfer(index: i, from: first.state, to: second.state), m))
                    if m1 != m2 { layerArcs.append((second.arrived, first.leaving, .transfer(index: i, from: second.state, to: first.state), m)) }
                }
            }
        }
        for (p, here) in states.enumerated() where !excluded(network.places[p]) {
            let place = network.places[p]
            for n in here {
                layerArcs.append((n.arrived, n.leaving, .free, .zero))
                // Freight is loaded and delivered on the place's own gauge (the first it lists), or any state
                // when the place lists none: a container bound for Małaszewicze ends on 1435 mm.
                if case let .rail(g) = n.state, let main = place.gauge, g != main { continue }
                layerArcs.append((startNode[p], n.arrived, .free, .zero))
                layerArcs.append((n.leaving, endNode[p], .free, .zero))
            }
        }

        var arcs: [Arc] = []
        var meanings: [Meaning] = []
        var measures: [Measures] = []
        let weigher = Weigher(request: request, profile: profile, load: load)
        let values = layerArcs.map { weigher.value($0.measures) }
        // A shortest path enters each node at most once, so the most expensive arc into each node, summed over the
        // nodes of all layers, bounds every path's value (via arcs cost nothing).
        var heaviestInto = [Int64](repeating: 0, count: nodesPerLayer)
        for (arc, value) in zip(layerArcs, values) { heaviestInto[arc.head] = max(heaviestInto[arc.head], value) }
        var bound: Int64 = 0
        for value in heaviestInto {
            let (sum, overflow) = bound.addingReportingOverflow(value)
            bound = overflow ? Int64.max / 2 : sum
        }
        let (layersBound, overflow) = bound.multipliedReportingOverflow(by: Int64(layerCount))
        let divisor = Weigher.divisor(forPathsUpTo: overflow ? Int64.max / 2 : layersBound)
        self.weigher = weigher
        self.weightDivisor = divisor
        for layer in 0 ..< layerCount {
            let offset = layer * nodesPerLayer
            for ((tail, head, meaning, m), value) in zip(layerArcs, values) {
                arcs.append(Arc(tail: NodeID(tail + offset), head: NodeID(head + offset),
                                weight: Weigher.weight(value, divisor: divisor), id: UInt32(meanings.count)))
                meanings.append(meaning)
                measures.append(m)
            }
            if layer + 1 < layerCount, let v = network.placeIndex[request.via[layer]] {
                for n in states[v] {
                    arcs.append(Arc(tail: NodeID(n.arrived + offset), head: NodeID(n.arrived + offset + nodesPerLayer), weight: 0,
                                    id: UInt32(meanings.count)))
                    meanings.append(.free)
                    measures.append(.zero)
                }
            }
        }
        self.meanings = meanings
        self.measures = measures
        self.graph = Graph(nodeCount: nodesPerLayer * layerCount, arcs: arcs)
        self.search = Dijkstra(graph)
    }

    /// The node a search from `place` starts at (layer 0).
    public func startNode(of place: Place.ID) -> NodeID? {
        network.placeIndex[place].map { NodeID(startNode[$0]) }
    }

    /// The node a search to `place` ends at (last layer).
    public func endNode(of place: Place.ID) -> NodeID? {
        network.placeIndex[place].map { NodeID(endNode[$0] + (layerCount - 1) * nodesPerLayer) }
    }

    /// The least objective value from `a` to `b` through the via places, or `nil` if `b` cannot be reached.
    public mutating func distance(from a: Place.ID, to b: Place.ID) -> Int64? {
        shortestPath(from: a, to: b).map(objectiveValue(of:))
    }

    /// The objective value of `path`, summed exactly from its arcs' measures.
    /// - Complexity: O(*k*) for a path of *k* arcs.
    func objectiveValue(of path: Path) -> Int64 {
        path.arcIDs.reduce(0) { $0 + weigher.value(measures[Int($1)]) }
    }

    /// A best path from `a` to `b` through the via places, or `nil` if `b` cannot be reached or either is unknown.
    /// - Complexity: one Dijkstra search, O((*n* + *m*) log *n*).
    public mutating func shortestPath(from a: Place.ID, to b: Place.ID) -> Path? {
        guard let s = startNode(of: a), let t = endNode(of: b), a != b || layerCount > 1 else { return nil }
        return search.shortestPath(from: s, to: t)
    }
}
