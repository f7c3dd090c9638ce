import CorridorGraph

/// A network compiled for one kind of request into an expanded ``Graph`` for the routing core.
///
/// Each place has one node per state a shipment can be in there: on a train of a given gauge, on a truck, on a
/// ferry, in a pipeline. A link of mode *m* joins the same state at its two ends (a dual-gauge rail link carries
/// both gauges of its ends) and, when its ends lie in two countries, also pays the border crossing. A transfer at
/// a place joins two states of that place and pays its time and cost, so a path pays a gauge change or a mode
/// change exactly where it makes one. Every place also has a start node (arcs of weight 0 to its states) and an
/// end node (arcs of weight 0 from its states), so a search may start and end in any state.
///
/// Via places are handled by layers: the graph is copied once per leg of the request, and the states of the
/// *i*-th via place in layer *i* lead at no cost to the same states in layer *i* + 1.
/// Arc weights are the request's objective in integer units (metres, minutes, cents, grams), saturated below
/// ``Weight/infinity``.
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
        /// Start, end, or passing a via place into the next layer.
        case free
    }

    public let graph: Graph
    public let request: RouteRequest
    let network: Network
    let profile: CostProfile
    let load: CargoLoad
    let layerCount: Int
    let nodesPerLayer: Int
    /// For place `i`: its states and the node of each in layer 0.
    let states: [[(state: State, node: Int)]]
    let startNode: [Int]
    let endNode: [Int]
    let meanings: [Meaning]
    let measures: [Measures]
    var search: Dijkstra

    /// Compiles `network` for `request` (its `from` and `to` are not used; its via places, modes, statuses,
    /// avoidances, cargo, rail service and objective are).
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
            var linkStates: [State]
            switch l.mode {
            case .rail:
                if let g = l.gauge { linkStates = [.rail(g)] } else {
                    linkStates = Set([network.places[a].gauge, network.places[b].gauge].compactMap { $0 }).sorted().map { .rail($0) }
                }
            case .road: linkStates = [.road]
            case .ferry: linkStates = [.ferry]
            case .pipeline: linkStates = [.pipeline]
            }
            usable.append((i, a, b, linkStates))
            stateSets[a].formUnion(linkStates)
            stateSets[b].formUnion(linkStates)
        }

        // Nodes of layer 0: each place's states, then a start and an end node per place.
        var states: [[(state: State, node: Int)]] = []
        var next = 0
        for set in stateSets {
            states.append(set.sorted().map { s in defer { next += 1 }; return (s, next) })
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

        func node(_ place: Int, _ state: State) -> Int? { states[place].first { $0.state == state }?.node }

        // Arcs of one layer, then copied to each layer with an offset.
        var layerArcs: [(tail: Int, head: Int, meaning: Meaning, measures: Measures)] = []
        let pricing = Pricing(network: network, profile: profile, load: load, service: request.service)
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
                    guard let tail = node(x, s), let head = node(y, s) else { continue }
                    layerArcs.append((tail, head, .link(index: i, forward: forward, state: s, crossing: crossingIndex), m))
                }
            }
        }
        for (i, t) in network.transfers.enumerated() {
            guard let p = network.placeIndex[t.place], !excluded(network.places[p]) else { continue }
            let (m1, m2) = t.kind.modes
            let here = states[p]
            for (s1, n1) in here where s1.mode == m1 {
                for (s2, n2) in here where s2.mode == m2 && s1 != s2 {
                    let m = pricing.transfer(i)
                    layerArcs.append((n1, n2, .transfer(index: i, from: s1, to: s2), m))
                    if m1 != m2 { layerArcs.append((n2, n1, .transfer(index: i, from: s2, to: s1), m)) }
                }
            }
        }
        for (p, here) in states.enumerated() where !excluded(network.places[p]) {
            for (_, n) in here {
                layerArcs.append((startNode[p], n, .free, .zero))
                layerArcs.append((n, endNode[p], .free, .zero))
            }
        }

        var arcs: [Arc] = []
        var meanings: [Meaning] = []
        var measures: [Measures] = []
        let weigh = Weigher(request: request, profile: profile, load: load)
        for layer in 0 ..< layerCount {
            let offset = layer * nodesPerLayer
            for (tail, head, meaning, m) in layerArcs {
                arcs.append(Arc(tail: NodeID(tail + offset), head: NodeID(head + offset), weight: weigh(m), id: UInt32(meanings.count)))
                meanings.append(meaning)
                measures.append(m)
            }
            if layer + 1 < layerCount, let v = network.placeIndex[request.via[layer]] {
                for (_, n) in states[v] {
                    arcs.append(Arc(tail: NodeID(n + offset), head: NodeID(n + offset + nodesPerLayer), weight: 0, id: UInt32(meanings.count)))
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
    public mutating func distance(from a: Place.ID, to b: Place.ID) -> Weight? {
        shortestPath(from: a, to: b)?.weight
    }

    /// A best path from `a` to `b` through the via places, or `nil` if `b` cannot be reached or either is unknown.
    /// - Complexity: one Dijkstra search, O((*n* + *m*) log *n*).
    public mutating func shortestPath(from a: Place.ID, to b: Place.ID) -> Path? {
        guard let s = startNode(of: a), let t = endNode(of: b), a != b || layerCount > 1 else { return nil }
        return search.shortestPath(from: s, to: t)
    }
}
