import CorridorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lower bound on shortest-path distances from node coordinates, for ``AStar``: the great-circle distance between
/// a node and the target, scaled by the smallest ratio, over all arcs, of an arc's weight to the great-circle length
/// between its ends. It is admissible for any weight metric (length, travel time, cost), without knowing the unit.
///
/// **Proof.** Let ρ be the smallest ratio `weight(u → v) / gc(u, v)` over arcs whose ends are at different points,
/// so `weight(u → v) ≥ ρ · gc(u, v)` for every arc (for arcs whose ends coincide, both sides of `gc = 0` hold
/// trivially). For any path x = v₀ → v₁ → … → vₖ = t, its weight is Σ weight(vᵢ → vᵢ₊₁) ≥ ρ · Σ gc(vᵢ, vᵢ₊₁)
/// ≥ ρ · gc(x, t), because the great-circle distance is a metric and obeys the triangle inequality. So
/// h(x) = ρ · gc(x, t) never exceeds the shortest distance from x to t: h is admissible. It is also consistent:
/// h(x) = ρ · gc(x, t) ≤ ρ · gc(x, y) + ρ · gc(y, t) ≤ weight(x → y) + h(y) for every arc x → y; so A* settles each
/// node at most once. ∎
///
/// **Rounding.** Floating point must never push the bound above the true distance: ρ is computed from arc lengths
/// rounded *up* (computed length × (1 + 10⁻⁷) + 1 µm), the heuristic from the target distance rounded *down*
/// (× (1 − 10⁻⁷) − 1 µm), both far beyond the haversine formula's error; ρ is shrunk by a further factor
/// (1 − 10⁻⁹) against the division's rounding, and the product is rounded down to an integer weight.
///
/// **Degenerate case.** If some arc weighs 0 while its ends lie apart, ρ = 0 and the bound is 0 everywhere: A* then
/// does the work of Dijkstra's algorithm (``isDegenerate`` says so). A graph in which every arc's ends coincide has
/// no ρ; the bound is then 0 where the target could be reached and large elsewhere.
/// - Complexity: building O(*m*) haversine evaluations; each heuristic call O(1).
public struct GeographicBound: Sendable {
    /// The mean Earth radius in metres (IUGG); any radius would do, as ρ absorbs it.
    public static let earthRadius = 6_371_008.8

    /// ρ: the smallest weight per metre of great-circle length over all arcs (already shrunk for rounding), or
    /// `nil` if no arc's ends lie apart.
    public let weightPerMetre: Double?
    @usableFromInline let latitude: [Double]    // radians
    @usableFromInline let longitude: [Double]   // radians
    @usableFromInline let cosLatitude: [Double]

    /// Whether the bound is 0 everywhere because an arc of positive length weighs 0.
    public var isDegenerate: Bool { weightPerMetre == 0 }

    /// The bound for `graph`, whose node `i` lies at `coordinates[i]`.
    /// - Precondition: `coordinates.count == graph.nodeCount`, all finite.
    public init(graph: Graph, coordinates: [Coordinate]) {
        precondition(coordinates.count == graph.nodeCount,
                     "\(coordinates.count) coordinates given for a graph of \(graph.nodeCount) nodes.")
        latitude = coordinates.map { $0.latitude * .pi / 180 }
        longitude = coordinates.map { $0.longitude * .pi / 180 }
        cosLatitude = latitude.map { cos($0) }
        var smallest = Double.infinity
        for u in 0 ..< graph.nodeCount {
            for a in Int(graph.firstOut[u]) ..< Int(graph.firstOut[u + 1]) {
                let v = Int(graph.head[a])
                if coordinates[u] == coordinates[v] { continue }
                let length = Self.haversine(latitude[u], longitude[u], cosLatitude[u], latitude[v], longitude[v], cosLatitude[v])
                let upper = length * (1 + 1e-7) + 1e-6
                let ratio = Double(graph.weight[a]) / upper
                if ratio < smallest { smallest = ratio }
            }
        }
        weightPerMetre = smallest == .infinity ? nil : smallest * (1 - 1e-9)
    }

    /// The great-circle distance in metres between two coordinates (haversine formula).
    public static func greatCircleDistance(_ p: Coordinate, _ q: Coordinate) -> Double {
        let (lat1, lat2) = (p.latitude * .pi / 180, q.latitude * .pi / 180)
        return haversine(lat1, p.longitude * .pi / 180, cos(lat1), lat2, q.longitude * .pi / 180, cos(lat2))
    }

    @inlinable @inline(__always)
    static func haversine(_ lat1: Double, _ lon1: Double, _ cos1: Double, _ lat2: Double, _ lon2: Double, _ cos2: Double) -> Double {
        let sinLat = sin((lat2 - lat1) / 2), sinLon = sin((lon2 - lon1) / 2)
        let h = min(1, sinLat * sinLat + cos1 * cos2 * sinLon * sinLon)
        return 2 * earthRadius * asin(h.squareRoot())
    }

    /// A lower bound of the distance from `node` to `target`, rounded down to a weight.
    @inlinable public func lowerBound(from node: NodeID, to target: NodeID) -> Weight {
        let (x, t) = (node.index, target.index)
        let length = Self.haversine(latitude[x], longitude[x], cosLatitude[x], latitude[t], longitude[t], cosLatitude[t])
        let lower = length * (1 - 1e-7) - 1e-6
        guard lower > 0 else { return 0 }
        guard let rho = weightPerMetre else { return .infinity - 1 }   // unreachable: no arc moves at all
        let bound = (rho * lower).rounded(.down)
        return bound >= Double(Weight.infinity - 1) ? .infinity - 1 : Weight(bound)
    }

    /// The heuristic for A* towards `target`: admissible and consistent (see the type's proof).
    public func heuristic(to target: NodeID) -> (NodeID) -> Weight {
        precondition(target.index < latitude.count, "Node \(target) is not in the graph of \(latitude.count) nodes.")
        return { self.lowerBound(from: $0, to: target) }
    }
}
