import CorridorGraph
import CorridorImport
import CorridorTestSupport
import Testing

/// The geographic A* bound never exceeds a true distance, is consistent, and its degenerate cases behave as documented.
@Suite struct GeographicBoundTests {
    /// Random points in a box around Central Asia (or, for odd seeds, spread across the globe, antipodes included).
    static func coordinates(_ count: Int, seed: UInt64) -> [Coordinate] {
        var random = SplitMix64(seed: seed)
        return (0 ..< count).map { _ in
            seed % 2 == 0
                ? Coordinate(latitude: .random(in: 36 ... 46, using: &random), longitude: .random(in: 55 ... 75, using: &random))
                : Coordinate(latitude: .random(in: -90 ... 90, using: &random), longitude: .random(in: -180 ... 180, using: &random))
        }
    }

    /// Weights proportional to the great-circle length with a random surcharge, as a road graph's would be,
    /// so the bound is tight and rounding matters.
    @Test(arguments: 0 ..< 60 as Range<UInt64>)
    func admissibleAndConsistent(seed: UInt64) {
        let n = 25
        let points = Self.coordinates(n, seed: seed)
        var random = SplitMix64(seed: seed &+ 99)
        var arcs: [Arc] = []
        for i in 0 ..< n * 4 {
            let u = Int.random(in: 0 ..< n, using: &random), v = Int.random(in: 0 ..< n, using: &random)
            let metres = GeographicBound.greatCircleDistance(points[u], points[v])
            let surcharge = i % 3 == 0 ? 0 : Double.random(in: 0 ... 0.3, using: &random)
            arcs.append(Arc(tail: NodeID(u), head: NodeID(v), weight: Weight((metres / 10 * (1 + surcharge)).rounded(.up)), id: UInt32(i)))
        }
        let graph = Graph(nodeCount: n, arcs: arcs)
        let bound = GeographicBound(graph: graph, coordinates: points)
        #expect(!bound.isDegenerate)
        #expect(bound.weightPerMetre.map { $0 > 0.099 && $0 < 0.101 } == true, "\(String(describing: bound.weightPerMetre))")
        expectAdmissibleAndConsistent(bound, on: graph, seed: seed)
    }

    @Test func zeroWeightArcOfPositiveLengthMakesTheBoundZero() {
        let points = [Coordinate(latitude: 43.25, longitude: 76.95), Coordinate(latitude: 41.31, longitude: 69.28),
                      Coordinate(latitude: 40.41, longitude: 49.87)]
        let graph = Graph(nodeCount: 3, arcs: [Arc(tail: NodeID(0), head: NodeID(1), weight: 0, id: 1),
                                               Arc(tail: NodeID(1), head: NodeID(2), weight: 900, id: 2)])
        let bound = GeographicBound(graph: graph, coordinates: points)
        #expect(bound.isDegenerate)
        #expect(bound.lowerBound(from: NodeID(0), to: NodeID(2)) == 0)
    }

    @Test func arcsBetweenCoincidentPointsDoNotConstrain() {
        let here = Coordinate(latitude: 43.25, longitude: 76.95), there = Coordinate(latitude: 43.35, longitude: 76.95)
        let graph = Graph(nodeCount: 3, arcs: [Arc(tail: NodeID(0), head: NodeID(1), weight: 0, id: 1),
                                               Arc(tail: NodeID(1), head: NodeID(2), weight: 11_119, id: 2)])
        let bound = GeographicBound(graph: graph, coordinates: [here, here, there])
        #expect(!bound.isDegenerate)
        let metres = GeographicBound.greatCircleDistance(here, there)
        #expect(abs(metres - 11_119.5) < 1)
        let h = bound.lowerBound(from: NodeID(0), to: NodeID(2))
        #expect(h <= 11_119 && h >= 11_118)
        #expect(bound.lowerBound(from: NodeID(0), to: NodeID(1)) == 0)
    }

    @Test func noArcMovesAnywhere() {
        let points = [Coordinate(latitude: 1, longitude: 1), Coordinate(latitude: 1, longitude: 1), Coordinate(latitude: 2, longitude: 2)]
        let graph = Graph(nodeCount: 3, arcs: [Arc(tail: NodeID(0), head: NodeID(1), weight: 5, id: 1)])
        let bound = GeographicBound(graph: graph, coordinates: points)
        #expect(bound.weightPerMetre == nil)
        #expect(bound.lowerBound(from: NodeID(0), to: NodeID(1)) == 0)   // reachable: must stay 0
        #expect(bound.lowerBound(from: NodeID(0), to: NodeID(2)) > 0)    // unreachable: anything goes
    }

    /// The hardest case for rounding: arcs a few metres long, weighed at exactly their length (so ρ is tight), in
    /// clusters spread over the globe, where 32-bit positions are coarsest. Admissible and consistent regardless.
    @Test(arguments: 0 ..< 20 as Range<UInt64>)
    func shortArcsAcrossTheGlobe(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var points: [Coordinate] = []
        for _ in 0 ..< 4 {   // four clusters of six points within metres of each other
            let centre = Coordinate(latitude: .random(in: -85 ... 85, using: &random), longitude: .random(in: -180 ... 180, using: &random))
            for _ in 0 ..< 6 {
                points.append(Coordinate(latitude: centre.latitude + .random(in: -3e-5 ... 3e-5, using: &random),
                                         longitude: centre.longitude + .random(in: -3e-5 ... 3e-5, using: &random)))
            }
        }
        let n = points.count
        var arcs: [Arc] = []
        for i in 0 ..< n * 4 {
            let u = Int.random(in: 0 ..< n, using: &random)
            let v = i % 2 == 0 ? (u / 6) * 6 + Int.random(in: 0 ..< 6, using: &random) : Int.random(in: 0 ..< n, using: &random)
            let decimetres = (GeographicBound.greatCircleDistance(points[u], points[v]) * 10).rounded(.up)
            arcs.append(Arc(tail: NodeID(u), head: NodeID(v), weight: Weight(decimetres), id: UInt32(i)))
        }
        let graph = Graph(nodeCount: n, arcs: arcs)
        let bound = GeographicBound(graph: graph, coordinates: points)
        expectAdmissibleAndConsistent(bound, on: graph, seed: seed)
    }
}

/// Checks that `bound` never exceeds the true distance between any two nodes of `graph` (admissible), and that on
/// every arc and for every target it drops by at most the arc's weight (consistent).
func expectAdmissibleAndConsistent(_ bound: GeographicBound, on graph: Graph, seed: UInt64) {
    let n = graph.nodeCount
    var reference = ReferenceDijkstra(graph)
    for s in 0 ..< n {
        for t in 0 ..< n {
            if let d = reference.distance(from: NodeID(s), to: NodeID(t)) {
                #expect(bound.lowerBound(from: NodeID(s), to: NodeID(t)) <= d, "seed \(seed): \(s) → \(t)")
            }
        }
    }
    for a in 0 ..< graph.arcCount {
        let (x, y) = (NodeID(graph.tail(ofArc: a)), NodeID(graph.head[a]))
        for t in 0 ..< n {
            let h = bound.heuristic(to: NodeID(t))
            #expect(UInt64(h(x)) <= UInt64(graph.weight[a]) + UInt64(h(y)), "seed \(seed): arc \(x) → \(y), target \(t)")
        }
    }
}
