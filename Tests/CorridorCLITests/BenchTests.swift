import CorridorGraph
import CorridorTestSupport
import Foundation
import Testing

/// `corridor bench` through the built binary: its reports parse, the algorithms agree, a wrong answer fails the run.
@Suite struct BenchTests {
    /// Runs `corridor bench` with `arguments` in a fresh sandbox.
    func bench(_ arguments: [String], sandbox: Sandbox? = nil) throws -> CommandRunner.Result {
        try (sandbox ?? Sandbox()).run(["bench"] + arguments)
    }

    @Test func jsonReportParsesAndAllAlgorithmsAgree() throws {
        let result = try bench(["--generate", "grid:40x30", "--queries", "150", "--seed", "3", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let graph = try #require(object["graph"] as? [String: Any])
        #expect(graph["nodeCount"] as? Int == 1200)
        #expect(graph["arcCount"] as? Int == 2 * (39 * 30 + 40 * 29) * 1)
        #expect(object["queryCount"] as? Int == 150)
        #expect((object["mismatches"] as? [Any])?.isEmpty == true)
        let algorithms = try #require(object["algorithms"] as? [[String: Any]])
        #expect(algorithms.map { $0["name"] as? String } == ["dijkstra", "bidirectional", "astar"])
        let checksums = algorithms.compactMap { $0["checksum"] as? Int }
        #expect(checksums.count == 3 && Set(checksums).count == 1 && checksums[0] > 0)
        for algorithm in algorithms {
            let latency = try #require(algorithm["latency"] as? [String: Any])
            let (p50, p95, p99) = (latency["p50"] as? Double ?? -1, latency["p95"] as? Double ?? -1, latency["p99"] as? Double ?? -1)
            #expect(0 < p50 && p50 <= p95 && p95 <= p99, "\(latency)")
            #expect((algorithm["meanSettled"] as? Double ?? 0) > 0)
            #expect((algorithm["queriesPerSecond"] as? Double ?? 0) > 0)
        }
        let settled = algorithms.map { $0["meanSettled"] as? Double ?? 0 }
        #expect(settled[2] < settled[0], "A* settles fewer nodes than Dijkstra on a grid")
    }

    @Test func csvAndTableReports() throws {
        let csv = try bench(["--generate", "random:500,2500", "--queries", "60", "--format", "csv", "--algorithms", "dijkstra,bidirectional"])
        #expect(csv.status == 0, "\(csv)")
        let rows = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == rows[0].count + 1 || $0.count == rows[0].count }, "the graph name holds a quoted comma")
        #expect(rows[0].first == "algorithm" && rows[1].first == "dijkstra" && rows[2].first == "bidirectional")

        let table = try bench(["--generate", "grid:20x20", "--queries", "40"])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("agreement: all 3 algorithms return the same distance on all 40 queries"))
        #expect(table.stdout.hasPrefix("graph grid:20x20 (seed 1): 400 nodes, 1520 arcs;"))
        #expect(table.stderr.isEmpty, "no progress bar when standard error is not a terminal")
    }

    /// Weighted A* overestimates on purpose: the agreement check must catch it and the exit status must say so.
    @Test func inexactAlgorithmIsReportedAsMismatch() throws {
        let result = try bench(["--generate", "random:3000,12000", "--queries", "200", "--astar-weight", "3"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("MISMATCH: the algorithms disagree on "))
        #expect(result.stderr.contains("error: The algorithms disagree on "))
        #expect(result.stderr.contains("hint: Weighted A*"))
    }

    @Test func pairsFileAndOneToAllOnADIMACSFile() throws {
        let sandbox = try Sandbox()
        let graph = RandomGraph.make(nodes: 50, arcs: 220, seed: 11)
        var text = "c random test graph\np sp \(graph.nodeCount) \(graph.arcCount)\n"
        for a in 0 ..< graph.arcCount { text += "a \(graph.tail(ofArc: a) + 1) \(graph.head[a] + 1) \(graph.weight[a])\n" }
        let file = try sandbox.write(text, to: "random.gr")
        var reference = ReferenceDijkstra(graph)
        let pairs = RandomGraph.pairs(in: graph, count: 30, seed: 5)
        let pairsFile = try sandbox.write("# pairs\n" + pairs.map { "\($0.0.index + 1) \($0.1.index + 1)" }.joined(separator: "\n") + "\n",
                                          to: "pairs.txt")
        let expected = pairs.reduce(UInt64(0)) { $0 + UInt64(reference.distance(from: $1.0, to: $1.1) ?? 0) }

        let result = try bench(["--dimacs", file, "--pairs", pairsFile, "--format", "json"], sandbox: sandbox)
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let algorithms = try #require(object["algorithms"] as? [[String: Any]])
        #expect(algorithms.map { $0["name"] as? String } == ["dijkstra", "bidirectional"], "no coordinates, so no A*")
        #expect(algorithms.allSatisfy { ($0["checksum"] as? Int).map(UInt64.init) == expected })

        let all = try bench(["--dimacs", file, "--one-to-all", "3", "--runs", "2", "--format", "csv"], sandbox: sandbox)
        #expect(all.status == 0, "\(all)")
        let row = try #require(all.stdout.split(separator: "\n").last).split(separator: ",")
        let distances = reference.distances(from: NodeID(2)).compactMap { $0 }
        #expect(row[5] == "3" && row[6] == "2")
        #expect(row[9] == "\(distances.reduce(0, +))" && row[10] == "\(distances.count)")

        let noCoordinates = try bench(["--dimacs", file, "--algorithms", "astar"], sandbox: sandbox)
        #expect(noCoordinates.status == 64)
        #expect(noCoordinates.stderr.contains("A* needs node coordinates"))
    }

    /// A graph imported into the database, benchmarked by name; its coordinates come along, so A* runs too.
    @Test func storedNetwork() throws {
        let sandbox = try Sandbox()
        var graph = "p sp 6 8\n", coordinates = "p aux sp co 6\n"
        for (u, v, w) in [(1, 2, 120), (2, 3, 130), (3, 6, 110), (1, 4, 150), (4, 5, 140), (5, 6, 160), (2, 5, 125), (6, 1, 400)] {
            graph += "a \(u) \(v) \(w)\n"
        }
        for (i, (x, y)) in [(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (2, 1)].enumerated() {
            coordinates += "v \(i + 1) \(69_000_000 + x * 1000) \(41_000_000 + y * 1000)\n"
        }
        let grFile = try sandbox.write(graph, to: "six.gr"), coFile = try sandbox.write(coordinates, to: "six.co")
        let imported = try sandbox.run(["import", "dimacs", grFile, "--coordinates", coFile, "--name", "six"])
        #expect(imported.status == 0, "\(imported)")
        let result = try bench(["--network", "six", "--queries", "30", "--format", "csv"], sandbox: sandbox)
        #expect(result.status == 0, "\(result)")
        let names = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) }
        #expect(names == ["dijkstra", "bidirectional", "astar"])
        let unknown = try bench(["--network", "seven"], sandbox: sandbox)
        #expect(unknown.status == 66, "\(unknown)")
    }

    /// `bench --dimacs X-t.Y.gr` finds `X-d.Y.co` beside it (the DIMACS travel-time graph shares the distance graph's
    /// coordinates), whatever the folder is called.
    @Test func coordinatesAreFoundBesideTheGraphFile() throws {
        let sandbox = try Sandbox()
        var graph = "p sp 4 4\n", coordinates = "p aux sp co 4\n"
        for (u, v, w) in [(1, 2, 10), (2, 3, 10), (3, 4, 10), (1, 4, 50)] { graph += "a \(u) \(v) \(w)\n" }
        for i in 1 ... 4 { coordinates += "v \(i) \(69_000_000 + i * 100) 41000000\n" }
        let grFile = try sandbox.write(graph, to: "my.graphs/road-t.tiny.gr")
        _ = try sandbox.write(coordinates, to: "my.graphs/road-d.tiny.co")
        let result = try bench(["--dimacs", grFile, "--algorithms", "dijkstra,astar", "--queries", "10", "--format", "csv"],
                               sandbox: sandbox)
        #expect(result.status == 0, "\(result)")
        let names = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) }
        #expect(names == ["dijkstra", "astar"])
    }

    @Test func badInputsAreExplained() throws {
        let sandbox = try Sandbox()
        let pairs = try sandbox.write("1 2\n3 x\n", to: "bad-pairs.txt")
        let malformed = try bench(["--generate", "grid:5x5", "--pairs", pairs], sandbox: sandbox)
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("bad-pairs.txt', line 2: '3 x' is not two node ids"))
        let outside = try bench(["--generate", "grid:5x5", "--pairs", try sandbox.write("1 26\n", to: "far.txt")], sandbox: sandbox)
        #expect(outside.status == 65)
        #expect(outside.stderr.contains("node id 26 is out of range 1…25"))
        let two = try bench(["--generate", "grid:5x5", "--dimacs", "x.gr"], sandbox: sandbox)
        #expect(two.status == 64)
        #expect(two.stderr.contains("Choose one graph"))
        let generator = try bench(["--generate", "hexagon:5"], sandbox: sandbox)
        #expect(generator.status == 64)
        #expect(generator.stderr.contains("Unknown graph generator 'hexagon:5'"))
        let unknown = try bench(["--generate", "grid:5x5", "--algorithms", "dijkstra,floyd"], sandbox: sandbox)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown algorithm 'floyd'"))
        let missing = try bench(["--dimacs", "nowhere.gr"], sandbox: sandbox)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("'nowhere.gr': no such file"))
    }

    @Test func svgPlot() throws {
        let sandbox = try Sandbox()
        let path = sandbox.folder.appendingPathComponent("latency.svg").path
        let result = try bench(["--generate", "grid:15x15", "--queries", "50", "--svg", path], sandbox: sandbox)
        #expect(result.status == 0, "\(result)")
        let svg = String(decoding: try #require(sandbox.contents(of: path)), as: UTF8.self)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "<polyline").count == 4, "one curve per algorithm")
        #expect(svg.contains("dijkstra: p50") && svg.contains("astar: p50"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    /// The New York graph through `corridor bench --one-to-all`: the checksum the peer engines print.
    @Test(.enabled(if: SharedData.has("data/dimacs/USA-road-d.NY.gr.gz", "peers/MEASURED.md"),
                   SharedData.missing("data/dimacs/USA-road-d.NY.gr.gz", "peers/MEASURED.md")))
    func newYorkOneToAllChecksum() throws {
        let graph = try #require(SharedData.path("data/dimacs/USA-road-d.NY.gr.gz"))
        let measured = try SharedData.measuredOneToAll(graph: "USA-road-d.NY")
        let result = try bench(["--dimacs", graph, "--one-to-all", "1", "--runs", "1"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("checksum \(measured.checksum) (sum of finite distances), reached \(measured.reached), settled \(measured.reached)"))
    }

    @Test func helpIsPinned() throws {
        let result = try CommandRunner().run(["bench", "--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == Self.help)
    }

    static let help = """
        OVERVIEW: Time the shortest-path algorithms on a graph and check that they
        agree.

        The graph is a DIMACS file (--dimacs), a stored graph (--network) or a
        generated one (--generate grid:WxH or random:N,M). Every algorithm answers the
        same queries, taking turns in blocks of 50, and the report gives per algorithm
        the preprocessing time, queries per second, p50/p95/p99 latency, mean settled
        nodes and memory. If any two algorithms return different distances the report
        says so and the command exits with status 1. With --one-to-all SOURCE it times
        full shortest-path trees instead and prints the checksum of distances that the
        peer engines print. Node ids are 1-based, as in DIMACS files. Progress goes to
        standard error when it is a terminal.

        USAGE: corridor bench <options>

        OPTIONS:
          --dimacs <file>         A DIMACS road graph (.gr or .gr.gz).
          --coordinates <file>    DIMACS coordinates (.co[.gz]) for A*; found beside
                                  --dimacs when left out.
          --network <name>        A graph stored in the database (see 'corridor network
                                  list').
          --db <path>             The database file (default: $CORRIDOR_DB, else the
                                  per-user database).
          --generate <spec>       Generate the graph: grid:WIDTHxHEIGHT or
                                  random:NODES,ARCS (seeded by --seed).
          --pairs <file>          Query pairs: 'SOURCE TARGET' per line, 1-based ids.
          --queries <queries>     How many random query pairs to draw when no --pairs
                                  file is given. (default: 1000)
          --seed <seed>           Seed for random pairs and generated graphs. (default:
                                  1)
          --algorithms <list>     Comma-separated: dijkstra,bidirectional,astar,ch
                                  (default: all that apply but ch).
          --astar-weight <factor> Inflate A*'s bound by this factor (weighted A*:
                                  faster, inexact above 1). (default: 1.0)
          --format <format>       Report format. (values: table, json, csv; default:
                                  table)
          --one-to-all <source>   Time full shortest-path trees from this node instead.
          --runs <runs>           How many one-to-all runs to time. (default: 5)
          --svg <file>            Draw the latency distribution of each algorithm into
                                  this SVG file.
          --force                 With --svg, replace the file if it is already there.
          --version               Show the version.
          -h, --help              Show help information.


        """
}
