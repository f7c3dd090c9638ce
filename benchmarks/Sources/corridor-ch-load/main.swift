// Times loading a graph and its stored contraction hierarchy from a database (compare-routingkit.sh sets it beside
// the Boost peer's text read), then checks the loaded hierarchy on a pairs file and times its queries (distance,
// node path, and a matrix of the first 100 sources and targets) without the build in between. The database is made first if it
// does not exist: the graph imported, its hierarchy built and stored.
//
//   corridor-ch-load GRAPH.gr[.gz] --pairs FILE --db FILE.sqlite [--runs 3]
import CorridorGraph
import DriverSupport
import CorridorStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func run() throws {
    let (path, options) = driverArguments(usage: "corridor-ch-load GRAPH.gr[.gz] --pairs FILE --db FILE.sqlite [--runs R]")
    let runs = runsOption(options, default: 3)
    guard let pairsFile = options["--pairs"], let database = options["--db"] else { print("--pairs and --db are needed"); exit(2) }
    let pairs = readPairs(pairsFile)
    if access(database, F_OK) != 0 {
        let writer = try CorridorDatabase(path: database)
        try writer.importDIMACS(name: "graph", graph: path)
        let stored = try writer.storedGraph(named: "graph", withCoordinates: false)
        try writer.storeHierarchy(ContractionHierarchy(graph: stored.graph), of: stored)
        writer.close()
    }
    var times: [Double] = [], graphTimes: [Double] = [], checksum: UInt64 = 0, pathNodes = 0
    var queryTimes: [Double] = [], pathTimes: [Double] = [], matrixTimes: [Double] = []
    for _ in 0 ..< runs {
        var start = now()
        let reader = try CorridorDatabase(path: database, readOnly: true)
        let stored = try reader.storedGraph(named: "graph", withCoordinates: false, withReverseArcs: false)
        graphTimes.append(milliseconds(since: start))
        guard let hierarchy = try reader.storedHierarchy(of: stored) else { print("no stored hierarchy"); exit(1) }
        times.append(milliseconds(since: start))
        reader.close()
        var query = ContractionHierarchyQuery(hierarchy)
        checksum = 0
        start = now()
        for (s, t) in pairs { checksum += UInt64(query.distance(from: s, to: t) ?? 0) }
        queryTimes.append(milliseconds(since: start) * 1000 / Double(pairs.count))
        start = now()
        for (s, t) in pairs { pathNodes += query.nodePath(from: s, to: t)?.count ?? 0 }
        pathTimes.append(milliseconds(since: start) * 1000 / Double(pairs.count))
        let sources = pairs.prefix(100).map(\.0), targets = pairs.prefix(100).map(\.1)
        start = now()
        _ = query.distances(from: sources, to: targets)
        matrixTimes.append(milliseconds(since: start))
    }
    print("db_load_ms=\(text(median(times))) graph_part_ms=\(text(median(graphTimes))) checksum=\(checksum)")
    print("loaded_query_us=\(text(median(queryTimes))) loaded_path_us=\(text(median(pathTimes))) loaded_matrix_ms=\(text(median(matrixTimes)))")
}

do { try run() } catch { print("error: \(error)"); exit(1) }
