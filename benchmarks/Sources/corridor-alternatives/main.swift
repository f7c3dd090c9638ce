// Times the searches that return more than one answer, for benchmarks/RESULTS.md:
//
//   corridor-alternatives yen GRAPH.gr[.gz] PAIRS [--k 10] [--count 100]
//       k shortest loopless paths (Yen) on a DIMACS graph for the first COUNT pairs of a 1-based pairs file, each
//       query interleaved with one point-to-point Dijkstra on the same pair; prints per-query times and their ratio.
//   corridor-alternatives pareto NETWORK_FOLDER [--hubs 20]
//       the cost × time × CO2e frontier between every ordered pair of HUBS hubs of a network folder: the container
//       places (cities, dry ports, seaports) with the most links, ties by id; prints time, frontier sizes, labels.
import CorridorGraph
import CorridorImport
import CorridorModel
import Foundation

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func milliseconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e6 }
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
func f(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

func options(_ arguments: ArraySlice<String>) -> [String: String] {
    var result: [String: String] = [:]
    var i = arguments.startIndex
    while i + 1 < arguments.endIndex { result[arguments[i]] = arguments[i + 1]; i += 2 }
    return result
}

func yen(_ arguments: [String]) throws {
    guard arguments.count >= 2 else { fatalError("usage: corridor-alternatives yen GRAPH.gr PAIRS [--k 10] [--count 100]") }
    let extra = options(arguments[2...])
    let k = Int(extra["--k"] ?? "10")!, count = Int(extra["--count"] ?? "100")!
    let parsed = try DIMACSReader.readGraph(at: arguments[0])
    let graph = Graph(nodeCount: parsed.nodeCount, arcs: parsed.arcs)
    let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
    let pairs = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> (NodeID, NodeID)? in
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Int($0) }
        return fields.count >= 2 ? (NodeID(fields[0] - 1), NodeID(fields[1] - 1)) : nil
    }.prefix(count)
    var dijkstra = Dijkstra(graph), paths = KShortestPaths(graph)
    var dijkstraTimes: [Double] = [], yenTimes: [Double] = [], ratios: [Double] = []
    var found = 0, spurSearches = 0, settled = 0, arcs = 0, checksum: UInt64 = 0
    for (s, t) in pairs {
        let a = now()
        let best = dijkstra.distance(from: s, to: t)
        let b = now()
        let result = paths.paths(from: s, to: t, count: k)
        let c = now()
        precondition(result.first?.weight == best, "Yen's first path is not a shortest path for \(s) → \(t)")
        precondition(zip(result, result.dropFirst()).allSatisfy { $0.weight <= $1.weight }, "paths out of order")
        dijkstraTimes.append(milliseconds(b - a))
        yenTimes.append(milliseconds(c - b))
        ratios.append(Double(c - b) / Double(max(b - a, 1)))
        found += result.count
        spurSearches += paths.spurSearchCount
        settled += paths.settledCount
        arcs += result.first?.arcs.count ?? 0
        checksum &+= result.reduce(0) { $0 &+ UInt64($1.weight) }
    }
    let n = Double(pairs.count)
    print("graph=\(arguments[0]) n=\(graph.nodeCount) m=\(graph.arcCount) pairs=\(pairs.count) k=\(k)")
    print("paths_found=\(found) mean_arcs_of_first=\(f(Double(arcs) / n, 1)) checksum_of_path_weights=\(checksum)")
    print("dijkstra_ms_per_query: mean=\(f(dijkstraTimes.reduce(0, +) / n)) median=\(f(median(dijkstraTimes)))")
    print("yen_ms_per_query: mean=\(f(yenTimes.reduce(0, +) / n)) median=\(f(median(yenTimes)))")
    print("yen_over_dijkstra: ratio_of_means=\(f(yenTimes.reduce(0, +) / dijkstraTimes.reduce(0, +), 1)) median_of_ratios=\(f(median(ratios), 1))")
    print("per_query: spur_searches=\(f(Double(spurSearches) / n, 0)) settled_nodes=\(f(Double(settled) / n, 0))")
}

func pareto(_ arguments: [String]) throws {
    guard let folder = arguments.first else { fatalError("usage: corridor-alternatives pareto NETWORK_FOLDER [--hubs 20]") }
    let hubCount = Int(options(arguments[1...])["--hubs"] ?? "20")!
    let (network, _) = try Network.load(from: URL(fileURLWithPath: folder))
    var degree: [Place.ID: Int] = [:]
    for link in network.links where link.mode != .pipeline { degree[link.from, default: 0] += 1; degree[link.to, default: 0] += 1 }
    let hubs = network.places.filter { [.city, .dryPort, .seaport].contains($0.kind) }
        .sorted { (degree[$0.id] ?? 0, $1.id.code) > (degree[$1.id] ?? 0, $0.id.code) }.prefix(hubCount).map(\.id)
    var sizes: [Int] = [], created: [Int] = [], settledLabels: [Int] = [], times: [Double] = []
    var largest = (0, "")
    let start = now()
    for a in hubs {
        for b in hubs where a != b {
            let t0 = now()
            let frontier = try network.paretoFrontier(RouteRequest(from: a, to: b))
            times.append(milliseconds(now() - t0))
            sizes.append(frontier.routes.count)
            created.append(frontier.labelsCreated)
            settledLabels.append(frontier.labelsSettled)
            if frontier.routes.count > largest.0 { largest = (frontier.routes.count, "\(a) → \(b)") }
        }
    }
    let total = milliseconds(now() - start)
    let n = Double(sizes.count)
    print("network=\(network.name) hubs=\(hubs.count) pairs=\(sizes.count): \(hubs.map(\.code).joined(separator: ","))")
    print("total_ms=\(f(total, 0)) ms_per_pair: mean=\(f(times.reduce(0, +) / n)) median=\(f(median(times))) max=\(f(times.max() ?? 0))")
    print("frontier_size: mean=\(f(Double(sizes.reduce(0, +)) / n)) largest=\(largest.0) (\(largest.1)) empty=\(sizes.filter { $0 == 0 }.count)")
    print("labels_created: mean=\(f(Double(created.reduce(0, +)) / n, 0)) max=\(created.max() ?? 0) total=\(created.reduce(0, +))")
    print("labels_settled: mean=\(f(Double(settledLabels.reduce(0, +)) / n, 0)) max=\(settledLabels.max() ?? 0) total=\(settledLabels.reduce(0, +))")
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "yen": try yen(Array(arguments.dropFirst()))
case "pareto": try pareto(Array(arguments.dropFirst()))
default: print("usage: corridor-alternatives yen GRAPH.gr PAIRS [--k 10] [--count 100] | pareto NETWORK_FOLDER [--hubs 20]")
}
