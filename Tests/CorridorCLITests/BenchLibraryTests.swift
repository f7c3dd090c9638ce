import CorridorBench
import CorridorGraph
import CorridorTestSupport
import Foundation
import Testing

/// The benchmark library with a deliberately wrong algorithm injected: a benchmark that could hide a wrong answer
/// would be worthless.
@Suite struct BenchLibraryTests {
    /// Dijkstra that answers one unit too long whenever the target's number is divisible by 7 — a test double.
    struct WrongOnSomeTargets: ShortestPathAlgorithm {
        var search: Dijkstra
        var name: String { "wrong" }
        var scratchBytes: Int { 0 }
        var settledCount: Int { search.settledCount }
        mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
            let d = search.distance(from: source, to: target)
            return target.rawValue % 7 == 0 ? d.map { $0 + 1 } : d
        }
        mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? {
            search.shortestPath(from: source, to: target)
        }
    }

    static let graph = RandomGraph.grid(width: 12, height: 9, seed: 4)
    static let info = BenchReport.GraphInfo(name: "grid", nodeCount: graph.nodeCount, arcCount: graph.arcCount,
                                            loadMilliseconds: 0, buildMilliseconds: 0)

    @Test func wrongAlgorithmIsReportedAsMismatch() throws {
        let queries = try QuerySet.random(count: 80, seed: 2, nodeCount: Self.graph.nodeCount)
        let runner = BenchRunner(graph: Self.info, queries: queries, algorithms: [
            { Dijkstra(Self.graph) }, { WrongOnSomeTargets(search: Dijkstra(Self.graph)) },
        ])
        var calls: [Int] = []
        let report = runner.run { done, total in calls.append(done); #expect(total == 80) }
        #expect(calls.last == 80)
        let expectedBad = queries.pairs.enumerated().filter { $0.element.target.rawValue % 7 == 0 }.map { $0.offset + 1 }
        #expect(!expectedBad.isEmpty)
        #expect(report.mismatches.map(\.query) == expectedBad)
        #expect(!report.allAgree)
        #expect(report.agreement.hasPrefix("MISMATCH: the algorithms disagree on \(expectedBad.count) of 80 queries"))
        let first = try #require(report.mismatches.first)
        #expect(first.distances["wrong"]!! == first.distances["dijkstra"]!! + 1)
        #expect(report.formatted(.table).contains("MISMATCH"))
        let json = try JSONSerialization.jsonObject(with: Data(report.formatted(.json).utf8)) as? [String: Any]
        #expect((json?["mismatches"] as? [Any])?.count == expectedBad.count)
    }

    @Test func correctAlgorithmsAgree() throws {
        let queries = try QuerySet.random(count: 50, seed: 9, nodeCount: Self.graph.nodeCount)
        let report = BenchRunner(graph: Self.info, queries: queries, algorithms: [
            { Dijkstra(Self.graph) }, { BidirectionalDijkstra(Self.graph) },
        ]).run()
        #expect(report.allAgree)
        #expect(report.algorithms.map(\.latencies.count) == [50, 50])
        var reference = ReferenceDijkstra(Self.graph)
        let expected = queries.pairs.reduce(UInt64(0)) { $0 + UInt64(reference.distance(from: $1.source, to: $1.target) ?? 0) }
        #expect(report.algorithms.map(\.checksum) == [expected, expected])
    }

    /// Records which algorithm answered which query, in order.
    final class CallLog { var calls: [(name: String, target: UInt32)] = [] }
    struct Logged: ShortestPathAlgorithm {
        var search: Dijkstra
        let name: String
        let log: CallLog
        var scratchBytes: Int { 0 }
        var settledCount: Int { search.settledCount }
        mutating func distance(from source: NodeID, to target: NodeID) -> Weight? {
            log.calls.append((name, target.rawValue))
            return search.distance(from: source, to: target)
        }
        mutating func shortestPath(from source: NodeID, to target: NodeID) -> Path? { nil }
    }

    /// The algorithms take turns in blocks (a partial one at the end), each answering the block's queries in order.
    @Test func algorithmsTakeTurnsInBlocks() throws {
        let count = BenchRunner.blockSize * 2 + 7
        let queries = try QuerySet.random(count: count, seed: 3, nodeCount: Self.graph.nodeCount)
        let log = CallLog()
        let report = BenchRunner(graph: Self.info, queries: queries, algorithms: [
            { Logged(search: Dijkstra(Self.graph), name: "a", log: log) },
            { Logged(search: Dijkstra(Self.graph), name: "b", log: log) },
        ]).run()
        #expect(report.allAgree && report.algorithms.map(\.latencies.count) == [count, count])
        var expected: [(String, UInt32)] = []
        for start in stride(from: 0, to: count, by: BenchRunner.blockSize) {
            let block = queries.pairs[start ..< min(start + BenchRunner.blockSize, count)]
            for name in ["a", "b"] { expected += block.map { (name, $0.target.rawValue) } }
        }
        #expect(log.calls.map(\.name) == expected.map(\.0) && log.calls.map(\.target) == expected.map(\.1))
    }

    @Test func nearestRankPercentiles() {
        let samples = (1 ... 200).map(Double.init).shuffled()
        let summary = LatencySummary(samples)
        #expect(summary.p50 == 100 && summary.p95 == 190 && summary.p99 == 198 && summary.max == 200)
        #expect(summary.mean == 100.5)
        #expect(LatencySummary([7]).p99 == 7)
        #expect(LatencySummary([]).count == 0)
    }
}
