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
/// path from `u` to `w` that avoids `v` is no longer than `u → v → w`. A Dijkstra search from `u` in the remaining
/// graph looks for such paths; it stops when its keys exceed the longest path through `v`, when every `w` is settled
/// or after ``settleLimit`` nodes. Stopping early only adds shortcuts that were not needed, never loses a path.
///
/// After contraction a node's lists hold exactly its arcs to and from higher nodes: its hierarchy arcs.
final class ContractionBuilder {
    /// One entry of an adjacency list: the node at the other end, the arc's weight, its working arc number and how
    /// many arcs of the graph it stands for.
    struct Neighbour {
        var node: UInt32
        var weight: Weight
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

    /// The witness search's limit when it decides a contraction (and its priority just before).
    static let settleLimit = 500
    /// The limit when it only re-estimates the priority of a neighbour of the node just contracted.
    static let estimateSettleLimit = 100

    let nodeCount: Int
    /// All adjacency lists; list `2x` holds node x's out-arcs and `2x + 1` its in-arcs.
    var pool: UnsafeMutablePointer<Neighbour>
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
    /// Witness search: labels and heap, and the targets still to settle (marked with `searchNumber`).
    let labels: NodeLabels
    let targetMark: UnsafeMutablePointer<UInt32>
    var searchNumber: UInt32 = 0
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
        level = .allocate(capacity: max(n, 1))
        level.initialize(repeating: 0, count: max(n, 1))
        rank = .allocate(capacity: max(n, 1))
        rank.initialize(repeating: .max, count: max(n, 1))
        priority = .allocate(capacity: max(n, 1))
        priority.initialize(repeating: 0, count: max(n, 1))
        targetMark = .allocate(capacity: max(n, 1))
        targetMark.initialize(repeating: 0, count: max(n, 1))
        touched = .allocate(capacity: max(n, 1))
        touched.initialize(repeating: 0, count: max(n, 1))
        labels = NodeLabels(count: n)
        // Lists sized to the degrees, with one spare slot each for the first shortcut.
        var start = 0
        for x in 0 ..< n {
            let outDegree = Int(graph.firstOut[x + 1] - graph.firstOut[x]), inDegree = Int(graph.firstIn[x + 1] - graph.firstIn[x])
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
        pool.deallocate()
        listStart.deallocate(); listCount.deallocate(); listCapacity.deallocate()
        level.deallocate(); rank.deallocate(); priority.deallocate()
        targetMark.deallocate(); touched.deallocate()
    }

    // MARK: Adjacency lists

    @inline(__always) func list(_ l: Int) -> UnsafeMutableBufferPointer<Neighbour> {
        UnsafeMutableBufferPointer(start: pool + Int(listStart[l]), count: Int(listCount[l]))
    }

    /// Appends `entry` to list `l`, moving the list to the end of the pool with twice the room when it is full.
    /// A full pool is first compacted (the room moved lists left behind is reclaimed), and grows by a quarter only
    /// when that frees too little — so the peak memory stays near the lists' own size.
    @inline(__always) func append(_ entry: Neighbour, to l: Int) {
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
                    poolCapacity = newCapacity
                }
            }
            (pool + poolCount).moveInitialize(from: pool + Int(listStart[l]), count: count)
            listStart[l] = UInt32(poolCount)
            listCapacity[l] = UInt32(capacity)
            poolCount += capacity
        }
        pool[Int(listStart[l]) + count] = entry
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
            if start != next { (pool + next).moveInitialize(from: pool + start, count: Int(listCount[l])) }   // regions may overlap
            listStart[l] = UInt32(next)
            next += Int(listCapacity[l])
        }
        poolCount = next
    }

    /// Removes the entry for `node` from list `l` (the last entry takes its place).
    @inline(__always) func remove(_ node: Int, from l: Int) {
        let entries = list(l)
        for i in entries.indices where entries[i].node == node {
            entries[i] = entries[entries.count - 1]
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
            out[i] = Neighbour(node: UInt32(w), weight: weight, arc: arc, hops: hops)
            let into = list(2 * w + 1)
            for j in into.indices where into[j].node == u {
                into[j] = Neighbour(node: UInt32(u), weight: weight, arc: arc, hops: hops)
            }
            return
        }
        let arc = UInt32(arcFirst.count)
        arcFirst.append(first); arcSecond.append(second)
        append(Neighbour(node: UInt32(w), weight: weight, arc: arc, hops: hops), to: 2 * u)
        append(Neighbour(node: UInt32(u), weight: weight, arc: arc, hops: hops), to: 2 * w + 1)
    }

    // MARK: Simulated contraction

    /// Fills ``shortcuts`` with those contracting `v` would add now (witness searches settling at most `limit`
    /// nodes each), and returns `v`'s priority.
    func simulate(_ v: Int, limit: Int = settleLimit) -> UInt32 {
        shortcuts.removeAll(keepingCapacity: true)
        let ins = list(2 * v + 1), outs = list(2 * v)
        var removedHops: UInt64 = 0
        for e in ins { removedHops += UInt64(e.hops) }
        for e in outs { removedHops += UInt64(e.hops) }
        if !outs.isEmpty {
            for e in ins {
                let u = Int(e.node)
                var bound: Weight = 0
                searchNumber &+= 1
                if searchNumber == 0 { targetMark.update(repeating: 0, count: nodeCount); searchNumber = 1 }
                var targets = 0
                for f in outs where Int(f.node) != u {
                    let through = e.weight.saturatingAdd(f.weight)
                    if through == .infinity { continue }
                    if through > bound { bound = through }
                    if targetMark[Int(f.node)] != searchNumber { targetMark[Int(f.node)] = searchNumber; targets += 1 }
                }
                if targets == 0 { continue }
                witnessSearch(from: u, avoiding: v, bound: bound, targets: targets, limit: limit)
                for f in outs where Int(f.node) != u {
                    let through = e.weight.saturatingAdd(f.weight)
                    if through == .infinity || labels.distance(of: Int(f.node)) <= through { continue }
                    shortcuts.append(Shortcut(from: UInt32(u), to: f.node, weight: through, first: e.arc,
                                              second: f.arc, hops: e.hops &+ f.hops))
                }
            }
        }
        var addedHops: UInt64 = 0
        for s in shortcuts { addedHops += UInt64(s.hops) }
        let removed = UInt64(max(ins.count + outs.count, 1))
        let value = 1000 * UInt64(level[v]) + 1000 * UInt64(shortcuts.count) / removed + 1000 * addedHops / max(removedHops, 1)
        return UInt32(min(value, UInt64(UInt32.max)))
    }

    /// Dijkstra from `u` in the remaining graph without `v`, up to `bound`, until `targets` marked nodes are settled
    /// or `limit` nodes are; the labels it leaves are lengths of real paths.
    func witnessSearch(from u: Int, avoiding v: Int, bound: Weight, targets: Int, limit: Int) {
        // Locals, so that the loop reads no class property (each read would be an exclusivity check).
        let labels = self.labels, pool = self.pool, mark = searchNumber, targetMark = self.targetMark
        let listStart = self.listStart, listCount = self.listCount
        labels.clear()
        labels.label(u, 0, by: .max)
        labels.push(u, key: 0)
        let generation = labels.generation
        var remaining = targets, settled = 0
        while remaining > 0, settled < limit, let top = labels.minKey, top <= bound {
            let (x, d) = labels.popMin()!
            settled += 1
            if targetMark[x] == mark { remaining -= 1 }
            let start = Int(listStart[2 * x]), end = start + Int(listCount[2 * x])
            var i = start
            while i < end {
                let entry = pool[i]
                i += 1
                let y = Int(entry.node)
                if y == v { continue }
                let nd = d.saturatingAdd(entry.weight)
                if nd > bound { continue }
                if labels.record[y].stamp != generation {
                    labels.label(y, nd, by: 0)
                    labels.push(y, key: nd)
                } else if nd < labels.record[y].distance {
                    labels.record[y].distance = nd
                    labels.decrease(y, to: nd)
                }
            }
        }
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
        var upHead = [UInt32](repeating: 0, count: up), upWeight = [Weight](repeating: 0, count: up)
        var downTail = [UInt32](repeating: 0, count: down), downWeight = [Weight](repeating: 0, count: down)
        var final = [UInt32](repeating: .max, count: arcFirst.count)   // working arc → hierarchy arc
        var source = [UInt32](repeating: 0, count: up + down)           // hierarchy arc → working arc
        for r in 0 ..< n {
            for (i, e) in list(2 * node[r]).enumerated() {
                let a = Int(upFirst[r]) + i
                upHead[a] = rank[Int(e.node)]; upWeight[a] = e.weight
                final[Int(e.arc)] = UInt32(a); source[a] = e.arc
            }
            for (i, e) in list(2 * node[r] + 1).enumerated() {
                let b = Int(downFirst[r]) + i
                downTail[b] = rank[Int(e.node)]; downWeight[b] = e.weight
                final[Int(e.arc)] = UInt32(up + b); source[up + b] = e.arc
            }
        }
        var unpackFirst = [UInt32](repeating: 0, count: up + down), unpackSecond = [UInt32](repeating: .max, count: up + down)
        for c in 0 ..< up + down {
            let w = Int(source[c])
            if arcSecond[w] == .max {
                unpackFirst[c] = arcFirst[w]
            } else {
                unpackFirst[c] = final[Int(arcFirst[w])]
                unpackSecond[c] = final[Int(arcSecond[w])]
            }
        }
        return ContractionHierarchy(uncheckedGraph: graph, rank: Array(UnsafeBufferPointer(start: rank, count: n)),
                                    upFirst: upFirst, upHead: upHead, upWeight: upWeight,
                                    downFirst: downFirst, downTail: downTail, downWeight: downWeight,
                                    unpackFirst: unpackFirst, unpackSecond: unpackSecond)
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
