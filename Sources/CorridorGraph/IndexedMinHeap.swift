/// A 4-ary min-heap of nodes keyed by weight, with decrease-key, in memory allocated once for a fixed node range.
///
/// Entries pack `key << 32 | node` into one `UInt64`, so one integer comparison orders them (ties by node number).
/// `position[x]` is the slot of node `x` in `entries`, valid only while `x` is in the heap; a node is in the heap
/// at most once, so `capacity` slots always suffice. A reference type: searches own one each and copy it before
/// writing when their value was copied (see ``NodeLabels``).
/// - Complexity: `push`, `decrease`: O(log₄ *n*); `popMin`: O(4 log₄ *n*); `removeAll`: O(1).
public final class IndexedMinHeap: @unchecked Sendable {
    /// Nodes `0 ..< capacity` may be pushed.
    public let capacity: Int
    @usableFromInline let entries: UnsafeMutablePointer<UInt64>
    @usableFromInline let position: UnsafeMutablePointer<UInt32>
    /// How many nodes are in the heap.
    @usableFromInline var storedCount = 0
    @inlinable public var count: Int { storedCount }

    /// A heap for nodes `0 ..< capacity`.
    public init(capacity: Int) {
        precondition(capacity >= 0)
        self.capacity = capacity
        entries = .allocate(capacity: max(capacity, 1))
        position = .allocate(capacity: max(capacity, 1))
        position.initialize(repeating: 0, count: max(capacity, 1))
    }

    deinit {
        entries.deallocate()
        position.deallocate()
    }

    /// A heap with the same contents.
    public func copy() -> IndexedMinHeap {
        let copy = IndexedMinHeap(capacity: capacity)
        copy.entries.update(from: entries, count: count)
        copy.position.update(from: position, count: capacity)
        copy.storedCount = storedCount
        return copy
    }

    @inlinable public var isEmpty: Bool { count == 0 }

    /// The least key in the heap, or `nil` if it is empty.
    @inlinable public var minKey: Weight? { count == 0 ? nil : Weight(truncatingIfNeeded: entries[0] >> 32) }

    @inlinable public func removeAll() { storedCount = 0 }

    /// Inserts `node`, which must not be in the heap, with `key`.
    @inlinable public func push(_ node: UInt32, key: Weight) {
        precondition(Int(node) < capacity, "Node \(node) is outside the heap's range 0..<\(capacity).")
        let slot = storedCount
        storedCount = slot + 1
        siftUp(UInt64(key) << 32 | UInt64(node), from: slot)
    }

    /// Lowers the key of `node`, which must be in the heap, to `key`.
    @inlinable public func decrease(_ node: UInt32, to key: Weight) {
        siftUp(UInt64(key) << 32 | UInt64(node), from: Int(position[Int(node)]))
    }

    /// Removes and returns the node with the least key, and that key.
    @inlinable public func popMin() -> (node: UInt32, key: Weight)? {
        let n = storedCount
        if n == 0 { return nil }
        let first = entries[0]
        storedCount = n - 1
        if n > 1 { siftDown(entries[n - 1], count: n - 1) }
        return (UInt32(truncatingIfNeeded: first), Weight(truncatingIfNeeded: first >> 32))
    }

    /// Places `entry` at `start` (a free slot or its own) and moves it up to where it belongs.
    @inlinable @inline(__always) func siftUp(_ entry: UInt64, from start: Int) {
        var slot = start
        while slot > 0 {
            let parent = (slot &- 1) >> 2
            let p = entries[parent]
            if p <= entry { break }
            entries[slot] = p
            position[Int(UInt32(truncatingIfNeeded: p))] = UInt32(truncatingIfNeeded: slot)
            slot = parent
        }
        entries[slot] = entry
        position[Int(UInt32(truncatingIfNeeded: entry))] = UInt32(truncatingIfNeeded: slot)
    }

    /// Places `entry` at the root of a heap of `count` entries and moves it down to where it belongs.
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
            entries[slot] = bestEntry
            position[Int(UInt32(truncatingIfNeeded: bestEntry))] = UInt32(truncatingIfNeeded: slot)
            slot = best
        }
        entries[slot] = entry
        position[Int(UInt32(truncatingIfNeeded: entry))] = UInt32(truncatingIfNeeded: slot)
    }
}
