import CorridorGraph
import CorridorTestSupport
import Testing
@testable import CorridorImport

/// An import of pgRouting's documented sample graph gives the answers pgRouting's manual prints for `pgr_dijkstra`
/// and `pgr_KSP`, directed and undirected (see ``PgRoutingSample`` for the sources and the rule for ties).
@Suite struct PgRoutingSampleTests {
    @Test(arguments: [true, false])
    func agreesWithTheManual(directed: Bool) throws {
        let list = try EdgeListReader.read(at: try scratchFile("edges.csv", PgRoutingSample.edges))
        let (arcs, edgeIndex) = list.arcs(undirected: !directed)
        let graph = Graph(nodeCount: list.nodeCount, arcs: arcs)
        func edgeIDs(_ arcs: [UInt32]) -> [Int64] { arcs.map { list.edges[Int(edgeIndex[Int(graph.inputID[Int($0)]) - 1])].inputID } }
        var dijkstra = Dijkstra(graph), yen = KShortestPaths(graph)
        let answers = PgRoutingSample.answers.filter { $0.directed == directed }
        var queries: [(String, Int64, Int64)] = []
        for a in answers where !queries.contains(where: { $0 == (a.function, a.source, a.target) }) {
            queries.append((a.function, a.source, a.target))
        }
        var exact = 0
        for (function, sourceID, targetID) in queries {
            let documented = answers.filter { ($0.function, $0.source, $0.target) == (function, sourceID, targetID) }
            let source = try #require(list.node(forInputID: sourceID)), target = try #require(list.node(forInputID: targetID))
            let ksp = function == "pgr_KSP"
            let ours = ksp ? yen.paths(from: source, to: target, count: 2)
                           : [dijkstra.shortestPath(from: source, to: target)].compactMap { $0 }
            let context = "\(function) \(directed ? "directed" : "undirected") \(sourceID) → \(targetID)"
            #expect(ours.count == documented.count, "\(context)")
            let loopless = ReferenceSimplePaths.all(in: graph, from: source, to: target)
            for (answer, path) in zip(documented, ours) {
                #expect(Int(path.weight) == answer.cost, "\(context) path \(answer.rank): cost")
                if ksp { #expect(path.arcs.count == answer.edges.count, "\(context) path \(answer.rank): edges") }
                #expect(loopless.contains { edgeIDs($0.arcs) == answer.edges && Int($0.cost) == answer.cost },
                        "\(context): the documented path \(answer.edges) is not a path of this graph")
                let rivals = loopless.filter { Int($0.cost) == answer.cost && (!ksp || $0.arcs.count == answer.edges.count) }
                if rivals.count == 1 {
                    exact += 1
                    #expect(edgeIDs(path.arcs) == answer.edges, "\(context) path \(answer.rank)")
                    #expect(path.nodes.map { list.nodeInputIDs[$0.index] } == answer.nodes, "\(context) path \(answer.rank)")
                }
            }
        }
        for (function, isDirected, sourceID, targetID) in PgRoutingSample.emptyQueries where isDirected == directed {
            let source = try #require(list.node(forInputID: sourceID)), target = try #require(list.node(forInputID: targetID))
            #expect(yen.paths(from: source, to: target, count: 2).isEmpty, "\(function) \(sourceID) → \(targetID)")
        }
        #expect(exact == (directed ? 14 : 5), "how many documented paths are the only ones of their cost, compared exactly")
    }
}
