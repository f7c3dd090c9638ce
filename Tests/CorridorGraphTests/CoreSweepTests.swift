import CorridorLanes
import CorridorTestSupport
import Testing

/// CorridorLanes' sweeps (the version the processor runs, and the baseline one) against a plain scalar sweep, on
/// seeded random cores: rows of one and two vectors, `float` and `double` lanes, unreached lanes, nodes without arcs.
/// The answers must agree bit for bit: both do the same additions and the same `y < x ? y : x` minima, lane by lane.
@Suite struct CoreSweepTests {
    /// A random core of `size` nodes: up arcs entering node `c` from below, down arcs entering it from above, each
    /// word packing its tail and `weight(random)`, listed by the node they enter.
    static func core(size: Int, arcsPerNode: Int, weight: (inout SplitMix64) -> UInt32, _ random: inout SplitMix64)
        -> (upFirst: [UInt32], up: [UInt64], downFirst: [UInt32], down: [UInt64]) {
        var upFirst: [UInt32] = [0], up: [UInt64] = [], downFirst: [UInt32] = [0], down: [UInt64] = []
        for c in 0 ..< size {
            for _ in 0 ..< (c == 0 ? 0 : Int.random(in: 0 ... arcsPerNode, using: &random)) {
                up.append(UInt64(weight(&random)) << 32 | UInt64(Int.random(in: 0 ..< c, using: &random)))
            }
            upFirst.append(UInt32(up.count))
            for _ in 0 ..< (c == size - 1 ? 0 : Int.random(in: 0 ... arcsPerNode, using: &random)) {
                down.append(UInt64(weight(&random)) << 32 | UInt64(Int.random(in: c + 1 ..< size, using: &random)))
            }
            downFirst.append(UInt32(down.count))
        }
        return (upFirst, up, downFirst, down)
    }

    /// The sweep, one lane at a time.
    static func reference<Scalar: BinaryFloatingPoint>(_ rows: inout [Scalar], lanes: Int, upFirst: [UInt32], up: [UInt64],
                                                       downFirst: [UInt32], down: [UInt64], weight: (UInt64) -> Scalar) {
        let size = upFirst.count - 1
        func pull(_ c: Int, _ first: [UInt32], _ arcs: [UInt64]) {
            for a in Int(first[c]) ..< Int(first[c + 1]) {
                let tail = Int(UInt32(truncatingIfNeeded: arcs[a]))
                for i in 0 ..< lanes {
                    let y = rows[tail * lanes + i] + weight(arcs[a])
                    if y < rows[c * lanes + i] { rows[c * lanes + i] = y }
                }
            }
        }
        for c in 0 ..< size { pull(c, upFirst, up) }
        for c in (0 ..< size).reversed() { pull(c, downFirst, down) }
    }

    /// Runs `sweep` on a 64-byte aligned copy of `rows` and returns the result.
    static func run<Scalar>(_ rows: [Scalar], _ sweep: (UnsafeMutablePointer<Scalar>) -> Void) -> [Scalar] {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: rows.count * MemoryLayout<Scalar>.stride, alignment: 64)
        defer { buffer.deallocate() }
        let lanes = buffer.initializeMemory(as: Scalar.self, from: rows, count: rows.count)
        sweep(lanes)
        return Array(UnsafeBufferPointer(start: lanes, count: rows.count))
    }

    /// Random starting rows: most lanes unreached, some at random distances below `limit`.
    static func rows<Scalar: BinaryFloatingPoint>(_: Scalar.Type, count: Int, limit: UInt32, _ random: inout SplitMix64) -> [Scalar] {
        (0 ..< count).map { _ in
            Int.random(in: 0 ..< 8, using: &random) == 0 ? Scalar(UInt32.random(in: 0 ..< limit, using: &random)) : .infinity
        }
    }

    @Test(arguments: 0 ..< 24 as Range<UInt64>)
    func floatSweepsAgreeWithTheScalarSweep(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let size = Int.random(in: 1 ... 300, using: &random), groups = Int(1 + seed % 2), lanes = 16 * groups
        let (upFirst, up, downFirst, down) = Self.core(size: size, arcsPerNode: Int(seed % 12), weight: { random in
            Float(UInt32.random(in: 0 ..< 1 << 20, using: &random)).bitPattern
        }, &random)
        let start = Self.rows(Float.self, count: size * lanes, limit: 1 << 22, &random)
        var expected = start
        Self.reference(&expected, lanes: lanes, upFirst: upFirst, up: up, downFirst: downFirst, down: down) { word in
            Float(bitPattern: UInt32(truncatingIfNeeded: word >> 32))
        }
        let fast = Self.run(start) { corridor_sweep_float($0, groups, size, upFirst, up, downFirst, down) }
        let baseline = Self.run(start) { corridor_sweep_float_baseline($0, groups, size, upFirst, up, downFirst, down) }
        #expect(fast.map(\.bitPattern) == expected.map(\.bitPattern), "seed \(seed): the processor's version")
        #expect(baseline.map(\.bitPattern) == expected.map(\.bitPattern), "seed \(seed): the baseline version")
        #expect(expected != start || up.isEmpty && down.isEmpty, "seed \(seed): the sweep lowered nothing")
    }

    @Test(arguments: 0 ..< 24 as Range<UInt64>)
    func doubleSweepsAgreeWithTheScalarSweep(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let size = Int.random(in: 1 ... 300, using: &random), groups = Int(1 + seed % 2), lanes = 16 * groups
        let (upFirst, up, downFirst, down) = Self.core(size: size, arcsPerNode: Int(seed % 12), weight: { random in
            UInt32.random(in: 0 ... .max, using: &random)
        }, &random)
        let start = Self.rows(Double.self, count: size * lanes, limit: .max, &random)
        var expected = start
        Self.reference(&expected, lanes: lanes, upFirst: upFirst, up: up, downFirst: downFirst, down: down) { word in
            Double(UInt32(truncatingIfNeeded: word >> 32))
        }
        let fast = Self.run(start) { corridor_sweep_double($0, groups, size, upFirst, up, downFirst, down) }
        let baseline = Self.run(start) { corridor_sweep_double_baseline($0, groups, size, upFirst, up, downFirst, down) }
        #expect(fast.map(\.bitPattern) == expected.map(\.bitPattern), "seed \(seed): the processor's version")
        #expect(baseline.map(\.bitPattern) == expected.map(\.bitPattern), "seed \(seed): the baseline version")
        #expect(expected != start || up.isEmpty && down.isEmpty, "seed \(seed): the sweep lowered nothing")
    }
}
