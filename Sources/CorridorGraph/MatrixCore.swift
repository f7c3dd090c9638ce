/// The dense core of a hierarchy's matrices, its highest `size` ranks, in arrays of its own: core node `c` is rank
/// `nodeCount − size + c`. Every up arc leaving a core node and every down arc entering one stays in the core, so
/// the core can be swept on its own (see ``ContractionHierarchyQuery/distances(from:to:)``).
///
/// Arcs are listed by head, as the sweeps pull along them: those of `up` entering `c` (up arcs from lower core
/// nodes) are `upFirst[c] ..< upFirst[c + 1]`, those of `down` entering `c` (down arcs from higher ones)
/// `downFirst[c] ..< downFirst[c + 1]`. Each packs the tail's core index (low half) and the weight (high half) as
/// the bits of the nearest `Float`, so that the first, `Float`, sweep adds without converting; ``exact`` holds the
/// same arcs, in the same order, with their exact weights, and is made only when a sweep needs them.
/// - Complexity: built in O(size + core arcs); holds a word per core arc each way (two once ``exact`` is made).
struct MatrixCore: Sendable {
    let size: Int
    let upFirst: [UInt32], downFirst: [UInt32]
    let up: [UInt64], down: [UInt64]
    /// The arcs with exact weights, once made by ``makeExact(_:)``.
    private(set) var exact: (up: [UInt64], down: [UInt64])?

    init(_ h: ContractionHierarchy, size: Int) {
        self.size = size
        (upFirst, downFirst, up, down) = Self.arcs(h, size: size, weight: { Float($0).bitPattern })
    }

    /// Makes ``exact`` (unless made already), from the hierarchy the core was made of.
    mutating func makeExact(_ h: ContractionHierarchy) {
        if exact == nil {
            let (_, _, up, down) = Self.arcs(h, size: size, weight: { $0 })
            exact = (up, down)
        }
    }

    /// The core's arcs by head, each packing its tail's core index and `weight` of its weight.
    private static func arcs(_ h: ContractionHierarchy, size: Int, weight: (Weight) -> UInt32)
        -> (upFirst: [UInt32], downFirst: [UInt32], up: [UInt64], down: [UInt64]) {
        let start = h.nodeCount - size
        var upFirst = [UInt32](repeating: 0, count: size + 1), downFirst = [UInt32](), up = [UInt64](), down = [UInt64]()
        h.withSearchArcs { hUpFirst, hUpArcs, hDownFirst, hDownArcs in
            let upStart = Int(hUpFirst[start]), upEnd = Int(hUpFirst[h.nodeCount])
            for a in upStart ..< upEnd { upFirst[ContractionHierarchy.end(hUpArcs[a]) &- start &+ 1] &+= 1 }
            for c in 0 ..< size { upFirst[c &+ 1] &+= upFirst[c] }
            var cursor = upFirst
            up = [UInt64](unsafeUninitializedCapacity: upEnd - upStart) { arcs, count in
                for c in 0 ..< size {
                    for a in Int(hUpFirst[start &+ c]) ..< Int(hUpFirst[start &+ c &+ 1]) {
                        let head = ContractionHierarchy.end(hUpArcs[a]) &- start
                        arcs[Int(cursor[head])] = ContractionHierarchy.pack(UInt32(c), weight(ContractionHierarchy.weight(hUpArcs[a])))
                        cursor[head] &+= 1
                    }
                }
                count = upEnd - upStart
            }
            let downStart = Int(hDownFirst[start]), downEnd = Int(hDownFirst[h.nodeCount])
            downFirst = (start ... h.nodeCount).map { hDownFirst[$0] &- UInt32(downStart) }
            down = [UInt64](unsafeUninitializedCapacity: downEnd - downStart) { arcs, count in
                for b in downStart ..< downEnd {
                    let tail = UInt32(ContractionHierarchy.end(hDownArcs[b]) &- start)
                    arcs[b &- downStart] = ContractionHierarchy.pack(tail, weight(ContractionHierarchy.weight(hDownArcs[b])))
                }
                count = downEnd - downStart
            }
        }
        return (upFirst, downFirst, up, down)
    }

    /// The bytes the core's arrays hold.
    var byteCount: Int { 4 * (upFirst.count + downFirst.count) + 8 * (up.count + down.count) * (exact == nil ? 1 : 2) }
}
