/// The labels of one node in a search: all a relaxation touches, in 16 bytes, so that reaching a node costs one
/// cache miss rather than one per array.
@usableFromInline struct NodeRecord {
    /// The generation of the query that labelled the node; the other fields count only when it is current.
    @usableFromInline var stamp: UInt16
    /// In a bidirectional search: the generation in which the *opposite* search labelled the node, so that a scan
    /// learns from the record it reads anyway whether the two searches meet here (the opposite side's generation is
    /// always the same as this side's). Unused by one-way searches.
    @usableFromInline var oppositeStamp: UInt16
    @usableFromInline var distance: Weight
    /// The forward arc by which the best path found so far reaches the node (`.max` at the search's root).
    @usableFromInline var predecessor: UInt32
    /// The node's slot in the heap, while it is there.
    @usableFromInline var position: UInt32
}

/// The scratch space of one search direction: a ``NodeRecord`` per node and a 4-ary min-heap with decrease-key over
/// them, in memory allocated once.
///
/// A node's record counts only while its stamp equals ``generation``; a new query increments the generation, so it
/// resets in O(1) amortised (every 2¹⁶ − 1 queries the stamps are cleared once) and allocates nothing. Heap entries pack `key << 32 | node` into one `UInt64`, so one integer
/// comparison orders them (ties by node number); a node is in the heap at most once, so `count` slots suffice.
/// Searches are values that hold this reference type and call `isKnownUniquelyReferenced` before each query,
/// copying it if their value was copied: two copies of a search never share scratch space.
/// - Complexity: memory 16 bytes per node plus 8 per heap slot (touched only as the heap grows);
///   `push`, `decrease`: O(log₄ *n*); `popMin`: O(4 log₄ *n*).
@usableFromInline final class NodeLabels: @unchecked Sendable {
    @usableFromInline let count: Int
    @usableFromInline let record: UnsafeMutablePointer<NodeRecord>
    @usableFromInline let entries: UnsafeMutablePointer<UInt64>
    @usableFromInline var heapCount = 0
    @usableFromInline var generation: UInt16 = 0

    @usableFromInline init(count: Int) {
        self.count = count
        let slots = max(count, 1)
        record = .allocate(capacity: slots)
        record.initialize(repeating: NodeRecord(stamp: 0, oppositeStamp: 0, distance: .infinity, predecessor: .max, position: 0), count: slots)
        entries = .allocate(capacity: slots)
    }

    /// The bytes this scratch space holds: a record and a heap slot per node.
    @usableFromInline var byteCount: Int { max(count, 1) * (MemoryLayout<NodeRecord>.stride + MemoryLayout<UInt64>.stride) }

    deinit {
        record.deallocate()
        entries.deallocate()
    }

    @usableFromInline func copy() -> NodeLabels {
        let copy = NodeLabels(count: count)
        copy.record.update(from: record, count: max(count, 1))
        copy.entries.update(from: entries, count: heapCount)
        copy.heapCount = heapCount
        copy.generation = generation
        return copy
    }

    /// Forgets every label (by starting a new generation) and empties the heap.
    @usableFromInline func clear() {
        generation &+= 1
        if generation == 0 {   // after 2¹⁶ − 1 queries: clear the stamps once (O(n), so O(1) amortised)
            for i in 0 ..< count { record[i].stamp = 0; record[i].oppositeStamp = 0 }
            generation = 1
        }
        heapCount = 0
    }

    /// Empties the heap and lends its slots (one per node, at least one) as scratch space, for work after a search
    /// (the labels stay); the next search writes a slot only after pushing into the emptied heap.
    @inlinable func lendHeapSlots() -> UnsafeMutableBufferPointer<UInt64> {
        heapCount = 0
        return UnsafeMutableBufferPointer(start: entries, count: max(count, 1))
    }

    /// The distance of `node` in the current query, or `.infinity` if it has no label.
    @inlinable @inline(__always) func distance(of node: Int) -> Weight {
        record[node].stamp == generation ? record[node].distance : .infinity
    }

    /// Labels `node` (not labelled in this query) with `distance`, reached by `arc`.
    @inlinable @inline(__always) func label(_ node: Int, _ distance: Weight, by arc: UInt32) {
        record[node].stamp = generation
        record[node].distance = distance
        record[node].predecessor = arc
    }

    // MARK: Heap

    /// The least key in the heap, or `nil` if it is empty.
    @inlinable var minKey: Weight? { heapCount == 0 ? nil : Weight(truncatingIfNeeded: entries[0] >> 32) }

    /// The least key in the heap, or ``Weight/infinity`` if it is empty.
    @inlinable var topKey: Weight { heapCount == 0 ? .infinity : Weight(truncatingIfNeeded: entries[0] >> 32) }

    /// Removes and returns the node with the least key, and that key.
    /// - Precondition: The heap is not empty (not checked).
    @inlinable @inline(__always) func removeMin() -> (node: Int, key: Weight) {
        let n = heapCount
        let first = entries[0]
        heapCount = n &- 1
        if n > 1 { siftDown(entries[n &- 1], count: n &- 1) }
        return (Int(UInt32(truncatingIfNeeded: first)), Weight(truncatingIfNeeded: first >> 32))
    }

    /// Inserts `node`, which must not be in the heap, with `key`.
    @inlinable @inline(__always) func push(_ node: Int, key: Weight) {
        let slot = heapCount
        heapCount = slot &+ 1
        siftUp(UInt64(key) << 32 | UInt64(UInt32(truncatingIfNeeded: node)), from: slot)
    }

    /// Lowers the key of `node`, which must be in the heap, to `key`.
    @inlinable @inline(__always) func decrease(_ node: Int, to key: Weight) {
        siftUp(UInt64(key) << 32 | UInt64(UInt32(truncatingIfNeeded: node)), from: Int(record[node].position))
    }

    /// Removes and returns the node with the least key, and that key.
    @inlinable @inline(__always) func popMin() -> (node: Int, key: Weight)? {
        let n = heapCount
        if n == 0 { return nil }
        let first = entries[0]
        heapCount = n &- 1
        if n > 1 { siftDown(entries[n &- 1], count: n &- 1) }
        return (Int(UInt32(truncatingIfNeeded: first)), Weight(truncatingIfNeeded: first >> 32))
    }

    /// Removes and returns the node with the least key, and marks it as out of the heap (position `.max`),
    /// for searches that must tell a settled node from one still in the heap.
    @inlinable @inline(__always) func popMinMarking() -> (node: Int, key: Weight)? {
        guard let (node, key) = popMin() else { return nil }
        record[node].position = .max
        return (node, key)
    }

    @inlinable @inline(__always) func place(_ entry: UInt64, at slot: Int) {
        entries[slot] = entry
        record[Int(UInt32(truncatingIfNeeded: entry))].position = UInt32(truncatingIfNeeded: slot)
    }

    @inlinable @inline(__always) func siftUp(_ entry: UInt64, from start: Int) {
        var slot = start
        while slot > 0 {
            let parent = (slot &- 1) >> 2
            let p = entries[parent]
            if p <= entry { break }
            place(p, at: slot)
            slot = parent
        }
        place(entry, at: slot)
    }

    @inlinable @inline(__always) func siftDown(_ entry: UInt64, count: Int) {
        var slot = 0
        while true {
            let firstChild = slot &<< 2 &+ 1
            if firstChild >= count { break }
            var best = firstChild
            var bestEntry = entries[firstChild]
            if firstChild &+ 4 <= count {   // the common case: four children
                let e1 = entries[firstChild &+ 1], e2 = entries[firstChild &+ 2], e3 = entries[firstChild &+ 3]
                if e1 < bestEntry { best = firstChild &+ 1; bestEntry = e1 }
                if e2 < bestEntry { best = firstChild &+ 2; bestEntry = e2 }
                if e3 < bestEntry { best = firstChild &+ 3; bestEntry = e3 }
            } else {
                var child = firstChild &+ 1
                while child < count {
                    let e = entries[child]
                    if e < bestEntry { best = child; bestEntry = e }
                    child &+= 1
                }
            }
            if entry <= bestEntry { break }
            place(bestEntry, at: slot)
            slot = best
        }
        place(entry, at: slot)
    }

    // MARK: Relaxation

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
            if record[v].stamp != generation {
                record[v].stamp = generation
                record[v].distance = nd
                record[v].predecessor = arcNumber(a)
                push(v, key: nd)
                improved(v, nd)
            } else if nd < record[v].distance {   // never true for a settled node: weights are non-negative
                record[v].distance = nd
                record[v].predecessor = arcNumber(a)
                decrease(v, to: nd)
                improved(v, nd)
            }
            a &+= 1
        }
    }
}
