// Benchmarks of the routing core on the DIMACS New York road graph (from `../../shared/data/dimacs` beside the
// repository), or on a generated 300 × 300 grid when that folder is absent. Run from `benchmarks/`:
//
//     swift package benchmark --target GraphBenchmarks
//
// Wall-clock figures are only comparable as ratios within one run; `mallocCountTotal` is exact, and a warm query
// allocates nothing (threshold 0).
import Benchmark
import CorridorGraph
import CorridorImport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The graph under test: its arcs, the built graph, its coordinates and query pairs.
struct Workload {
    let name: String
    let nodeCount: Int
    let arcs: [Arc]
    let graph: Graph
    let bound: GeographicBound
    let pairs: [(NodeID, NodeID)]

    static func load() -> Workload {
        let shared = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/")) + "/../shared"
        let gr = shared + "/data/dimacs/USA-road-d.NY.gr.gz", co = shared + "/data/dimacs/USA-road-d.NY.co.gz"
        if access(gr, R_OK) == 0, access(co, R_OK) == 0,
           let parsed = try? DIMACSReader.readGraph(at: gr),
           let coordinates = try? DIMACSReader.readCoordinates(at: co, nodeCount: parsed.nodeCount) {
            let graph = parsed.makeGraph()
            return Workload(name: "ny", nodeCount: parsed.nodeCount, arcs: parsed.arcs, graph: graph,
                            bound: GeographicBound(graph: graph, coordinates: coordinates), pairs: pairs(parsed.nodeCount))
        }
        let width = 300, n = width * width
        var arcs: [Arc] = [], coordinates: [Coordinate] = []
        var state: UInt64 = 7
        func weight() -> Weight { state = state &* 6364136223846793005 &+ 1442695040888963407; return 112 + Weight(state >> 59) }
        for y in 0 ..< width {
            for x in 0 ..< width {
                coordinates.append(Coordinate(latitude: 40 + Double(y) * 0.001, longitude: 70 + Double(x) * 0.001))
                let v = y * width + x
                for u in [x + 1 < width ? v + 1 : -1, y + 1 < width ? v + width : -1] where u >= 0 {
                    let w = weight()
                    arcs.append(Arc(tail: NodeID(v), head: NodeID(u), weight: w, id: UInt32(arcs.count + 1)))
                    arcs.append(Arc(tail: NodeID(u), head: NodeID(v), weight: w, id: UInt32(arcs.count + 1)))
                }
            }
        }
        let graph = Graph(nodeCount: n, arcs: arcs)
        return Workload(name: "grid300", nodeCount: n, arcs: arcs, graph: graph,
                        bound: GeographicBound(graph: graph, coordinates: coordinates), pairs: pairs(n))
    }

    /// 100 fixed pseudo-random pairs, walked through one per iteration by `next()`.
    static func pairs(_ n: Int) -> [(NodeID, NodeID)] {
        var state: UInt64 = 20260101
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        return (0 ..< 100).map { _ in (NodeID(next()), NodeID(next())) }
    }
}

/// A position in the pairs that survives from one sample to the next, so every sample answers a different pair.
final class PairCursor: @unchecked Sendable {
    private var index = 0
    let pairs: [(NodeID, NodeID)]
    init(_ pairs: [(NodeID, NodeID)]) { self.pairs = pairs }
    func next() -> (NodeID, NodeID) {
        defer { index = (index + 1) % pairs.count }
        return pairs[index]
    }
}

let benchmarks: @Sendable () -> Void = {
    let workload = Workload.load()
    let name = workload.name
    let cursor = PairCursor(workload.pairs)
    let slow = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3), maxIterations: 50,
        thresholds: [.wallClock: BenchmarkThresholds(relative: [.p50: 35.0])])
    let query = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal],
        maxDuration: .seconds(3), maxIterations: 300,
        thresholds: [.wallClock: BenchmarkThresholds(relative: [.p50: 35.0]),
                     .mallocCountTotal: BenchmarkThresholds(absolute: [.p50: 0])])

    Benchmark("Graph.build/\(name)", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Graph(nodeCount: workload.nodeCount, arcs: workload.arcs))
        }
    }

    // Each sample builds its search outside the measurement and warms it with one query, so the figures are those
    // of warm queries, which allocate nothing.
    Benchmark("Dijkstra.oneToAll/\(name)", configuration: query) { benchmark in
        var search = Dijkstra(workload.graph)
        search.run(from: NodeID(0))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            search.run(from: NodeID(0))
            blackHole(search.settledCount)
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Dijkstra.shortestPath/\(name)", configuration: query) { benchmark in
        var search = Dijkstra(workload.graph)
        blackHole(search.distance(from: workload.pairs[0].0, to: workload.pairs[0].1))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let (s, t) = cursor.next()
            blackHole(search.distance(from: s, to: t))
        }
        benchmark.stopMeasurement()
    }

    Benchmark("BidirectionalDijkstra.shortestPath/\(name)", configuration: query) { benchmark in
        var search = BidirectionalDijkstra(workload.graph)
        blackHole(search.distance(from: workload.pairs[0].0, to: workload.pairs[0].1))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let (s, t) = cursor.next()
            blackHole(search.distance(from: s, to: t))
        }
        benchmark.stopMeasurement()
    }

    Benchmark("AStar.shortestPath/\(name)", configuration: query) { benchmark in
        var search = AStar(workload.graph)
        let bound = workload.bound
        blackHole(search.distance(from: workload.pairs[0].0, to: workload.pairs[0].1) { bound.lowerBound(from: $0, to: workload.pairs[0].1) })
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let (s, t) = cursor.next()
            blackHole(search.distance(from: s, to: t) { bound.lowerBound(from: $0, to: t) })
        }
        benchmark.stopMeasurement()
    }
}
