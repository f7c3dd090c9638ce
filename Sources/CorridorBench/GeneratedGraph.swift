import CorridorGraph
import CorridorImport

/// Graphs made up for a benchmark, with coordinates so A* has its bound, the same for the same seed.
///
/// - `grid:WxH`: a W × H grid of points 0.001° apart near 40° N, arcs both ways between neighbours, each
///   weighing its great-circle length in metres (rounded up) times a random 1…1.5 — a road-like grid.
/// - `random:N,M`: N points spread over 1° × 1°, M arcs between random points weighing their length in metres
///   (rounded up) times a random 1…2 (loops and parallel arcs may occur, as in real data).
public struct GeneratedGraph: Sendable {
    public var graph: Graph
    public var coordinates: [Coordinate]
    /// The description it was made from, such as `grid:300x300`.
    public var name: String

    /// The largest generated graph: 10⁷ nodes and 10⁸ arcs (a few gigabytes with the searches' scratch space).
    public static let maximumNodes = 10_000_000
    public static let maximumArcs = 100_000_000

    /// Parses a description and makes the graph.
    /// - Throws: ``BenchError/unknownGenerator(_:)`` for anything but `grid:WxH` or `random:N,M` with positive sizes,
    ///   ``BenchError/generatorTooLarge(_:nodes:arcs:)`` beyond ``maximumNodes`` or ``maximumArcs``.
    public init(_ description: String, seed: UInt64) throws {
        let parts = description.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { throw BenchError.unknownGenerator(description) }
        var random = SeededGenerator(seed: seed)
        func tooLarge() -> BenchError {
            .generatorTooLarge(description, nodes: Self.maximumNodes, arcs: Self.maximumArcs)
        }
        switch parts[0] {
        case "grid":
            let size = parts[1].split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
            guard size.count == 2, let width = size[0], let height = size[1], width > 0, height > 0 else {
                throw BenchError.unknownGenerator(description)
            }
            let (nodes, overflow) = width.multipliedReportingOverflow(by: height)
            guard !overflow, nodes <= Self.maximumNodes, 4 * nodes <= Self.maximumArcs else { throw tooLarge() }
            self = Self.grid(width: width, height: height, random: &random, name: description)
        case "random":
            let size = parts[1].split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
            guard size.count == 2, let nodes = size[0], let arcs = size[1], nodes > 0, arcs >= 0 else {
                throw BenchError.unknownGenerator(description)
            }
            guard nodes <= Self.maximumNodes, arcs <= Self.maximumArcs else { throw tooLarge() }
            self = Self.random(nodes: nodes, arcs: arcs, random: &random, name: description)
        default:
            throw BenchError.unknownGenerator(description)
        }
    }

    init(graph: Graph, coordinates: [Coordinate], name: String) {
        self.graph = graph
        self.coordinates = coordinates
        self.name = name
    }

    static func weight(_ p: Coordinate, _ q: Coordinate, factor: Double) -> Weight {
        Weight(min((GeographicBound.greatCircleDistance(p, q) * factor).rounded(.up), Double(Weight.infinity - 1)))
    }

    static func grid(width: Int, height: Int, random: inout SeededGenerator, name: String) -> GeneratedGraph {
        var coordinates: [Coordinate] = []
        coordinates.reserveCapacity(width * height)
        for y in 0 ..< height {
            for x in 0 ..< width {
                coordinates.append(Coordinate(latitude: 40 + Double(y) * 0.001, longitude: 70 + Double(x) * 0.001))
            }
        }
        var arcs: [Arc] = []
        arcs.reserveCapacity(4 * width * height)
        func connect(_ a: Int, _ b: Int) {
            let w = weight(coordinates[a], coordinates[b], factor: .random(in: 1 ... 1.5, using: &random))
            arcs.append(Arc(tail: NodeID(a), head: NodeID(b), weight: w, id: UInt32(arcs.count + 1)))
            arcs.append(Arc(tail: NodeID(b), head: NodeID(a), weight: w, id: UInt32(arcs.count + 1)))
        }
        for y in 0 ..< height {
            for x in 0 ..< width {
                let v = y * width + x
                if x + 1 < width { connect(v, v + 1) }
                if y + 1 < height { connect(v, v + width) }
            }
        }
        return GeneratedGraph(graph: Graph(nodeCount: width * height, arcs: arcs), coordinates: coordinates, name: name)
    }

    static func random(nodes: Int, arcs count: Int, random: inout SeededGenerator, name: String) -> GeneratedGraph {
        let coordinates = (0 ..< nodes).map { _ in
            Coordinate(latitude: .random(in: 40 ... 41, using: &random), longitude: .random(in: 70 ... 71, using: &random))
        }
        var arcs: [Arc] = []
        arcs.reserveCapacity(count)
        for i in 0 ..< count {
            let u = Int.random(in: 0 ..< nodes, using: &random), v = Int.random(in: 0 ..< nodes, using: &random)
            let w = weight(coordinates[u], coordinates[v], factor: .random(in: 1 ... 2, using: &random))
            arcs.append(Arc(tail: NodeID(u), head: NodeID(v), weight: w, id: UInt32(i + 1)))
        }
        return GeneratedGraph(graph: Graph(nodeCount: nodes, arcs: arcs), coordinates: coordinates, name: name)
    }
}
