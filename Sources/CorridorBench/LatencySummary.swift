/// Percentiles of a set of latencies, by the nearest-rank method: the p-th percentile is the smallest sample with
/// at least p % of the samples at or below it.
public struct LatencySummary: Codable, Sendable, Equatable {
    public var count: Int
    public var mean: Double
    public var p50: Double
    public var p95: Double
    public var p99: Double
    public var max: Double

    /// The summary of `samples` (any unit; the result is in the same unit). All zero for no samples.
    /// - Complexity: O(*n* log *n*).
    public init(_ samples: [Double]) {
        count = samples.count
        guard !samples.isEmpty else { mean = 0; p50 = 0; p95 = 0; p99 = 0; max = 0; return }
        let sorted = samples.sorted()
        mean = samples.reduce(0, +) / Double(samples.count)
        p50 = Self.percentile(50, of: sorted)
        p95 = Self.percentile(95, of: sorted)
        p99 = Self.percentile(99, of: sorted)
        max = sorted[sorted.count - 1]
    }

    /// The nearest-rank `p`-th percentile (0 < p ≤ 100) of ascending, non-empty `sorted`.
    public static func percentile(_ p: Double, of sorted: [Double]) -> Double {
        precondition(!sorted.isEmpty && p > 0 && p <= 100)
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(1, Swift.min(rank, sorted.count)) - 1]
    }
}
