import CorridorGraph

/// What a point-to-point benchmark measured: the graph, the queries, one result per algorithm, and whether they
/// all gave the same distances.
public struct BenchReport: Codable, Sendable {
    public var graph: GraphInfo
    /// Where the queries came from (`ny_pairs.txt`, `1000 random pairs, seed 7`).
    public var queries: String
    public var queryCount: Int
    /// Queries whose target cannot be reached (by the first algorithm's answer).
    public var unreachableCount: Int
    public var algorithms: [AlgorithmResult]
    /// Queries on which some algorithm's distance differs from the first algorithm's.
    public var mismatches: [Mismatch]
    /// The process's peak resident memory at the end, in bytes.
    public var peakResidentBytes: Int

    /// Whether every algorithm returned the same distance on every query.
    public var allAgree: Bool { mismatches.isEmpty }

    /// The graph a benchmark ran on, and what loading it cost.
    public struct GraphInfo: Codable, Sendable, Equatable {
        public var name: String
        public var nodeCount: Int
        public var arcCount: Int
        /// Reading (and parsing, or generating) the input, in milliseconds.
        public var loadMilliseconds: Double
        /// Building the ``Graph`` from the parsed arcs, in milliseconds (0 when it came built from a store).
        public var buildMilliseconds: Double

        public init(name: String, nodeCount: Int, arcCount: Int, loadMilliseconds: Double, buildMilliseconds: Double) {
            self.name = name
            self.nodeCount = nodeCount
            self.arcCount = arcCount
            self.loadMilliseconds = loadMilliseconds
            self.buildMilliseconds = buildMilliseconds
        }
    }

    /// One algorithm's figures over the whole query set. Latencies in microseconds.
    public struct AlgorithmResult: Codable, Sendable {
        public var name: String
        /// Building the algorithm's search (and index, if it had one), in milliseconds.
        public var preprocessingMilliseconds: Double
        public var totalMilliseconds: Double
        public var queriesPerSecond: Double
        public var latency: LatencySummary
        public var meanSettled: Double
        /// Scratch space the algorithm holds, in bytes.
        public var scratchBytes: Int
        /// The process's peak resident memory once this algorithm was built, in bytes.
        public var peakResidentBytesAfterPreprocessing: Int
        /// The sum of the distances found (unreachable pairs count 0), comparable with the peers' p2p checksum.
        public var checksum: UInt64
        /// Every query's latency in microseconds, in query order (for plots; not encoded).
        public var latencies: [Double] = []

        enum CodingKeys: String, CodingKey {
            case name, preprocessingMilliseconds, totalMilliseconds, queriesPerSecond, latency, meanSettled
            case scratchBytes, peakResidentBytesAfterPreprocessing, checksum
        }
    }

    /// A query on which the algorithms disagree: 1-based node ids and each algorithm's answer (`nil` = unreachable).
    public struct Mismatch: Codable, Sendable, Equatable {
        public var query: Int
        public var source: Int
        public var target: Int
        public var distances: [String: Weight?]
    }
}

/// What a one-to-all benchmark measured: `runs` full shortest-path trees from one source.
public struct OneToAllReport: Codable, Sendable {
    public var graph: BenchReport.GraphInfo
    /// The 1-based source node.
    public var source: Int
    /// Each run's time in milliseconds.
    public var runMilliseconds: [Double]
    public var medianMilliseconds: Double
    /// The sum of all finite distances from the source: the checksum the peers print.
    public var checksum: UInt64
    /// How many nodes have a finite distance.
    public var reached: Int
    public var settled: Int
    public var scratchBytes: Int
    public var peakResidentBytes: Int
}
