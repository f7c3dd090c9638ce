import CorridorLanes

/// One way into a matrix's dense core: the search from source or target number `index` reached the core node
/// `core` (its rank minus the core's lowest rank) at `distance`, through nodes below the core only.
struct CoreEntry {
    var core: UInt32
    var index: UInt32
    var distance: Weight
}

/// Many-to-many distances: buckets below a dense core.
///
/// The highest ``matrixCoreSize`` ranks form the *core*; every up arc leaving a core node ends in the core and every
/// down arc entering one starts there. A shortest up-down path from `s` to `t` peaks either below the core, and is
/// found with buckets (S. Knopp, P. Sanders, D. Schultes, F. Schulz, D. Wagner, *Computing Many-to-Many Shortest
/// Paths Using Highway Hierarchies*, ALENEX 2007): a backward upward search from each target drops
/// `(target, distance)` into a bucket at each node below the core it settles unstalled, and a forward upward search
/// from each source reads the buckets of the nodes it settles unstalled; or it peaks in the core, and then it enters
/// the core at the first core node `e` of its up part and leaves it at the last core node `c` of its down part. The
/// upward searches therefore stop at the core: a core node they label is an *entry*, never queued nor expanded, and
/// its label is final once the search ends (only nodes below the core label it). The core itself is swept as in
/// RPHAST (D. Delling, A. V. Goldberg, R. F. Werneck, *Faster Batched Shortest Paths in Road Networks*, ATMOS 2011),
/// thirty-two sources at a time (sixteen in a last block of sixteen or fewer) in as many SIMD lanes per core node, by
/// the kernel of CorridorLanes: the sources' entries seed the lanes, a sweep in increasing rank along the up arcs and
/// one in decreasing rank along the down arcs leave at each core node `c` the length of a shortest up-down path from
/// each source to `c` through the core, and each target's entry `(c, d)` closes a path of length `lanes[c] + d`.
///
/// Exactness: the nodes of a shortest up-down path's up part carry their true distances in the source's search and
/// are never stalled (a stall needs a strictly shorter path), so its entry `e` is found with its exact distance;
/// likewise `c` in the target's search. Every other value is the length of some path, so minima are exact. A path
/// of ``Weight/infinity`` or more counts as none, as in ``Dijkstra``; the core's lanes are floating point and
/// exact where it matters (see ``sweepCore(start:sources:width:sourceEntries:targetEntries:into:)``).
///
/// On the New York road graph (264,346 nodes), 100 × 100 with the default core of 2048 nodes: the searches settle
/// about a fifth of the nodes buckets alone would and scan a fraction of the bucket entries, and the matrix takes
/// about 0.4 × the time of buckets alone.
/// - Complexity: one upward search per source and per target, cut at the core; the bucket entries scanned; and per
///   block of thirty-two sources the core's arcs once each way plus one lane operation per target entry. Allocates
///   the result and a distance per source and target; the scratch (buckets, entries, lanes, the core's own arrays)
///   grows with the matrix and the core, never with the graph, and is kept between matrices.
extension ContractionHierarchyQuery {
    /// The distances from each of `sources` to each of `targets` (`nil` where there is no path): row `i` holds
    /// the distances from `sources[i]`, in the order of `targets`. Either list may be empty or repeat nodes.
    /// - Precondition: Every node belongs to the hierarchy's graph.
    /// - Complexity: see the extension's documentation.
    public mutating func distances(from sources: [NodeID], to targets: [NodeID]) -> [[Weight?]] {
        let h = hierarchy, n = h.nodeCount
        for x in sources { precondition(x.index < n, "Node \(x) is not in the graph of \(n) nodes.") }
        for x in targets { precondition(x.index < n, "Node \(x) is not in the graph of \(n) nodes.") }
        settledCount = 0
        if sources.isEmpty || targets.isEmpty { return [[Weight?]](repeating: [], count: sources.count) }
        if !isKnownUniquelyReferenced(&forward) { forward = forward.copy() }
        if !isKnownUniquelyReferenced(&backward) { backward = backward.copy() }
        let labels = forward, buckets = backward, width = targets.count
        // The core pays about a sweep per sixteen sources and saves part of every search: worth it once there are
        // about ten searches per sixteen sources.
        let blocks = (sources.count + 15) / 16
        let coreSize = sources.count + targets.count >= 10 * blocks ? min(max(matrixCoreSize, 0), n) : 0
        let coreStart = n - coreSize
        // The scratch is moved out of `self` for the duration, so appending to it copies nothing.
        var dropped = self.dropped, sourceEntries = self.sourceEntries, targetEntries = self.targetEntries
        var reached = self.reached
        self.reached = []
        self.dropped = []
        self.sourceEntries = []
        self.targetEntries = []
        dropped.removeAll(keepingCapacity: true)
        sourceEntries.removeAll(keepingCapacity: true)
        targetEntries.removeAll(keepingCapacity: true)
        var settled = 0
        // Backward searches: (rank, target index, distance) of every node below the core settled unstalled, and the
        // targets' core entries.
        for (j, t) in targets.enumerated() {
            settled += Self.upwardSearch(h, labels, from: Int(h.rank[t.index]), backward: true, core: coreStart,
                                         reached: &reached, settle: { x, d in dropped.append((UInt32(x), UInt64(j) << 32 | UInt64(d))) },
                                         enter: { x, d in
                                             targetEntries.append(CoreEntry(core: UInt32(x - coreStart), index: UInt32(j), distance: d))
                                         })
        }
        // Buckets, grouped by rank in time proportional to the entries (not to n): the backward labels serve as
        // the index, a rank's record (stamped) holding its bucket's start in `predecessor`, its size in
        // `position` and the scatter cursor in `distance`.
        buckets.clear()
        let generation = buckets.generation, record = buckets.record
        for (r, _) in dropped {
            let r = Int(r)
            if record[r].stamp != generation {
                record[r].stamp = generation
                record[r].position = 0
                record[r].predecessor = .max
            }
            record[r].position &+= 1
        }
        var total: UInt32 = 0
        for (r, _) in dropped where record[Int(r)].predecessor == .max {
            record[Int(r)].predecessor = total
            record[Int(r)].distance = total
            total &+= record[Int(r)].position
        }
        if bucketEntries.count < dropped.count { bucketEntries = [UInt64](repeating: 0, count: dropped.count) }
        for (r, entry) in dropped {
            let slot = Int(record[Int(r)].distance)
            bucketEntries[slot] = entry
            record[Int(r)].distance &+= 1
        }
        // Forward searches: each source's row from the buckets, and the sources' core entries (in source order).
        var best = [Weight](repeating: .infinity, count: sources.count * width)
        best.withUnsafeMutableBufferPointer { best in
            bucketEntries.withUnsafeBufferPointer { entries in
                for (i, s) in sources.enumerated() {
                    let row = best.baseAddress! + i * width
                    settled += Self.upwardSearch(h, labels, from: Int(h.rank[s.index]), backward: false, core: coreStart,
                                                 reached: &reached, settle: { x, d in
                        guard record[x].stamp == generation else { return }
                        var k = Int(record[x].predecessor)
                        let end = k &+ Int(record[x].position)
                        while k < end {
                            let entry = entries[k]
                            let j = Int(entry >> 32)
                            row[j] = Swift.min(row[j], d.saturatingAdd(Weight(truncatingIfNeeded: entry)))
                            k &+= 1
                        }
                    }, enter: { x, d in
                        sourceEntries.append(CoreEntry(core: UInt32(x - coreStart), index: UInt32(i), distance: d))
                    })
                }
            }
        }
        if !sourceEntries.isEmpty && !targetEntries.isEmpty {
            sweepCore(start: coreStart, sources: sources.count, width: width, sourceEntries: sourceEntries,
                      targetEntries: targetEntries, into: &best)
        }
        self.dropped = dropped
        self.reached = reached
        self.sourceEntries = sourceEntries
        self.targetEntries = targetEntries
        settledCount = settled
        return (0 ..< sources.count).map { i in
            (0 ..< width).map { j in
                let d = best[i * width + j]
                return d == .infinity ? nil : d
            }
        }
    }

    /// The core's part of a matrix: per block of thirty-two sources (sixteen for a last block of sixteen or fewer),
    /// seeds the lanes with the block's entries, sweeps the core up then down, and lowers `best` (row-major, `width`
    /// columns) by each target entry's sum. Both entry lists are in index order.
    ///
    /// A block is swept in `Float` lanes first (a minimum or a sum of four or eight of them is one instruction), then
    /// again in `Double` lanes only if it left a pair undecided. Sums of integers below 2²⁴ are exact in `Float` and
    /// rounding is monotone, so a lane below 2²⁴ holds the length of a shortest path through the core, a lane at or
    /// above 2²⁴ means no such path is shorter than 2²⁴, and an infinite lane means there is none: a pair left at or
    /// above 2²⁴ with no bucket path below 2²⁴ is undecided. `Double` is exact in the same way below
    /// ``Weight/infinity``, at or above which a path counts as none (as ``Dijkstra`` saturates), so it decides all.
    /// - Complexity: per block, O(core arcs + target entries + `width`) operations on its lanes (twice for a
    ///   block with an undecided pair); the first matrix with a given core size also builds its ``MatrixCore``.
    mutating func sweepCore(start coreStart: Int, sources: Int, width: Int, sourceEntries: [CoreEntry],
                            targetEntries: [CoreEntry], into best: inout [Weight]) {
        let coreSize = hierarchy.nodeCount - coreStart
        if matrixCore?.size != coreSize { matrixCore = MatrixCore(hierarchy, size: coreSize) }
        let core = matrixCore!
        var e = 0, first = 0
        while first < sources {
            // Rows of two vectors when more than sixteen sources are left: the sweep reads each arc once for both.
            let groups = sources - first > 16 ? 2 : 1, from = e
            while e < sourceEntries.count && Int(sourceEntries[e].index) < first + 16 * groups { e += 1 }
            defer { first += 16 * groups }
            if from == e { continue }
            let entries = sourceEntries[from ..< e]
            if !Self.sweepBlock(&floatLanes, as: FloatLanes.self, groups: groups, core, up: core.up, down: core.down,
                                first: first, sources: sources, width: width, sourceEntries: entries,
                                targetEntries: targetEntries, into: &best) {
                matrixCore!.makeExact(hierarchy)
                let exact = matrixCore!.exact!
                _ = Self.sweepBlock(&doubleLanes, as: DoubleLanes.self, groups: groups, core, up: exact.up, down: exact.down,
                                    first: first, sources: sources, width: width, sourceEntries: entries,
                                    targetEntries: targetEntries, into: &best)
            }
        }
    }

    /// Sweeps the block of sources `first ..< first + 16 × groups` (fewer at the end), whose core entries are
    /// `sourceEntries`, in rows of `groups` (1 or 2) `Lanes` kept in `scalars` (scratch), along `up` and `down` (the
    /// core's arcs with weights in the form `Lanes` adds): lowers `best` where a lane decides, and returns `false` if a
    /// pair is left undecided (a finite lane at or above `Lanes.exactBelow`, a bucket distance there too, and that
    /// limit below ``Weight/infinity``). The sweeps themselves are CorridorLanes' kernel; the rows start at a 64-byte
    /// boundary inside `scalars`, as it asks.
    /// - Complexity: O(core arcs + target entries + `width`) operations on 16 × `groups` lanes.
    @_specialize(where Lanes == FloatLanes)
    @_specialize(where Lanes == DoubleLanes)
    static func sweepBlock<Lanes: CoreLanes>(
        _ scalars: inout [Lanes.Scalar], as _: Lanes.Type, groups: Int, _ core: MatrixCore, up: [UInt64], down: [UInt64],
        first: Int, sources: Int, width: Int, sourceEntries: ArraySlice<CoreEntry>, targetEntries: [CoreEntry],
        into best: inout [Weight]
    ) -> Bool {
        let coreSize = core.size, vectorBytes = MemoryLayout<Lanes>.stride, rowBytes = groups * vectorBytes
        let scalarBytes = MemoryLayout<Lanes.Scalar>.stride, needed = (coreSize * rowBytes + 64) / scalarBytes
        if scalars.count < needed { scalars = [Lanes.Scalar](repeating: 0, count: needed) }
        let unreached = Lanes.unreached
        let limit = Lanes.exactBelow, saturates = limit == Weight.infinity
        var decided = true
        scalars.withUnsafeMutableBufferPointer { scalars in
        best.withUnsafeMutableBufferPointer { best in
        core.upFirst.withUnsafeBufferPointer { upFirst in
        up.withUnsafeBufferPointer { upArcs in
        core.downFirst.withUnsafeBufferPointer { downFirst in
        down.withUnsafeBufferPointer { downArcs in
            let rows = UnsafeMutableRawPointer(scalars.baseAddress!).alignedUp(toMultipleOf: 64)
            /// The byte offset of vector `g` of core node `c`'s row.
            @inline(__always) func offset(_ c: Int, _ g: Int) -> Int { c &* rowBytes &+ g &* vectorBytes }
            for v in 0 ..< coreSize * groups { rows.storeBytes(of: unreached, toByteOffset: v &* vectorBytes, as: Lanes.self) }
            for entry in sourceEntries {
                let lane = Int(entry.index) - first, at = offset(Int(entry.core), lane / 16)
                var lanes = rows.load(fromByteOffset: at, as: Lanes.self)
                lanes.lower(lane % 16, to: entry.distance)
                rows.storeBytes(of: lanes, toByteOffset: at, as: Lanes.self)
            }
            Lanes.sweep(rows, groups: groups, size: coreSize, upFirst: upFirst.baseAddress!, up: Graph.base(upArcs),
                        downFirst: downFirst.baseAddress!, down: Graph.base(downArcs))
            // Each target's entries (consecutive) close its column of the block, sixteen lanes at a time.
            let blockEnd = Swift.min(first + 16 * groups, sources)
            var k = 0
            while k < targetEntries.count {
                let j = Int(targetEntries[k].index)
                var end = k
                while end < targetEntries.count && Int(targetEntries[end].index) == j { end += 1 }
                for g in 0 ..< groups where first + 16 * g < blockEnd {
                    var column = unreached
                    for entry in targetEntries[k ..< end] {
                        column = column.least(rows.load(fromByteOffset: offset(Int(entry.core), g), as: Lanes.self).plus(entry.distance))
                    }
                    for i in 0 ..< Swift.min(16, blockEnd - first - 16 * g) {
                        let slot = (first + 16 * g + i) * width + j
                        if let d = column.distance(i) {
                            best[slot] = Swift.min(best[slot], d)
                        } else if !saturates && column.isFinite(i) && best[slot] >= limit {
                            decided = false
                        }
                    }
                }
                k = end
            }
        } } } } } }
        return decided
    }

    /// A full upward search from rank `start` (on the down arcs when `backward`), with stall-on-demand, that stops
    /// at the core (ranks from `core` on): calls `settle(rank, distance)` for each node below the core settled and
    /// not stalled, and at the end `enter(rank, distance)` for each core node labelled. Core nodes never enter the
    /// heap: only nodes below the core label them, so their labels are final once the heap is empty; `reached`
    /// (scratch) lists them meanwhile. Returns how many nodes it settled, the core nodes entered included.
    static func upwardSearch(_ h: ContractionHierarchy, _ labels: NodeLabels, from start: Int, backward: Bool, core: Int,
                             reached: inout [UInt32],
                             settle: (Int, Weight) -> Void, enter: (Int, Weight) -> Void) -> Int {
        labels.clear()
        labels.label(start, 0, by: .max)
        if start >= core { enter(start, 0); return 1 }
        labels.push(start, key: 0)
        reached.removeAll(keepingCapacity: true)
        var settled = 0
        h.withSearchArcs { upFirst, upArcs, downFirst, downArcs in
            while labels.heapCount != 0 {
                let (x, d) = labels.removeMin()
                settled &+= 1
                let relaxed = backward
                    ? step(labels, x, d, bound: .infinity, arcs: Int(downFirst[x]) ..< Int(downFirst[x &+ 1]), arc: downArcs,
                           stall: Int(upFirst[x]) ..< Int(upFirst[x &+ 1]), stallArc: upArcs, recordingPredecessors: false,
                           core: core, entered: { reached.append(UInt32(truncatingIfNeeded: $0)) })
                    : step(labels, x, d, bound: .infinity, arcs: Int(upFirst[x]) ..< Int(upFirst[x &+ 1]), arc: upArcs,
                           stall: Int(downFirst[x]) ..< Int(downFirst[x &+ 1]), stallArc: downArcs, recordingPredecessors: false,
                           core: core, entered: { reached.append(UInt32(truncatingIfNeeded: $0)) })
                if relaxed { settle(x, d) }
            }
        }
        let record = labels.record
        for y in reached { enter(Int(y), record[Int(y)].distance) }
        return settled + reached.count
    }
}

/// Sixteen distances in floating point, for ``ContractionHierarchyQuery/sweepCore(start:sources:width:sourceEntries:targetEntries:into:)``:
/// implemented on the concrete vector types, whose minimum and sum are single instructions per register (a generic
/// `SIMD` operation would run lane by lane).
protocol CoreLanes {
    /// The type of a lane.
    associatedtype Scalar: BinaryFloatingPoint
    /// Sweeps `size` rows of `groups` values of this type at `rows` (64-byte aligned) up along `up` and down along
    /// `down`: the kernel of CorridorLanes for this type (see
    /// ``ContractionHierarchyQuery/sweepBlock(_:as:groups:_:up:down:first:sources:width:sourceEntries:targetEntries:into:)``).
    static func sweep(_ rows: UnsafeMutableRawPointer, groups: Int, size: Int, upFirst: UnsafePointer<UInt32>,
                      up: UnsafePointer<UInt64>, downFirst: UnsafePointer<UInt32>, down: UnsafePointer<UInt64>)
    /// Sums below this are exact; a lane at or above it is at least this.
    static var exactBelow: Weight { get }
    /// No path in any lane.
    static var unreached: Self { get }
    /// Lowers lane `i` to `distance`.
    mutating func lower(_ i: Int, to distance: Weight)
    /// The least of two lanes, lane by lane.
    func least(_ other: Self) -> Self
    /// `distance` added to every lane.
    func plus(_ distance: Weight) -> Self
    /// Lane `i` as a distance, if it is below ``exactBelow``.
    func distance(_ i: Int) -> Weight?
    /// Whether lane `i` is finite.
    func isFinite(_ i: Int) -> Bool
}

/// Sixteen `Float` lanes: exact below 2²⁴.
struct FloatLanes: CoreLanes {
    typealias Scalar = Float
    typealias Storage = SIMD16<Float>
    static var exactBelow: Weight { 1 << 24 }
    var lanes: Storage
    static var unreached: Self { Self(lanes: Storage(repeating: .infinity)) }
    @inline(__always) mutating func lower(_ i: Int, to distance: Weight) { lanes[i] = Swift.min(lanes[i], Float(distance)) }
    @inline(__always) func least(_ other: Self) -> Self { Self(lanes: lanes.replacing(with: other.lanes, where: other.lanes .< lanes)) }
    @inline(__always) func plus(_ distance: Weight) -> Self { Self(lanes: lanes + Storage(repeating: Float(distance))) }
    static func sweep(_ rows: UnsafeMutableRawPointer, groups: Int, size: Int, upFirst: UnsafePointer<UInt32>,
                      up: UnsafePointer<UInt64>, downFirst: UnsafePointer<UInt32>, down: UnsafePointer<UInt64>) {
        corridor_sweep_float(rows.assumingMemoryBound(to: Float.self), groups, size, upFirst, up, downFirst, down)
    }
    @inline(__always) func distance(_ i: Int) -> Weight? { lanes[i] < Float(Self.exactBelow) ? Weight(lanes[i]) : nil }
    @inline(__always) func isFinite(_ i: Int) -> Bool { lanes[i].isFinite }
}

/// Sixteen `Double` lanes: exact below ``Weight/infinity`` (and far beyond).
struct DoubleLanes: CoreLanes {
    typealias Scalar = Double
    typealias Storage = SIMD16<Double>
    static var exactBelow: Weight { .infinity }
    var lanes: Storage
    static var unreached: Self { Self(lanes: Storage(repeating: .infinity)) }
    @inline(__always) mutating func lower(_ i: Int, to distance: Weight) { lanes[i] = Swift.min(lanes[i], Double(distance)) }
    @inline(__always) func least(_ other: Self) -> Self { Self(lanes: lanes.replacing(with: other.lanes, where: other.lanes .< lanes)) }
    @inline(__always) func plus(_ distance: Weight) -> Self { Self(lanes: lanes + Storage(repeating: Double(distance))) }
    static func sweep(_ rows: UnsafeMutableRawPointer, groups: Int, size: Int, upFirst: UnsafePointer<UInt32>,
                      up: UnsafePointer<UInt64>, downFirst: UnsafePointer<UInt32>, down: UnsafePointer<UInt64>) {
        corridor_sweep_double(rows.assumingMemoryBound(to: Double.self), groups, size, upFirst, up, downFirst, down)
    }
    @inline(__always) func distance(_ i: Int) -> Weight? { lanes[i] < Double(Self.exactBelow) ? Weight(lanes[i]) : nil }
    @inline(__always) func isFinite(_ i: Int) -> Bool { lanes[i].isFinite }
}
