/// The track gauge of a railway, in millimetres between the rails.
///
/// A path pays a gauge change wherever a train on one gauge must continue on another.
public struct Gauge: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var millimetres: Int

    public init(millimetres: Int) { self.millimetres = millimetres }

    /// 1435 mm: China, Iran, Turkey, Poland.
    public static let standard = Gauge(millimetres: 1435)
    /// 1520 mm: the former Soviet Union, including Georgia and Azerbaijan.
    public static let russian = Gauge(millimetres: 1520)

    public static func < (a: Gauge, b: Gauge) -> Bool { a.millimetres < b.millimetres }
    public var description: String { "\(millimetres) mm" }
}
