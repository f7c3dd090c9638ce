// The routing core driven like the peer engines' drivers (../shared/peers/bgl_dijkstra.cpp): read a DIMACS graph,
// build it, time one-to-all runs from a source and point-to-point queries over a pairs file, and print key=value
// lines in the peers' format, so compare-peers.sh can set the figures side by side. Links no Foundation, so its
// memory is that of the graph and the search.
//
//   corridor-dijkstra GRAPH.gr[.gz] [--source 1] [--runs 5] [--pairs FILE] [--algorithm dijkstra|bidirectional|astar]
//                     [--coordinates FILE.co[.gz]]
import CorridorGraph
import CorridorImport
import DriverSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func format(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0 ..< digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

func run() throws {
    let (path, options) = driverArguments(usage: "corridor-dijkstra GRAPH.gr[.gz] [--source S] [--runs R] [--pairs FILE] [--algorithm dijkstra|bidirectional|astar] [--coordinates FILE]")
    let source = Int(options["--source"] ?? "1") ?? 1
    let runs = runsOption(options, default: 5)
    let algorithm = options["--algorithm"] ?? "dijkstra"

    let start = now()
    let parsed = try DIMACSReader.readGraph(at: path)
    let parseMilliseconds = milliseconds(since: start)
    let nodeCount = parsed.nodeCount
    let buildStart = now()
    let graph = Graph(nodeCount: nodeCount, arcs: (consume parsed).arcs)
    let buildMilliseconds = milliseconds(since: buildStart)
    print("engine=corridor-\(algorithm) n=\(nodeCount) m=\(graph.arcCount)")
    print("load_ms=\(format(parseMilliseconds + buildMilliseconds, 1)) parse_ms=\(format(parseMilliseconds, 1)) build_ms=\(format(buildMilliseconds, 1))")

    var search = Dijkstra(graph)
    var times: [Double] = []
    for _ in 0 ..< runs {
        let runStart = now()
        search.run(from: NodeID(source - 1))
        times.append(milliseconds(since: runStart))
    }
    var checksum: UInt64 = 0, reached = 0
    for v in 0 ..< nodeCount {
        if let d = search.distance(to: NodeID(v)) { checksum += UInt64(d); reached += 1 }
    }
    let sorted = times.sorted()
    print("one_to_all source=\(source) runs_ms=\(times.map { format($0, 2) }.joined(separator: ",")) median_ms=\(format(sorted[sorted.count / 2], 2)) checksum=\(checksum) reached=\(reached)")

    guard let pairsFile = options["--pairs"] else { return }
    let pairs = readPairs(pairsFile)
    var bidirectional = algorithm == "bidirectional" ? BidirectionalDijkstra(graph) : nil
    var aStar: AStar?
    var bound: GeographicBound?
    if algorithm == "astar" {
        guard let file = options["--coordinates"] else { print("astar needs --coordinates"); exit(2) }
        bound = GeographicBound(graph: graph, coordinates: try DIMACSReader.readCoordinates(at: file, nodeCount: nodeCount))
        aStar = AStar(graph)
    }
    var pairChecksum: UInt64 = 0, settled = 0
    let pairsStart = now()
    for (s, t) in pairs {
        let d: Weight?
        if bidirectional != nil {
            d = bidirectional!.distance(from: s, to: t)
            settled += bidirectional!.settledCount
        } else if let bound {
            d = aStar!.distance(from: s, to: t) { bound.lowerBound(from: $0, to: t) }
            settled += aStar!.settledCount
        } else {
            d = search.distance(from: s, to: t)
            settled += search.settledCount
        }
        pairChecksum += UInt64(d ?? 0)
    }
    let total = milliseconds(since: pairsStart)
    print("p2p pairs=\(pairs.count) total_ms=\(format(total, 1)) mean_us=\(format(1000 * total / Double(pairs.count), 1)) checksum=\(pairChecksum) mean_settled=\(settled / max(pairs.count, 1))")
}

do {
    try run()
} catch {
    print("error: \(error)")
    exit(1)
}
