import CorridorGraph
import CorridorImport
import CorridorTestSupport
import Foundation
import Testing

/// The DIMACS New York road graphs against the figures every correct engine reproduces
/// (`../shared/peers/MEASURED.md` and `ny_pairs_expected.txt`). Reported as skipped when the data is absent.
@Suite(.serialized) struct NewYorkTests {
    enum Metric: String, CaseIterable, Sendable { case d, t }

    struct Loaded {
        let graph: Graph
        let bound: GeographicBound
    }

    static let graphFiles = ["data/dimacs/USA-road-d.NY.gr.gz", "data/dimacs/USA-road-t.NY.gr.gz", "data/dimacs/USA-road-d.NY.co.gz"]
    static let available = SharedData.has(graphFiles[0], graphFiles[1], graphFiles[2], "peers/MEASURED.md",
                                           "peers/ny_pairs_expected.txt")

    /// The graph of `metric` with its geographic bound.
    static func load(_ metric: Metric) throws -> Loaded {
        let grName = "data/dimacs/USA-road-\(metric.rawValue).NY.gr.gz", coName = "data/dimacs/USA-road-d.NY.co.gz"
        let gr = try #require(SharedData.path(grName)), co = try #require(SharedData.path(coName))
        let dimacs = try DIMACSReader.readGraph(at: gr)
        let graph = Graph(nodeCount: dimacs.nodeCount, arcs: dimacs.arcs)
        let coordinates = try DIMACSReader.readCoordinates(at: co, nodeCount: graph.nodeCount)
        return Loaded(graph: graph, bound: GeographicBound(graph: graph, coordinates: coordinates))
    }

    /// The one-to-all checksum from node 1 that MEASURED.md gives for `metric`.
    static func measuredChecksum(_ metric: Metric) throws -> (checksum: UInt64, reached: Int) {
        try SharedData.measuredOneToAll(graph: "USA-road-\(metric.rawValue).NY")
    }

    /// The first `count` pairs of `ny_pairs_expected.txt`, 0-based, with their distance on `metric`.
    static func expectedPairs(_ metric: Metric, count: Int) throws -> [(NodeID, NodeID, Weight)] {
        let path = try #require(SharedData.path("peers/ny_pairs_expected.txt"))
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.prefix(count).map { line in
                let fields = line.split(separator: " ").compactMap { Int($0) }
                try #require(fields.count == 4)
                return (NodeID(fields[0] - 1), NodeID(fields[1] - 1), Weight(fields[metric == .d ? 2 : 3]))
            }
    }

    /// Yen's first path weighs the peers' distance; the next ones are loopless, valid and no shorter.
    @Test(.enabled(if: SharedData.path("peers/ny_pairs_expected.txt") != nil && SharedData.path("data/dimacs/USA-road-d.NY.gr.gz") != nil,
                   "needs ../shared/data/dimacs/USA-road-d.NY.gr.gz and ../shared/peers/ny_pairs_expected.txt"))
    func kShortestPathsOnRealRoads() throws {
        let loaded = try Self.load(.d)
        var search = KShortestPaths(loaded.graph)
        for (s, t, distance) in try Self.expectedPairs(.d, count: 2) {
            let paths = search.paths(from: s, to: t, count: 3)
            #expect(paths.count == 3)
            #expect(paths.first?.weight == distance, "\(s) → \(t)")
            #expect(zip(paths, paths.dropFirst()).allSatisfy { $0.weight <= $1.weight })
            #expect(Set(paths.map(\.arcs)).count == paths.count)
            for path in paths {
                loaded.graph.expectValid(path, from: s, to: t, "New York")
                #expect(Set(path.nodes).count == path.nodes.count, "\(s) → \(t): a loop")
            }
        }
    }

    @Test(.enabled(if: available, SharedData.missing("data/dimacs/USA-road-{d,t}.NY.*", "peers/")), arguments: Metric.allCases)
    func oneToAllChecksumMatchesPeers(metric: Metric) throws {
        let loaded = try Self.load(metric), (checksum, reached) = try Self.measuredChecksum(metric)
        var search = Dijkstra(loaded.graph)
        search.run(from: NodeID(0))
        var sum: UInt64 = 0, count = 0
        for v in 0 ..< loaded.graph.nodeCount {
            if let d = search.distance(to: NodeID(v)) { sum += UInt64(d); count += 1 }
        }
        #expect(sum == checksum)
        #expect(count == reached)
        #expect(search.settledCount == reached)
    }

    @Test(.enabled(if: available, SharedData.missing("data/dimacs/USA-road-{d,t}.NY.*", "peers/")), arguments: Metric.allCases)
    func everyAlgorithmMatchesExpectedPairs(metric: Metric) throws {
        let loaded = try Self.load(metric), pairs = try Self.expectedPairs(metric, count: 20)
        let graph = loaded.graph
        #expect(!loaded.bound.isDegenerate)
        var dijkstra = Dijkstra(graph), bidirectional = BidirectionalDijkstra(graph), aStar = AStar(graph)
        for (s, t, expected) in pairs {
            let path = dijkstra.shortestPath(from: s, to: t)
            #expect(path?.weight == expected, "Dijkstra \(s) → \(t)")
            if let path { graph.expectValid(path, from: s, to: t, "Dijkstra") }
            let dijkstraSettled = dijkstra.settledCount
            let both = bidirectional.shortestPath(from: s, to: t)
            #expect(both?.weight == expected, "bidirectional \(s) → \(t)")
            if let both { graph.expectValid(both, from: s, to: t, "bidirectional") }
            #expect(loaded.bound.lowerBound(from: s, to: t) <= expected)
            let guided = aStar.shortestPath(from: s, to: t, heuristic: loaded.bound.heuristic(to: t))
            #expect(guided?.weight == expected, "A* \(s) → \(t)")
            if let guided { graph.expectValid(guided, from: s, to: t, "A*") }
            #expect(aStar.settledCount <= dijkstraSettled, "A* settles no more than Dijkstra")
        }
        let sources = pairs.map(\.0), targets = pairs.map(\.1)
        #expect(dijkstra.distances(from: sources[0], to: targets) == targets.map { dijkstra.distance(to: $0) })
        var single = Dijkstra(graph)
        #expect(targets.map { single.distance(from: sources[0], to: $0) } == dijkstra.distances(from: sources[0], to: targets))
    }

    /// The geographic bound, computed from positions stored as 32-bit floats, is consistent on every arc and 0 at the
    /// target (together: admissible everywhere) for a few targets, and never exceeds the true distance to the first
    /// target from any node (a full backward search on the reversed graph).
    @Test(.enabled(if: available, SharedData.missing("data/dimacs/USA-road-{d,t}.NY.*", "peers/")), arguments: Metric.allCases)
    func geographicBoundIsConsistentAndAdmissibleEverywhere(metric: Metric) throws {
        let loaded = try Self.load(metric), pairs = try Self.expectedPairs(metric, count: 3)
        let graph = loaded.graph
        for (_, t, _) in pairs {
            let h = loaded.bound.heuristic(to: t)
            #expect(h(t) == 0)
            var violations = 0
            for a in 0 ..< graph.arcCount {
                let (x, y) = (NodeID(graph.tail(ofArc: a)), NodeID(graph.head[a]))
                if UInt64(h(x)) > UInt64(graph.weight[a]) + UInt64(h(y)) { violations += 1 }
            }
            #expect(violations == 0, "target \(t)")
        }
        let t = pairs[0].1
        let reversed = Graph(nodeCount: graph.nodeCount, arcs: (0 ..< graph.arcCount).map { a in
            Arc(tail: NodeID(graph.head[a]), head: NodeID(graph.tail(ofArc: a)), weight: graph.weight[a], id: UInt32(a))
        })
        var toTarget = Dijkstra(reversed)
        toTarget.run(from: t)
        var checked = 0, inadmissible = 0
        for x in 0 ..< graph.nodeCount {
            guard let d = toTarget.distance(to: NodeID(x)) else { continue }
            checked += 1
            if loaded.bound.lowerBound(from: NodeID(x), to: t) > d { inadmissible += 1 }
        }
        #expect(checked == graph.nodeCount)
        #expect(inadmissible == 0)
    }
}
