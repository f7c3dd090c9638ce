import CorridorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lower bound on shortest-path distances from node coordinates, for ``AStar``: the straight-line distance between
/// a node and the target, scaled by the smallest ratio, over all arcs, of an arc's weight to the straight-line length
/// between its ends. It is admissible for any weight metric (length, travel time, cost), without knowing the unit.
///
/// "Straight line" is the chord through the Earth between the two points, in metres: a Euclidean distance in three
/// dimensions, so it obeys the triangle inequality, and it never exceeds the great-circle distance (for the few
/// kilometres of a road arc the two agree to parts per billion). It costs a square root, where the haversine
/// formula costs four trigonometric functions — that matters, as A* evaluates the bound once per node it labels.
///
/// **Proof.** Let ρ be the smallest ratio `weight(u → v) / chord(u, v)` over arcs whose ends are at different points,
/// so `weight(u → v) ≥ ρ · chord(u, v)` for every arc (for arcs whose ends coincide, both sides of `chord = 0` hold
/// trivially). For any path x = v₀ → v₁ → … → vₖ = t, its weight is Σ weight(vᵢ → vᵢ₊₁) ≥ ρ · Σ chord(vᵢ, vᵢ₊₁)
/// ≥ ρ · chord(x, t), by the triangle inequality of the Euclidean distance. So h(x) = ρ · chord(x, t) never exceeds
/// the shortest distance from x to t: h is admissible. It is also consistent:
/// h(x) = ρ · chord(x, t) ≤ ρ · chord(x, y) + ρ · chord(y, t) ≤ weight(x → y) + h(y) for every arc x → y; so A*
/// settles each node at most once. ∎
///
/// **Stored points.** The positions are kept as 32-bit floats (12 bytes a node, half the memory an evaluation reads
/// with 64-bit ones), relative to the centre of the nodes' bounding box: each stored point lies up to about
/// 3 · 10⁻⁸ × the graph's extent from the exact one (3 mm for a city, 0.2 m for a continent). The proof above holds for
/// *any* placement of the nodes in space, so it is applied to the stored points themselves: ρ is measured between
/// stored points, and so is the bound. Rounding the positions moves the points, but leaves the bound admissible and
/// consistent; an arc whose two stored points coincide constrains nothing (as for coincident coordinates). All
/// arithmetic on the stored values is done in 64 bits, covered by the margins below.
///
/// **Rounding.** Floating point must never push the bound above the true distance: ρ is computed from arc lengths
/// rounded *up* (computed length × (1 + 10⁻⁷) + 1 µm), the heuristic from the target distance rounded *down*
/// (× (1 − 10⁻⁷) − 1 µm), both far beyond the error of the computed chord (≈ 10⁻⁹ m); ρ is shrunk by a further
/// factor (1 − 10⁻⁹) against the division's rounding, and the product is rounded down to an integer weight.
///
/// **Degenerate case.** If some arc weighs 0 while its ends lie apart, ρ = 0 and the bound is 0 everywhere: A* then
/// does the work of Dijkstra's algorithm (``isDegenerate`` says so). A graph in which every arc's ends coincide has
/// no ρ; the bound is then 0 where the target could be reached and large elsewhere.
/// - Complexity: building O(*n* + *m*); each heuristic call O(1): a square root and a few products.
public struct GeographicBound: Sendable {
    /// The mean Earth radius in metres (IUGG); any radius would do, as ρ absorbs it.
    public static let earthRadius = 6_371_008.8

    /// ρ: the smallest weight per metre of straight-line length over all arcs (already shrunk for rounding), or
    /// `nil` if no arc's ends lie apart.
    public var weightPerMetre: Double? { scale == .infinity ? nil : scale }
    /// ρ, or `+∞` when there is none (then every positive straight-line distance gives the largest finite bound).
    @usableFromInline let scale: Double
    /// How many nodes have a position.
    @usableFromInline let nodeCount: Int
    /// Each node as a point in metres in Earth-centred Cartesian coordinates, x y z interleaved, rounded to the
    /// nearest 32-bit float (the bound is exact for these stored points: see the type).
    @usableFromInline let position: [Float]

    /// The bytes the stored positions take.
    public var byteCount: Int { position.count * MemoryLayout<Float>.stride }

    /// Whether the bound is 0 everywhere because an arc of positive length weighs 0.
    public var isDegenerate: Bool { weightPerMetre == 0 }

    /// The bound for `graph`, whose node `i` lies at `coordinates[i]`.
    /// - Precondition: `coordinates.count == graph.nodeCount`, all finite.
    public init(graph: Graph, coordinates: [Coordinate]) {
        precondition(coordinates.count == graph.nodeCount,
                     "\(coordinates.count) coordinates given for a graph of \(graph.nodeCount) nodes.")
        let exact = coordinates.map(Self.cartesian)
        // Stored relative to the centre of the points' bounding box: a translation changes no distance, and the
        // floats' rounding error shrinks with the extent of the graph rather than the Earth's radius.
        var low = (x: Double.infinity, y: Double.infinity, z: Double.infinity), high = (x: -low.x, y: -low.y, z: -low.z)
        for p in exact {
            low = (min(low.x, p.x), min(low.y, p.y), min(low.z, p.z))
            high = (max(high.x, p.x), max(high.y, p.y), max(high.z, p.z))
        }
        let centre: (x: Double, y: Double, z: Double) = exact.isEmpty ? (0, 0, 0)
            : ((low.x + high.x) / 2, (low.y + high.y) / 2, (low.z + high.z) / 2)
        var position = [Float](repeating: 0, count: 3 * coordinates.count)
        for (i, p) in exact.enumerated() {
            position[3 * i] = Float(p.x - centre.x)
            position[3 * i + 1] = Float(p.y - centre.y)
            position[3 * i + 2] = Float(p.z - centre.z)
        }
        self.position = position
        var smallest = Double.infinity
        for u in 0 ..< graph.nodeCount {
            for a in Int(graph.firstOut[u]) ..< Int(graph.firstOut[u + 1]) {
                let v = Int(graph.head[a])
                let length = Self.chord(position, u, v)
                if length == 0 { continue }   // the stored points coincide
                let upper = length * (1 + 1e-7) + 1e-6
                let ratio = Double(graph.weight[a]) / upper
                if ratio < smallest { smallest = ratio }
            }
        }
        scale = smallest == .infinity ? .infinity : smallest * (1 - 1e-9)
        nodeCount = coordinates.count
    }

    /// The point in metres, Earth-centred (a sphere of ``earthRadius``).
    static func cartesian(_ c: Coordinate) -> (x: Double, y: Double, z: Double) {
        let latitude = c.latitude * .pi / 180, longitude = c.longitude * .pi / 180
        let r = earthRadius * cos(latitude)
        return (r * cos(longitude), r * sin(longitude), earthRadius * sin(latitude))
    }

    @inlinable @inline(__always)
    static func chord(_ position: [Float], _ u: Int, _ v: Int) -> Double {
        let dx = Double(position[3 * u]) - Double(position[3 * v])
        let dy = Double(position[3 * u + 1]) - Double(position[3 * v + 1])
        let dz = Double(position[3 * u + 2]) - Double(position[3 * v + 2])
        return (dx * dx + dy * dy + dz * dz).squareRoot()
    }

    /// The straight-line (chord) distance in metres between two coordinates.
    public static func straightLineDistance(_ p: Coordinate, _ q: Coordinate) -> Double {
        let (a, b) = (cartesian(p), cartesian(q))
        return ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) + (a.z - b.z) * (a.z - b.z)).squareRoot()
    }

    /// The great-circle distance in metres between two coordinates (haversine formula).
    public static func greatCircleDistance(_ p: Coordinate, _ q: Coordinate) -> Double {
        let (lat1, lat2) = (p.latitude * .pi / 180, q.latitude * .pi / 180)
        let sinLat = sin((lat2 - lat1) / 2), sinLon = sin((q.longitude - p.longitude) * .pi / 360)
        let h = min(1, sinLat * sinLat + cos(lat1) * cos(lat2) * sinLon * sinLon)
        return 2 * earthRadius * asin(h.squareRoot())
    }

    /// A lower bound of the distance from `node` to `target`, rounded down to a weight.
    ///
    /// Always inlined, with one range check for both nodes and unchecked reads after it: A* calls it once per node
    /// it labels.
    @inlinable @inline(__always)
    public func lowerBound(from node: NodeID, to target: NodeID) -> Weight {
        let u = node.index, t = target.index
        precondition(u < nodeCount && t < nodeCount, "Nodes \(node) and \(target) must be among the \(nodeCount) with a position.")
        let lower = position.withUnsafeBufferPointer { position in
            let p = position.baseAddress! + u &* 3, q = position.baseAddress! + t &* 3
            let dx = Double(p[0]) - Double(q[0]), dy = Double(p[1]) - Double(q[1]), dz = Double(p[2]) - Double(q[2])
            return (dx * dx + dy * dy + dz * dz).squareRoot() * (1 - 1e-7) - 1e-6
        }
        guard lower > 0 else { return 0 }
        let bound = (scale * lower).rounded(.down)   // `+∞` when no arc moves at all: the target is then unreachable
        return bound >= Double(Weight.infinity - 1) ? .infinity - 1 : Weight(bound)
    }

    /// The heuristic for A* towards `target`: admissible and consistent (see the type's proof).
    @inlinable public func heuristic(to target: NodeID) -> (NodeID) -> Weight {
        precondition(target.index < position.count / 3, "Node \(target) is not in the graph of \(position.count / 3) nodes.")
        return { self.lowerBound(from: $0, to: target) }
    }
}
