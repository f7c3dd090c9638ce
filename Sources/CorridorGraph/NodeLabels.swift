/// The scratch space of one search direction: per node a tentative distance, a predecessor arc and a generation
/// stamp, plus the heap, in memory allocated once.
///
/// A node's labels count only while its stamp equals ``generation``; a new query increments the generation, so it
/// resets in O(1) and allocates nothing. Searches are values that hold this reference type and call
/// `isKnownUniquelyReferenced` before each query, copying it if their value was copied: two copies of a search
/// never share scratch space.
/// - Complexity: memory 12 bytes per node, plus the heap's 12.
@usableFromInline final class NodeLabels: @unchecked Sendable {
    @usableFromInline let count: Int
    @usableFromInline let distance: UnsafeMutablePointer<Weight>
    @usableFromInline let predecessor: UnsafeMutablePointer<UInt32>
    @usableFromInline let stamp: UnsafeMutablePointer<UInt32>
    @usableFromInline var generation: UInt32 = 0
    @usableFromInline let heap: IndexedMinHeap

    @usableFromInline init(count: Int) {
        self.count = count
        let slots = max(count, 1)
        distance = .allocate(capacity: slots)
        distance.initialize(repeating: .infinity, count: slots)
        predecessor = .allocate(capacity: slots)
        predecessor.initialize(repeating: .max, count: slots)
        stamp = .allocate(capacity: slots)
        stamp.initialize(repeating: 0, count: slots)
        heap = IndexedMinHeap(capacity: count)
    }

    private init(copying other: NodeLabels) {
        count = other.count
        let slots = max(count, 1)
        distance = .allocate(capacity: slots)
        distance.initialize(from: other.distance, count: slots)
        predecessor = .allocate(capacity: slots)
        predecessor.initialize(from: other.predecessor, count: slots)
        stamp = .allocate(capacity: slots)
        stamp.initialize(from: other.stamp, count: slots)
        generation = other.generation
        heap = other.heap.copy()
    }

    deinit {
        distance.deallocate()
        predecessor.deallocate()
        stamp.deallocate()
    }

    @usableFromInline func copy() -> NodeLabels { NodeLabels(copying: self) }

    /// Forgets every label (by starting a new generation) and empties the heap.
    @usableFromInline func clear() {
        generation &+= 1
        if generation == 0 {   // after 2³² − 1 queries: clear the stamps once
            stamp.update(repeating: 0, count: max(count, 1))
            generation = 1
        }
        heap.removeAll()
    }

    /// The distance of `node` in the current query, or `.infinity` if it has no label.
    @inlinable @inline(__always) func distance(of node: Int) -> Weight {
        stamp[node] == generation ? distance[node] : .infinity
    }

    /// Labels `node` with `distance` reached by `arc` and pushes it (a node without a label yet).
    @inlinable @inline(__always) func label(_ node: Int, _ distance: Weight, by arc: UInt32) {
        stamp[node] = generation
        self.distance[node] = distance
        predecessor[node] = arc
    }
}

extension NodeLabels {
    /// Relaxes the arcs `first ..< end` of a node settled at `d`: `head`/`weight` are the arc arrays of the
    /// direction searched and `arcNumber(a)` the forward arc number recorded as predecessor. Calls `improved(v, nd)`
    /// after each label set or lowered.
    @inlinable @inline(__always)
    func relax(from first: Int, to end: Int, at d: Weight,
               head: UnsafePointer<UInt32>, weight: UnsafePointer<Weight>,
               arcNumber: (Int) -> UInt32, improved: (Int, Weight) -> Void) {
        var a = first
        let generation = self.generation
        while a < end {
            let v = Int(head[a])
            let nd = d.saturatingAdd(weight[a])
            if stamp[v] != generation {
                stamp[v] = generation
                distance[v] = nd
                predecessor[v] = arcNumber(a)
                heap.push(UInt32(truncatingIfNeeded: v), key: nd)
                improved(v, nd)
            } else if nd < distance[v] {   // never true for a settled node: weights are non-negative
                distance[v] = nd
                predecessor[v] = arcNumber(a)
                heap.decrease(UInt32(truncatingIfNeeded: v), to: nd)
                improved(v, nd)
            }
            a &+= 1
        }
    }
}
