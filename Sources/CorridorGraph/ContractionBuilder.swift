/// The working state of a ``ContractionHierarchy`` under construction: the graph that remains (nodes not yet
/// contracted, with the shortcuts added so far) as adjacency lists that grow in one pool, the node order being
/// decided, and the witness search.
///
/// Order: a node's priority is `1000 · level + 1000 · added / removed + 1000 · addedHops / removedHops`, where
/// contracting it would remove `removed` arcs (standing for `removedHops` arcs of the graph) and add `added`
/// shortcuts (`addedHops`), and `level` is one more than the highest level of a contracted neighbour (the depth it
/// would sit at). The node of least priority is contracted next, after its priority is recomputed ("lazy update")
/// and still the least; the priorities of its neighbours are then recomputed.
///
/// Witness search: contracting `v` needs a shortcut `u → w` for an in-neighbour `u` and out-neighbour `w` unless a
/// path from `u` to `w` that avoids `v` is no longer than `u → v → w`. One Dijkstra search from `u` in the remaining
/// graph looks for such paths to every `w` at once. A witness ends with an arc into `w` from another node, so the
/// search settles nodes only up to `u → v → w` less the lightest such arc; it stops as soon as every `w` has a label
/// within its bound, past the reach of the targets left, or after ``settleLimit`` settled nodes. Stopping early
/// only adds shortcuts that were not needed, never loses a path. Its scratch is its own: a 16-byte record per node
/// (label and target role, stamped with the search's number) and a 4-ary heap with lazy deletion, and the
/// adjacency pool keeps what the search reads (node, weight) apart from what it does not (arc number, hops).
///
/// After contraction a node's lists hold exactly its arcs to and from higher nodes: its hierarchy arcs.
final class ContractionBuilder {
    /// One entry of an adjacency list, what a witness search reads: the node at the other end and the arc's weight.
    /// The entry at the same index of ``detail`` says which working arc it is.
    struct Neighbour {
        var node: UInt32
        var weight: Weight
    }

    /// The rest of an adjacency list entry: its working arc number and how many arcs of the graph it stands for.
    struct Detail {
        var arc: UInt32
        var hops: UInt32
    }

    /// A shortcut `from → to` found by simulating a contraction: the working arcs it joins and its weight.
    struct Shortcut {
        var from: UInt32
        var to: UInt32
        var weight: Weight
        var first: UInt32
        var second: UInt32
        var hops: UInt32
    }

    /// A node's label in the witness searches, and its role as a target: both count only while their stamps equal
    /// the current search's number. One record holds both, so a relaxation reads one cache line.
    struct WitnessRecord {
        var stamp: UInt32
        var distance: Weight
        var targetStamp: UInt32
        /// The length of the path through the node being contracted; a label no longer than this is a witness.
        var targetBound: Weight
    }

    /// The witness search's limit when it decides a contraction (and its priority just before).
    static let settleLimit = 500
    /// The limit when it only re-estimates the priority of a neighbour of the node just contracted.
    static let estimateSettleLimit = 100

    let nodeCount: Int
    /// All adjacency lists; list `2x` holds node x's out-arcs and `2x + 1` its in-arcs. ``detail`` runs parallel.
    var pool: UnsafeMutablePointer<Neighbour>
    var detail: UnsafeMutablePointer<Detail>
    var poolCount = 0
    var poolCapacity: Int
    let listStart: UnsafeMutablePointer<UInt32>
    let listCount: UnsafeMutablePointer<UInt32>
    let listCapacity: UnsafeMutablePointer<UInt32>
    /// Working arcs: an arc of the graph (`second == .max`, `first` its forward arc) or a shortcut joining two.
    var arcFirst: [UInt32] = []
    var arcSecond: [UInt32] = []
    let level: UnsafeMutablePointer<UInt32>
    /// The rank of a contracted node; `.max` while it remains.
    let rank: UnsafeMutablePointer<UInt32>
    let priority: UnsafeMutablePointer<UInt32>
    /// Witness search: a record per node, the number of the current search, and a binary heap of `key << 32 | node`
    /// entries with lazy deletion (a node is pushed again when its label drops; older entries are skipped).
    let record: UnsafeMutablePointer<WitnessRecord>
    var searchNumber: UInt32 = 0
    var heap: UnsafeMutablePointer<UInt64>
    var heapCapacity = 64
    /// The targets of the current witness search not done yet.
    var remainingTargets = 0
    /// A target's bound less its last hop: how far the search must settle for it.
    let targetReach: UnsafeMutablePointer<Weight>
    /// Per out-neighbour of the node being simulated: the lightest arc into it from another node.
    var lastHop: UnsafeMutablePointer<Weight>
    var lastHopCapacity = 16
    /// Marks the neighbours of the node just contracted (with its rank + 1), so each is updated once.
    let touched: UnsafeMutablePointer<UInt32>
    var shortcuts: [Shortcut] = []

    init(graph: Graph) {
        let n = graph.nodeCount
        nodeCount = n
        let slots = max(2 * n, 1)
        listStart = .allocate(capacity: slots)
        listCount = .allocate(capacity: slots)
        listCount.initialize(repeating: 0, count: slots)
        listCapacity = .allocate(capacity: slots)
        poolCapacity = max(2 * graph.arcCount + 2 * n, 16)
        pool = .allocate(capacity: poolCapacity)
        detail = .allocate(capacity: poolCapacity)
        level = .allocate(capacity: max(n, 1))
        level.initialize(repeating: 0, count: max(n, 1))
        rank = .allocate(capacity: max(n, 1))
        rank.initialize(repeating: .max, count: max(n, 1))
        priority = .allocate(capacity: max(n, 1))
        priority.initialize(repeating: 0, count: max(n, 1))
        record = .allocate(capacity: max(n, 1))
        record.initialize(repeating: WitnessRecord(stamp: 0, distance: 0, targetStamp: 0, targetBound: 0), count: max(n, 1))
        heap = .allocate(capacity: heapCapacity)
        lastHop = .allocate(capacity: lastHopCapacity)
        targetReach = .allocate(capacity: max(n, 1))
        touched = .allocate(capacity: max(n, 1))
        touched.initialize(repeating: 0, count: max(n, 1))
        // Lists sized to the degrees, with one spare slot each for the first shortcut. The in-degrees are counted
        // from the heads, so a graph read without its reverse arcs can be contracted.
        var inDegrees = [UInt32](repeating: 0, count: n)
        for h in graph.head { inDegrees[Int(h)] &+= 1 }
        var start = 0
        for x in 0 ..< n {
            let outDegree = Int(graph.firstOut[x + 1] - graph.firstOut[x]), inDegree = Int(inDegrees[x])
            listStart[2 * x] = UInt32(start); listCapacity[2 * x] = UInt32(outDegree + 1); start += outDegree + 1
            listStart[2 * x + 1] = UInt32(start); listCapacity[2 * x + 1] = UInt32(inDegree + 1); start += inDegree + 1
        }
        poolCount = start
        arcFirst.reserveCapacity(graph.arcCount * 2)
        arcSecond.reserveCapacity(graph.arcCount * 2)
        for x in 0 ..< n {
            for a in Int(graph.firstOut[x]) ..< Int(graph.firstOut[x + 1]) where Int(graph.head[a]) != x {
                addOrImprove(from: x, to: Int(graph.head[a]), weight: graph.weight[a], first: UInt32(a), second: .max, hops: 1)
            }
        }
    }

    deinit {
        pool.deallocate(); detail.deallocate()
        listStart.deallocate(); listCount.deallocate(); listCapacity.deallocate()
        level.deallocate(); rank.deallocate(); priority.deallocate()
        record.deallocate(); heap.deallocate(); lastHop.deallocate(); targetReach.deallocate(); touched.deallocate()
    }

    // MARK: Adjacency lists

    @inline(__always) func list(_ l: Int) -> UnsafeMutableBufferPointer<Neighbour> {
        UnsafeMutableBufferPointer(start: pool + Int(listStart[l]), count: Int(listCount[l]))
    }

    @inline(__always) func details(_ l: Int) -> UnsafeMutableBufferPointer<Detail> {
        UnsafeMutableBufferPointer(start: detail + Int(listStart[l]), count: Int(listCount[l]))
    }

    /// Appends `entry` to list `l`, moving the list to the end of the pool with twice the room when it is full.
    /// A full pool is first compacted (the room moved lists left behind is reclaimed), and grows by a quarter only
    /// when that frees too little — so the peak memory stays near the lists' own size.
    @inline(__always) func append(_ entry: Neighbour, _ entryDetail: Detail, to l: Int) {
        let count = Int(listCount[l])
        if count == Int(listCapacity[l]) {
            let capacity = max(2 * count, 4)
            if poolCount + capacity > poolCapacity {
                compact()
                if poolCount + capacity > poolCapacity - poolCapacity / 8 {
                    let newCapacity = max(poolCapacity + poolCapacity / 4, poolCount + capacity)
                    let grown = UnsafeMutablePointer<Neighbour>.allocate(capacity: newCapacity)
                    grown.moveInitialize(from: pool, count: poolCount)
                    pool.deallocate()
                    pool = grown
                    let grownDetail = UnsafeMutablePointer<Detail>.allocate(capacity: newCapacity)
                    grownDetail.moveInitialize(from: detail, count: poolCount)
                    detail.deallocate()
                    detail = grownDetail
                    poolCapacity = newCapacity
                }
            }
            (pool + poolCount).moveInitialize(from: pool + Int(listStart[l]), count: count)
            (detail + poolCount).moveInitialize(from: detail + Int(listStart[l]), count: count)
            listStart[l] = UInt32(poolCount)
            listCapacity[l] = UInt32(capacity)
            poolCount += capacity
        }
        pool[Int(listStart[l]) + count] = entry
        detail[Int(listStart[l]) + count] = entryDetail
        listCount[l] = UInt32(count + 1)
    }

    /// Moves every list towards the front of the pool, keeping their order and capacities, so the pool ends after
    /// the last list. O(*n* log *n* + pool).
    func compact() {
        var order = Array(0 ..< 2 * nodeCount)
        order.sort { listStart[$0] < listStart[$1] }
        var next = 0
        for l in order {
            let start = Int(listStart[l])
            if start != next {   // regions may overlap
                (pool + next).moveInitialize(from: pool + start, count: Int(listCount[l]))
                (detail + next).moveInitialize(from: detail + start, count: Int(listCount[l]))
            }
            listStart[l] = UInt32(next)
            next += Int(listCapacity[l])
        }
        poolCount = next
    }

    /// Removes the entry for `node` from list `l` (the last entry takes its place).
    @inline(__always) func remove(_ node: Int, from l: Int) {
        let entries = list(l), entryDetails = details(l)
        for i in entries.indices where entries[i].node == node {
            entries[i] = entries[entries.count - 1]
            entryDetails[i] = entryDetails[entries.count - 1]
            listCount[l] -= 1
            return
        }
    }

    /// Adds the arc `from → to`, or lowers the weight of the existing one if the new arc is lighter.
    func addOrImprove(from u: Int, to w: Int, weight: Weight, first: UInt32, second: UInt32, hops: UInt32) {
        let out = list(2 * u)
        for i in out.indices where out[i].node == w {
            if weight >= out[i].weight { return }
            let arc = UInt32(arcFirst.count)
            arcFirst.append(first); arcSecond.append(second)
            out[i].weight = weight
            details(2 * u)[i] = Detail(arc: arc, hops: hops)
            let into = list(2 * w + 1)
            for j in into.indices where into[j].node == u {
                into[j].weight = weight
                details(2 * w + 1)[j] = Detail(arc: arc, hops: hops)
            }
            return
        }
        let arc = UInt32(arcFirst.count)
        arcFirst.append(first); arcSecond.append(second)
        append(Neighbour(node: UInt32(w), weight: weight), Detail(arc: arc, hops: hops), to: 2 * u)
        append(Neighbour(node: UInt32(u), weight: weight), Detail(arc: arc, hops: hops), to: 2 * w + 1)
    }

    // MARK: Simulated contraction

    /// Fills ``shortcuts`` with those contracting `v` would add now (witness searches settling at most `limit`
    /// nodes each), and returns `v`'s priority.
    ///
    /// A witness for `u → v → w` ends with an arc into `w` from a node other than `v`, so it reaches that node
    /// within `through − lastHop(w)`, where `lastHop(w)` is the lightest such arc: the search from `u` settles nodes
    /// only that far, and a target with no such arc, or one heavier than the path through `v`, gets its shortcut
    /// without a search.
    func simulate(_ v: Int, limit: Int = settleLimit) -> UInt32 {
        var found = shortcuts
        shortcuts = []
        found.removeAll(keepingCapacity: true)
        let record = self.record, targetReach = self.targetReach
        let ins = list(2 * v + 1), outs = list(2 * v), inDetails = details(2 * v + 1), outDetails = details(2 * v)
        var removedHops: UInt64 = 0
        for e in inDetails { removedHops += UInt64(e.hops) }
        for e in outDetails { removedHops += UInt64(e.hops) }
        var addedHops: UInt64 = 0
        if !outs.isEmpty && !ins.isEmpty {
            if lastHopCapacity < outs.count {
                lastHop.deallocate()
                lastHopCapacity = 2 * outs.count
                lastHop = .allocate(capacity: lastHopCapacity)
            }
            let lastHop = self.lastHop
            for j in outs.indices {
                var lightest = Weight.infinity
                for e in list(2 * Int(outs[j].node) + 1) where Int(e.node) != v && e.weight < lightest { lightest = e.weight }
                lastHop[j] = lightest
            }
            for i in ins.indices {
                let u = Int(ins[i].node), inWeight = ins[i].weight
                let search = nextSearchNumber()
                var reach: Weight = 0, targets = 0
                for j in outs.indices where Int(outs[j].node) != u {
                    let through = inWeight.saturatingAdd(outs[j].weight)
                    if through == .infinity || lastHop[j] > through { continue }
                    if through - lastHop[j] > reach { reach = through - lastHop[j] }
                    record[Int(outs[j].node)].targetStamp = search
                    record[Int(outs[j].node)].targetBound = through
                    targetReach[Int(outs[j].node)] = through - lastHop[j]
                    targets += 1
                }
                if targets > 0 {
                    witnessSearch(from: u, avoiding: v, targets: outs, lastHop: lastHop, reach: reach, count: targets, limit: limit)
                }
                for j in outs.indices where Int(outs[j].node) != u {
                    let w = Int(outs[j].node)
                    let through = inWeight.saturatingAdd(outs[j].weight)
                    if through == .infinity || (record[w].stamp == search && record[w].distance <= through) { continue }
                    let hops = inDetails[i].hops &+ outDetails[j].hops
                    addedHops += UInt64(hops)
                    found.append(Shortcut(from: UInt32(u), to: UInt32(w), weight: through, first: inDetails[i].arc,
                                          second: outDetails[j].arc, hops: hops))
                }
            }
        }
        let removed = UInt64(max(ins.count + outs.count, 1))
        let value = 1000 * UInt64(level[v]) + 1000 * UInt64(found.count) / removed + 1000 * addedHops / max(removedHops, 1)
        shortcuts = found
        return UInt32(min(value, UInt64(UInt32.max)))
    }

    /// A new search number; every 2³² − 1 searches the stamps are cleared once.
    @inline(__always) func nextSearchNumber() -> UInt32 {
        searchNumber &+= 1
        if searchNumber == 0 {
            record.update(repeating: WitnessRecord(stamp: 0, distance: 0, targetStamp: 0, targetBound: 0), count: nodeCount)
            searchNumber = 1
        }
        return searchNumber
    }

    /// Dijkstra from `u` in the remaining graph without `v`, for the `count` target nodes among `targets` whose
    /// records carry the current search number (`lastHop[j]` belongs to `targets[j]`). It settles nodes up to
    /// `reach`, the largest `bound − lastHop` of a target not done; a target is done once its label is no longer
    /// than its bound (a witness). It stops when every target is done, past `reach`, or after `limit` settled
    /// nodes. The labels it leaves are lengths of real paths.
    func witnessSearch(from u: Int, avoiding v: Int, targets: UnsafeMutableBufferPointer<Neighbour>,
                       lastHop: UnsafeMutablePointer<Weight>, reach initialReach: Weight, count: Int, limit: Int) {
        // Locals, so that the loop reads no class property (each read would be an exclusivity check), and few of
        // them, so that they stay in registers; the rare work of a target found is out of line.
        let record = self.record, pool = self.pool, search = searchNumber
        let listStart = self.listStart, listCount = self.listCount
        var heap = self.heap, heapCount = 0
        var reach = UInt64(initialReach), settled = 0
        remainingTargets = count
        record[v].stamp = search; record[v].distance = 0   // never improved, so never entered
        record[u].stamp = search; record[u].distance = 0
        heap[0] = UInt64(u); heapCount = 1
        search: while heapCount > 0 {
            let top = heap[0]
            let d = top >> 32, x = Int(UInt32(truncatingIfNeeded: top))
            if d > reach { break }
            // Pop: the last entry sifts down from the root of the 4-ary heap.
            heapCount &-= 1
            if heapCount > 0 {
                let last = heap[heapCount]
                var slot = 0
                while true {
                    let first = 4 &* slot &+ 1
                    var best = first, bestEntry: UInt64
                    if first &+ 4 <= heapCount {   // the common case: four children
                        bestEntry = heap[first]
                        let e1 = heap[first &+ 1], e2 = heap[first &+ 2], e3 = heap[first &+ 3]
                        if e1 < bestEntry { best = first &+ 1; bestEntry = e1 }
                        if e2 < bestEntry { best = first &+ 2; bestEntry = e2 }
                        if e3 < bestEntry { best = first &+ 3; bestEntry = e3 }
                    } else {
                        if first >= heapCount { break }
                        bestEntry = heap[first]
                        var child = first &+ 1
                        while child < heapCount {
                            if heap[child] < bestEntry { best = child; bestEntry = heap[child] }
                            child &+= 1
                        }
                    }
                    if last <= bestEntry { break }
                    heap[slot] = bestEntry
                    slot = best
                }
                heap[slot] = last
            }
            if d != UInt64(record[x].distance) { continue }   // an entry left behind by a lower label
            if settled == limit { break }
            settled &+= 1
            let start = Int(listStart[2 &* x]), end = start &+ Int(listCount[2 &* x])
            if heapCount &+ (end &- start) > heapCapacity { heap = growHeap(keeping: heapCount, room: end &- start) }
            var i = start
            while i < end {
                let entry = pool[i]
                i &+= 1
                let nd = d &+ UInt64(entry.weight)
                let y = Int(entry.node)
                let old = record[y]
                if old.stamp == search && nd >= UInt64(old.distance) { continue }
                if nd > reach && (old.targetStamp != search || nd > UInt64(old.targetBound)) { continue }
                record[y].stamp = search
                record[y].distance = Weight(truncatingIfNeeded: nd)
                if old.targetStamp == search && nd <= UInt64(old.targetBound)
                    && (old.stamp != search || old.distance > old.targetBound) {
                    reach = UInt64(targetDone(y, reach: Weight(truncatingIfNeeded: reach), targets: targets, lastHop: lastHop))
                    if remainingTargets == 0 { break search }
                    if nd > reach { continue }
                }
                // Push `nd << 32 | y`.
                let entryKey = nd << 32 | UInt64(UInt32(truncatingIfNeeded: y))
                var slot = heapCount
                heapCount &+= 1
                while slot > 0 {
                    let parent = (slot &- 1) >> 2
                    if heap[parent] <= entryKey { break }
                    heap[slot] = heap[parent]
                    slot = parent
                }
                heap[slot] = entryKey
            }
        }
    }

    /// Notes that target `y` has a witness; returns the reach the search still needs: `reach`, or less when `y`
    /// was the target that set it (the largest `bound − lastHop` among the targets not done).
    @inline(never) func targetDone(_ y: Int, reach: Weight, targets: UnsafeMutableBufferPointer<Neighbour>,
                                   lastHop: UnsafeMutablePointer<Weight>) -> Weight {
        remainingTargets -= 1
        if remainingTargets == 0 || targetReach[y] != reach { return reach }
        let record = self.record, search = searchNumber
        var newReach: Weight = 0
        for j in targets.indices {
            let r = record[Int(targets[j].node)]
            if r.targetStamp == search, r.stamp != search || r.distance > r.targetBound, r.targetBound - lastHop[j] > newReach {
                newReach = r.targetBound - lastHop[j]
            }
        }
        return newReach
    }

    /// Grows the heap so that `room` more entries fit after the first `count`; returns it.
    @inline(never) func growHeap(keeping count: Int, room: Int) -> UnsafeMutablePointer<UInt64> {
        let capacity = max(2 * heapCapacity, count + room)
        let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        grown.moveInitialize(from: heap, count: count)
        heap.deallocate()
        heap = grown
        heapCapacity = capacity
        return grown
    }

    // MARK: Contraction

    /// Contracts `v` with the shortcuts ``simulate(_:)`` just found for it, giving it rank `r`; then updates the
    /// levels and priorities of its neighbours, pushing changed ones on `queue`.
    func contract(_ v: Int, rank r: UInt32, queue: inout NodeQueue) {
        rank[v] = r
        let ins = list(2 * v + 1), outs = list(2 * v)
        for e in ins { remove(v, from: 2 * Int(e.node)) }
        for e in outs { remove(v, from: 2 * Int(e.node) + 1) }
        for s in shortcuts {
            addOrImprove(from: Int(s.from), to: Int(s.to), weight: s.weight, first: s.first, second: s.second, hops: s.hops)
        }
        let mark = r &+ 1
        let neighbourLevel = level[v] + 1
        for l in 2 * v ... 2 * v + 1 {
            for e in list(l) {
                let x = Int(e.node)
                if touched[x] == mark { continue }
                touched[x] = mark
                if level[x] < neighbourLevel { level[x] = neighbourLevel }
            }
        }
        for l in 2 * v ... 2 * v + 1 {
            for e in list(l) {
                let x = Int(e.node)
                if touched[x] != mark { continue }
                touched[x] = 0
                let p = simulate(x, limit: Self.estimateSettleLimit)
                if p != priority[x] {
                    priority[x] = p
                    queue.push(p, x)
                }
            }
        }
    }

    /// Contracts every node in priority order; `progress(contracted)` is called now and then.
    func contractAll(progress: (Int) -> Void) {
        var queue = NodeQueue()
        for x in 0 ..< nodeCount {
            priority[x] = simulate(x)
            queue.push(priority[x], x)
        }
        var next: UInt32 = 0
        while let (p, v) = queue.popMin() {
            if rank[v] != .max || p != priority[v] { continue }   // contracted, or a stale entry
            let fresh = simulate(v)
            queue.dropStale { rank[$0] != .max || $1 != priority[$0] }
            if let top = queue.minPriority, fresh > top {
                priority[v] = fresh
                queue.push(fresh, v)
                continue
            }
            contract(v, rank: next, queue: &queue)
            next += 1
            if next & 0x3FFF == 0 { progress(Int(next)) }
        }
        progress(Int(next))
    }

    // MARK: Result

    /// The finished hierarchy: each node's remaining lists become its up and down arcs, renumbered by rank.
    func hierarchy(of graph: Graph) -> ContractionHierarchy {
        let n = nodeCount
        var node = [Int](repeating: 0, count: n)
        for x in 0 ..< n { node[Int(rank[x])] = x }
        var upFirst = [UInt32](repeating: 0, count: n + 1), downFirst = [UInt32](repeating: 0, count: n + 1)
        for r in 0 ..< n {
            upFirst[r + 1] = upFirst[r] + listCount[2 * node[r]]
            downFirst[r + 1] = downFirst[r] + listCount[2 * node[r] + 1]
        }
        let up = Int(upFirst[n]), down = Int(downFirst[n])
        typealias H = ContractionHierarchy
        precondition(n < Int(H.originalFlag) && up < Int(H.originalFlag),
                     "A contraction hierarchy holds fewer than 2³¹ nodes and up arcs.")
        // The arcs are written straight into the hierarchy's packed words, so no second copy is alive at the end.
        var upArcs = [UInt64](repeating: 0, count: up), downArcs = [UInt64](repeating: 0, count: down)
        var final = [UInt32](repeating: .max, count: arcFirst.count)   // working arc → hierarchy arc
        var source = [UInt32](repeating: 0, count: up + down)           // hierarchy arc → working arc
        for r in 0 ..< n {
            let outArcs = details(2 * node[r]), inArcs = details(2 * node[r] + 1)
            for (i, e) in list(2 * node[r]).enumerated() {
                let a = Int(upFirst[r]) + i
                upArcs[a] = H.pack(rank[Int(e.node)], e.weight)
                final[Int(outArcs[i].arc)] = UInt32(a); source[a] = outArcs[i].arc
            }
            for (i, e) in list(2 * node[r] + 1).enumerated() {
                let b = Int(downFirst[r]) + i
                downArcs[b] = H.pack(rank[Int(e.node)], e.weight)
                final[Int(inArcs[i].arc)] = UInt32(up + b); source[up + b] = inArcs[i].arc
            }
        }
        var unpack = [UInt64](repeating: 0, count: up + down)
        for c in 0 ..< up + down {
            let w = Int(source[c])
            if arcSecond[w] == .max {
                let arc = arcFirst[w]
                unpack[c] = H.pack(arc, H.originalFlag | graph.head[Int(arc)])
            } else {
                unpack[c] = H.pack(final[Int(arcFirst[w])], final[Int(arcSecond[w])])
            }
        }
        return ContractionHierarchy(uncheckedGraph: graph, rank: Array(UnsafeBufferPointer(start: rank, count: n)),
                                    upFirst: upFirst, upArcs: upArcs, downFirst: downFirst, downArcs: downArcs,
                                    unpack: unpack)
    }
}

/// A binary min-heap of (priority, node) pairs that tolerates stale entries: a node's priority may be pushed again
/// instead of updated, and the reader skips entries that no longer hold.
struct NodeQueue {
    var entries: [UInt64] = []

    var minPriority: UInt32? { entries.first.map { UInt32(truncatingIfNeeded: $0 >> 32) } }

    mutating func push(_ priority: UInt32, _ node: Int) {
        entries.append(UInt64(priority) << 32 | UInt64(node))
        var i = entries.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if entries[parent] <= entries[i] { break }
            entries.swapAt(parent, i)
            i = parent
        }
    }

    mutating func popMin() -> (UInt32, Int)? {
        guard let first = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < entries.count, entries[l] < entries[m] { m = l }
                if r < entries.count, entries[r] < entries[m] { m = r }
                if m == i { break }
                entries.swapAt(i, m)
                i = m
            }
        }
        return (UInt32(truncatingIfNeeded: first >> 32), Int(UInt32(truncatingIfNeeded: first)))
    }

    /// Pops entries from the top while `isStale(node, priority)`.
    mutating func dropStale(_ isStale: (Int, UInt32) -> Bool) {
        while let first = entries.first, isStale(Int(UInt32(truncatingIfNeeded: first)), UInt32(truncatingIfNeeded: first >> 32)) {
            _ = popMin()
        }
    }
}
