import CorridorGraph

/// Runs a point-to-point benchmark: every algorithm answers every query of a ``QuerySet``, interleaved in blocks of
/// ``blockSize`` queries (the first block by each algorithm, then the second by each, …) so that a noisy machine
/// slows them alike, and the answers are compared. Blocks rather than single queries: an algorithm that takes turns
/// query by query with one that sweeps megabytes (Dijkstra's labels) finds its own arrays evicted every time, and a
/// contraction hierarchy's query measured so ran 3.5 × slower than alone (NY: 89 µs against 26 µs at the median).
///
/// Each algorithm is built first (its preprocessing timed), then queried; each query is timed on a monotonic clock.
/// The first algorithm is the reference for the agreement check: any other answer that differs is a ``BenchReport/
/// Mismatch``. Timing covers ``ShortestPathAlgorithm/distance(from:to:)`` only — no path is built.
public struct BenchRunner {
    public var graph: BenchReport.GraphInfo
    public var queries: QuerySet
    /// Makes the algorithms, in report order; each closure is timed as preprocessing.
    public var algorithms: [() -> any ShortestPathAlgorithm]
    /// How many consecutive queries one algorithm answers before the next takes its turn.
    public static let blockSize = 50

    public init(graph: BenchReport.GraphInfo, queries: QuerySet, algorithms: [() -> any ShortestPathAlgorithm]) {
        precondition(!algorithms.isEmpty, "A benchmark needs at least one algorithm.")
        self.graph = graph
        self.queries = queries
        self.algorithms = algorithms
    }

    /// Runs the benchmark; `progress(done, total)` is called after a block (all algorithms), at most ~200 times.
    /// - Complexity: the algorithms' own, once per query each; memory O(queries × algorithms) for the latencies.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) -> BenchReport {
        var built: [any ShortestPathAlgorithm] = []
        var results: [BenchReport.AlgorithmResult] = []
        for make in algorithms {
            let start = ResourceUsage.now()
            let algorithm = make()
            let milliseconds = Double(ResourceUsage.now() - start) / 1e6
            built.append(algorithm)
            results.append(BenchReport.AlgorithmResult(
                name: algorithm.name, preprocessingMilliseconds: milliseconds, totalMilliseconds: 0, queriesPerSecond: 0,
                latency: LatencySummary([]), meanSettled: 0, scratchBytes: algorithm.scratchBytes,
                peakResidentBytesAfterPreprocessing: ResourceUsage.peakResidentBytes, checksum: 0))
        }
        let total = queries.pairs.count
        var latencies = [[Double]](repeating: [], count: built.count)
        for i in latencies.indices { latencies[i].reserveCapacity(total) }
        var settled = [Int](repeating: 0, count: built.count)
        var mismatches: [BenchReport.Mismatch] = []
        var unreachable = 0
        // answers[k][i]: algorithm k's answer to the i-th query of the current block.
        var answers = [[Weight?]](repeating: [], count: built.count)
        let step = max(1, total / 200)
        var reported = 0
        for blockStart in stride(from: 0, to: total, by: Self.blockSize) {
            let block = blockStart ..< min(blockStart + Self.blockSize, total)
            for k in built.indices {
                answers[k].removeAll(keepingCapacity: true)
                for q in block {
                    let (source, target) = queries.pairs[q]
                    let start = ResourceUsage.now()
                    let answer = built[k].distance(from: source, to: target)
                    let nanoseconds = ResourceUsage.now() - start
                    latencies[k].append(Double(nanoseconds) / 1000)
                    settled[k] += built[k].settledCount
                    answers[k].append(answer)
                    results[k].checksum &+= UInt64(answer ?? 0)
                }
            }
            for (i, q) in block.enumerated() {
                let (source, target) = queries.pairs[q]
                if answers[0][i] == nil { unreachable += 1 }
                if built.indices.contains(where: { answers[$0][i] != answers[0][i] }) {
                    var distances: [String: Weight?] = [:]
                    for k in built.indices { distances[built[k].name] = .some(answers[k][i]) }
                    mismatches.append(BenchReport.Mismatch(query: q + 1, source: source.index + 1, target: target.index + 1,
                                                           distances: distances))
                }
            }
            if block.upperBound - reported >= step || block.upperBound == total {
                reported = block.upperBound
                progress(reported, total)
            }
        }
        for k in results.indices {
            let totalMicroseconds = latencies[k].reduce(0, +)
            results[k].totalMilliseconds = totalMicroseconds / 1000
            results[k].queriesPerSecond = totalMicroseconds > 0 ? Double(total) / (totalMicroseconds / 1e6) : 0
            results[k].latency = LatencySummary(latencies[k])
            results[k].meanSettled = total > 0 ? Double(settled[k]) / Double(total) : 0
            results[k].latencies = latencies[k]
        }
        return BenchReport(graph: graph, queries: queries.origin, queryCount: total, unreachableCount: unreachable,
                           algorithms: results, mismatches: mismatches, peakResidentBytes: ResourceUsage.peakResidentBytes)
    }

    /// Times `runs` full shortest-path trees from `source` with ``Dijkstra`` and computes the peers' checksum
    /// (the sum of all finite distances).
    /// - Precondition: `runs ≥ 1`.
    public static func oneToAll(graph: Graph, info: BenchReport.GraphInfo, source: NodeID, runs: Int,
                                progress: (Int, Int) -> Void = { _, _ in }) throws -> OneToAllReport {
        precondition(runs >= 1, "At least one run.")
        guard source.index < graph.nodeCount else {
            throw BenchError.sourceOutOfRange(value: source.index + 1, nodeCount: graph.nodeCount)
        }
        var search = Dijkstra(graph)
        var times: [Double] = []
        for run in 0 ..< runs {
            let start = ResourceUsage.now()
            search.run(from: source)
            times.append(Double(ResourceUsage.now() - start) / 1e6)
            progress(run + 1, runs)
        }
        var checksum: UInt64 = 0, reached = 0
        for v in 0 ..< graph.nodeCount {
            if let d = search.distance(to: NodeID(v)) { checksum &+= UInt64(d); reached += 1 }
        }
        let sorted = times.sorted()
        return OneToAllReport(graph: info, source: source.index + 1, runMilliseconds: times,
                              medianMilliseconds: sorted[sorted.count / 2], checksum: checksum, reached: reached,
                              settled: search.settledCount, scratchBytes: graph.nodeCount * 24,
                              peakResidentBytes: ResourceUsage.peakResidentBytes)
    }
}
