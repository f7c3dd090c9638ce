// The contraction hierarchy driven like a peer engine's driver: read a DIMACS graph, build the hierarchy, time the
// pairs of a pairs file (distance only, then the unpacked path as its node list — what RoutingKit's
// get_node_path returns — then as a full Path with arcs and input ids) and a 100 × 100 matrix of the first 100
// sources and targets. Prints key=value lines that compare-routingkit.sh sets beside the peer's. Links no
// Foundation, so its peak memory is that of the graph, the build and the queries.
//
//   corridor-ch GRAPH.gr[.gz] --pairs FILE [--runs 3]
import CorridorGraph
import CorridorImport
import DriverSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func run() throws {
    let (path, options) = driverArguments(usage: "corridor-ch GRAPH.gr[.gz] --pairs FILE [--runs R]")
    let runs = runsOption(options, default: 3)
    guard let pairsFile = options["--pairs"] else { print("--pairs FILE is needed"); exit(2) }
    let pairs = readPairs(pairsFile)

    var start = now()
    let graph = try {   // the parsed arc list is freed once the graph is built
        let parsed = try DIMACSReader.readGraph(at: path)
        return Graph(nodeCount: parsed.nodeCount, arcs: parsed.arcs)
    }()
    print("read_ms=\(text(milliseconds(since: start)))")
    start = now()
    let hierarchy = ContractionHierarchy(graph: graph)
    print("build_ms=\(text(milliseconds(since: start))) up=\(hierarchy.upCount) down=\(hierarchy.downCount) shortcuts=\(hierarchy.shortcutCount)")
    var query = ContractionHierarchyQuery(hierarchy)
    var distanceTimes: [Double] = [], pathTimes: [Double] = [], fullPathTimes: [Double] = [], matrixTimes: [Double] = []
    var checksum: UInt64 = 0, pathNodes = 0, pathArcs = 0, matrixSum: UInt64 = 0
    for _ in 0 ..< runs {
        checksum = 0
        start = now()
        for (s, t) in pairs { checksum += UInt64(query.distance(from: s, to: t) ?? 0) }
        distanceTimes.append(milliseconds(since: start) * 1000 / Double(pairs.count))
        pathNodes = 0
        start = now()
        for (s, t) in pairs { pathNodes += query.nodePath(from: s, to: t)?.count ?? 0 }
        pathTimes.append(milliseconds(since: start) * 1000 / Double(pairs.count))
        pathArcs = 0
        start = now()
        for (s, t) in pairs { pathArcs += query.shortestPath(from: s, to: t)?.arcs.count ?? 0 }
        fullPathTimes.append(milliseconds(since: start) * 1000 / Double(pairs.count))
    }
    let sources = pairs.prefix(100).map(\.0), targets = pairs.prefix(100).map(\.1)
    for _ in 0 ..< runs {
        start = now()
        let rows = query.distances(from: sources, to: targets)
        matrixTimes.append(milliseconds(since: start))
        matrixSum = rows.reduce(0) { $0 + $1.reduce(0) { $0 + UInt64($1 ?? 0) } }
    }
    print("query_us=\(text(median(distanceTimes))) path_us=\(text(median(pathTimes))) checksum=\(checksum) path_nodes=\(pathNodes)")
    print("full_path_us=\(text(median(fullPathTimes))) path_arcs=\(pathArcs)")
    print("matrix_ms=\(text(median(matrixTimes))) matrix_sum=\(matrixSum)")
}

do { try run() } catch { print("error: \(error)"); exit(1) }
