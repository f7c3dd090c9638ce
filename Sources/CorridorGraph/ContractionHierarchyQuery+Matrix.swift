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
/// sixteen sources at a time in sixteen SIMD lanes per core node: the sources' entries seed the lanes, a sweep in
/// increasing rank along the up arcs and one in decreasing rank along the down arcs leave at each core node `c` the
/// length of a shortest up-down path from each source to `c` through the core, and each target's entry `(c, d)`
/// closes a path of length `lanes[c] + d`.
///
/// Exactness: the nodes of a shortest up-down path's up part carry their true distances in the source's search and
/// are never stalled (a stall needs a strictly shorter path), so its entry `e` is found with its exact distance;
/// likewise `c` in the target's search. Every other value is the length of some path, so minima are exact. Sums
/// saturate at ``Weight/infinity``, as in ``Dijkstra`` (see ``sweepCore(start:sources:width:sourceEntries:targetEntries:into:)``
/// for how the lanes do it cheaply).
///
/// On the New York road graph (264,346 nodes), 100 × 100: the searches settle 14 k nodes instead of 30 k and scan
/// a third of the bucket entries; the core of 1024 nodes has 12 k arcs each way. The matrix takes about 0.6 of the
/// time of buckets alone.
/// - Complexity: one upward search per source and per target, cut at the core; the bucket entries scanned; and per
///   block of sixteen sources the core's arcs once each way plus one lane operation per target entry. Allocates the
///   result and a distance per source and target; the scratch (buckets, entries, lanes, the core's up arcs by head)
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
        // The core pays a sweep per block of sixteen sources and saves part of every search: worth it once there are
        // about ten searches per block.
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

    /// The core's part of a matrix: per block of sixteen sources, seeds the lanes with the block's entries, sweeps
    /// the core up then down, and lowers `best` (row-major, `width` columns) by each target entry's sum. Both
    /// entry lists are in index order. Lanes hold `d ^ 2³¹` as `Int32`, so that the signed comparisons of baseline
    /// x86-64 order them as the unsigned distances; adding a weight commutes with that offset.
    ///
    /// A block is swept *short* first when every core weight and entry is below 2³¹: lanes are capped at 2³¹ once
    /// per node instead of saturating at every arc, which cannot overflow. Sums below 2³¹ are then exact; a pair
    /// left at the cap is decided by its bucket distance when that is below 2³¹ and otherwise (unreachable, or
    /// heavier than 2³¹) sends the block through the saturating sweep.
    /// - Complexity: per block, O(core arcs + target entries + `width`) operations on sixteen lanes (twice for a
    ///   block with such a pair); the first matrix with a given core size also transposes the core's up arcs.
    mutating func sweepCore(start coreStart: Int, sources: Int, width: Int, sourceEntries: [CoreEntry],
                            targetEntries: [CoreEntry], into best: inout [Weight]) {
        let h = hierarchy, coreSize = h.nodeCount - coreStart
        if coreInSize != coreSize { transposeCore(start: coreStart) }
        let unreached = SIMD16<Int32>(repeating: .max)   // ∞ ^ 2³¹
        let cap = SIMD16<Int32>(repeating: 0)            // 2³¹ ^ 2³¹
        let half: Weight = 1 << 31
        if lanes.count < coreSize { lanes = [SIMD16<Int32>](repeating: unreached, count: coreSize) }
        let short = coreWeightBound < half && sourceEntries.allSatisfy { $0.distance < half }
            && targetEntries.allSatisfy { $0.distance < half }
        /// The lanes' form of a distance, and back.
        @inline(__always) func lane(_ d: Weight) -> Int32 { Int32(bitPattern: d ^ 0x8000_0000) }
        @inline(__always) func weight(_ x: Int32) -> Weight { UInt32(bitPattern: x) ^ 0x8000_0000 }
        @inline(__always) func least(_ a: SIMD16<Int32>, _ b: SIMD16<Int32>) -> SIMD16<Int32> {
            a.replacing(with: b, where: b .< a)
        }
        /// `x + w` in every lane: saturating at infinity, or (short) plainly, `x` being at most the cap and `w`
        /// below 2³¹.
        @inline(__always) func plus(_ x: SIMD16<Int32>, _ w: Weight, short: Bool) -> SIMD16<Int32> {
            let sum = short ? x : least(x, SIMD16(repeating: lane(Weight.infinity &- w)))
            return sum &+ SIMD16(repeating: Int32(bitPattern: w))
        }
        lanes.withUnsafeMutableBufferPointer { lanes in
        best.withUnsafeMutableBufferPointer { best in
        coreInFirst.withUnsafeBufferPointer { inFirst in
        coreIn.withUnsafeBufferPointer { inArcs in
        h.downFirst.withUnsafeBufferPointer { downFirst in
        h.downArcs.withUnsafeBufferPointer { downArcs in
            let lanes = lanes.baseAddress!, inFirst = inFirst.baseAddress!, inArcs = inArcs.baseAddress!
            let downFirst = Graph.base(downFirst) + coreStart, downArcs = Graph.base(downArcs)
            /// Sweeps the block of sources `first ..< first + 16` whose entries are `entries`; returns `false` if
            /// a short sweep left a pair undecided.
            @inline(__always) func sweep(first: Int, entries: Range<Int>, short: Bool) -> Bool {
                let bound = short ? cap : unreached
                for c in 0 ..< coreSize { lanes[c] = bound }
                for e in entries {
                    let entry = sourceEntries[e], c = Int(entry.core), i = Int(entry.index) - first
                    lanes[c][i] = Swift.min(lanes[c][i], lane(entry.distance))
                }
                // Up: in increasing rank, each node pulls along the up arcs entering it from below (final already).
                for c in 0 ..< coreSize {
                    var x = lanes[c]
                    var a = Int(inFirst[c])
                    let end = Int(inFirst[c &+ 1])
                    while a < end {
                        let word = inArcs[a]
                        x = least(x, plus(lanes[ContractionHierarchy.end(word)], ContractionHierarchy.weight(word), short: short))
                        a &+= 1
                    }
                    lanes[c] = least(x, bound)
                }
                // Down: in decreasing rank, each node pulls along the down arcs entering it from above.
                var c = coreSize
                while c > 0 {
                    c &-= 1
                    var x = lanes[c]
                    var b = Int(downFirst[c])
                    let end = Int(downFirst[c &+ 1])
                    while b < end {
                        let word = downArcs[b]
                        x = least(x, plus(lanes[ContractionHierarchy.end(word) &- coreStart], ContractionHierarchy.weight(word), short: short))
                        b &+= 1
                    }
                    lanes[c] = least(x, bound)
                }
                // Each target's entries (consecutive) close its column of the block.
                let lastLane = Swift.min(16, sources - first)
                var decided = true
                var k = 0
                while k < targetEntries.count {
                    let j = Int(targetEntries[k].index)
                    var column = bound
                    while k < targetEntries.count && Int(targetEntries[k].index) == j {
                        column = least(column, plus(lanes[Int(targetEntries[k].core)], targetEntries[k].distance, short: short))
                        k += 1
                    }
                    for i in 0 ..< lastLane {
                        let slot = (first + i) * width + j, d = weight(column[i])
                        if short && d >= half {
                            if best[slot] >= half { decided = false }
                        } else {
                            best[slot] = Swift.min(best[slot], d)
                        }
                    }
                }
                return decided
            }
            var e = 0
            for first in stride(from: 0, to: sources, by: 16) {
                let from = e
                while e < sourceEntries.count && Int(sourceEntries[e].index) < first + 16 { e += 1 }
                if from == e { continue }
                if !short || !sweep(first: first, entries: from ..< e, short: true) {
                    _ = sweep(first: first, entries: from ..< e, short: false)
                }
            }
        } } } } } }
    }

    /// Builds ``coreIn`` for the core of the ranks from `coreStart` on: its up arcs (all of which stay in the core)
    /// listed by head; and ``coreWeightBound``, its heaviest arc either way.
    /// - Complexity: O(core size + core up arcs).
    mutating func transposeCore(start coreStart: Int) {
        let h = hierarchy, coreSize = h.nodeCount - coreStart
        var first = [UInt32](repeating: 0, count: coreSize + 1)
        for a in Int(h.upFirst[coreStart]) ..< h.upCount { first[ContractionHierarchy.end(h.upArcs[a]) - coreStart + 1] += 1 }
        for c in 0 ..< coreSize { first[c + 1] += first[c] }
        var cursor = first, arcs = [UInt64](repeating: 0, count: Int(first[coreSize]))
        for c in 0 ..< coreSize {
            for a in Int(h.upFirst[coreStart + c]) ..< Int(h.upFirst[coreStart + c + 1]) {
                let head = ContractionHierarchy.end(h.upArcs[a]) - coreStart
                arcs[Int(cursor[head])] = ContractionHierarchy.pack(UInt32(c), ContractionHierarchy.weight(h.upArcs[a]))
                cursor[head] += 1
            }
        }
        var heaviest: Weight = 0
        for a in Int(h.upFirst[coreStart]) ..< h.upCount { heaviest = Swift.max(heaviest, ContractionHierarchy.weight(h.upArcs[a])) }
        for b in Int(h.downFirst[coreStart]) ..< h.downCount { heaviest = Swift.max(heaviest, ContractionHierarchy.weight(h.downArcs[b])) }
        coreInFirst = first
        coreIn = arcs
        coreInSize = coreSize
        coreWeightBound = heaviest
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
