import CorridorGraph
import CorridorTestSupport
import Foundation
import Testing

/// Contraction hierarchies through the command line: `import --ch`, `network show`, `route --algorithm ch` (one
/// route and `--pairs`), `matrix --network` on a graph, and `bench --algorithms dijkstra,ch`.
@Suite struct HierarchyCommandTests {
    /// A seeded random graph as DIMACS text (ties, zero weights, loops, parallel arcs, unreachable nodes).
    static func dimacs(seed: UInt64, nodes: Int = 80, arcs: Int = 320) -> String {
        let list = RandomGraph.arcs(nodes: nodes, arcs: arcs, seed: seed)
        return "p sp \(nodes) \(list.count)\n" + list.map { "a \($0.tail.index + 1) \($0.head.index + 1) \($0.weight)\n" }.joined()
    }

    @Test func importShowRouteAndPairsAgreeWithDijkstra() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(Self.dimacs(seed: 3), to: "random.gr")
        let imported = try sandbox.run(["import", "dimacs", file, "--name", "r", "--ch"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.hasPrefix("Imported graph 'r' from random.gr: 80 nodes, 320 arcs.\nStored its contraction hierarchy: "))
        let shown = try sandbox.run(["network", "show", "r"])
        #expect(shown.stdout.contains("  hierarchy    stored, "), "\(shown)")

        var random = SplitMix64(seed: 3)
        let pairs = (0 ..< 60).map { _ in "\(Int.random(in: 1 ... 80, using: &random)) \(Int.random(in: 1 ... 80, using: &random))\n" }.joined()
        func costs(_ algorithm: String) throws -> [String] {
            let result = try sandbox.run(["route", "--network", "r", "--pairs", "-", "--algorithm", algorithm], stdin: pairs)
            #expect(result.status == 0, "\(result)")
            return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t").prefix(3).joined(separator: " ") }
        }
        let expected = try costs("dijkstra")
        #expect(expected.count == 62)
        #expect(try costs("ch") == expected)

        let one = try sandbox.run(["route", "--network", "r", "--from", "1", "--to", "2", "--algorithm", "ch", "--format", "json"])
        let reference = try sandbox.run(["route", "--network", "r", "--from", "1", "--to", "2", "--format", "json"])
        #expect(one.status == reference.status)
        #expect(one.stdout.contains("\"algorithm\": \"ch\""))
        let cost = { (text: String) in text.split(separator: "\n").first { $0.contains("\"cost\"") } }
        #expect(cost(one.stdout) == cost(reference.stdout))
    }

    @Test func hierarchyIsBuiltOnFirstUseAndKept() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(Self.dimacs(seed: 5), to: "random.gr")
        #expect(try sandbox.run(["import", "dimacs", file, "--name", "r"]).status == 0)
        #expect(try sandbox.run(["network", "show", "r"]).stdout.contains(
            "  hierarchy    none (built on the first --algorithm ch, or import with --ch)\n"))
        let routed = try sandbox.run(["route", "--network", "r", "--from", "1", "--to", "5", "--algorithm", "ch"])
        #expect(routed.status == 0 || routed.status == 2, "\(routed)")
        #expect(try sandbox.run(["network", "show", "r"]).stdout.contains("  hierarchy    stored, "))
        let replaced = try sandbox.run(["import", "dimacs", file, "--name", "r", "--replace"])
        #expect(replaced.status == 0)
        #expect(try sandbox.run(["network", "show", "r"]).stdout.contains("  hierarchy    none "), "a new import drops it")
    }

    /// The many-to-many matrix equals one Dijkstra route per pair; unreachable pairs are empty (CSV) or null (JSON).
    @Test func matrixOnAGraphEqualsRoutePerPair() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(Self.dimacs(seed: 9), to: "random.gr")
        #expect(try sandbox.run(["import", "dimacs", file, "--name", "r"]).status == 0)
        let sources = ["1", "7", "30", "79", "80"], targets = ["2", "7", "44", "80", "75"]
        let matrix = try sandbox.run(["matrix", "--network", "r", "--from", sources.joined(separator: ","),
                                      "--to", targets.joined(separator: ",")])
        #expect(matrix.status == 0, "\(matrix)")
        let lines = matrix.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first == ["cost"] + targets)
        #expect(lines.count == sources.count + 1)
        var unreachable = 0
        for (i, s) in sources.enumerated() {
            #expect(lines[i + 1].first == s)
            for (j, t) in targets.enumerated() {
                let route = try sandbox.run(["route", "--network", "r", "--from", s, "--to", t, "--format", "tsv"])
                let value = lines[i + 1][j + 1]
                if route.status == 0 {
                    #expect(value == route.stdout.split(separator: "\n")[1].split(separator: "\t")[2].description, "\(s) → \(t)")
                } else if s != t {
                    #expect(value == "", "\(s) → \(t): \(route)")
                    unreachable += 1
                }
            }
        }
        #expect(unreachable > 0, "node 80 is isolated, so some pairs have no path")
        let json = try sandbox.run(["matrix", "--network", "r", "--from", "1,80", "--to", "80,1", "--format", "json"])
        #expect(json.stdout.contains("\"values\": [[null, 0], [null, 0]]") || json.stdout.contains("null"), "\(json)")
        let unknown = try sandbox.run(["matrix", "--network", "r", "--from", "1", "--to", "81"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasPrefix("error: Graph 'r' has no node '81'.\n"))
    }

    @Test func benchComparesTheHierarchyWithDijkstra() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["bench", "--generate", "random:300,1200", "--algorithms", "dijkstra,ch",
                                      "--queries", "200", "--format", "csv"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\nch,"), "\(result.stdout)")
    }
}
