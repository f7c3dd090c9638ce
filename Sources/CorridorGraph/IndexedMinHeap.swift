/// A 4-ary min-heap of nodes keyed by weight, with decrease-key.
///
/// Entries pack `key << 32 | node` into one `UInt64`, so one integer comparison orders them (ties by node).
/// `position[x]` is the slot of node `x` in `entries`, valid only while `x` is in the heap.
/// - Complexity: `push`, `decrease`: O(log₄ *n*); `popMin`: O(4 log₄ *n*).
public struct IndexedMinHeap: Sendable {
    @usableFromInline var entries: [UInt64] = []
    @usableFromInline var position: [UInt32]

    /// A heap for nodes `0 ..< capacity`.
    public init(capacity: Int) {
        position = [UInt32](repeating: 0, count: capacity)
        entries.reserveCapacity(1024)
    }

    @inlinable public var isEmpty: Bool { entries.isEmpty }
    @inlinable public var count: Int { entries.count }

    /// The least key in the heap, or `nil` if it is empty.
    @inlinable public var minKey: Weight? { entries.first.map { Weight(truncatingIfNeeded: $0 >> 32) } }

    @inlinable public mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Inserts `node`, which must not be in the heap, with `key`.
    @inlinable public mutating func push(_ node: UInt32, key: Weight) {
        entries.append(UInt64(key) << 32 | UInt64(node))
        siftUp(from: entries.count - 1)
    }

    /// Lowers the key of `node`, which must be in the heap, to `key`.
    @inlinable public mutating func decrease(_ node: UInt32, to key: Weight) {
        let slot = Int(position[Int(node)])
        entries[slot] = UInt64(key) << 32 | UInt64(node)
        siftUp(from: slot)
    }

    /// Removes and returns the node with the least key, and that key.
    @inlinable public mutating func popMin() -> (node: UInt32, key: Weight)? {
        guard let first = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty { siftDown(last) }
        return (UInt32(truncatingIfNeeded: first), Weight(truncatingIfNeeded: first >> 32))
    }

    @inlinable mutating func siftUp(from start: Int) {
        var slot = start
        let entry = entries[slot]
        while slot > 0 {
            let parent = (slot - 1) >> 2
            let p = entries[parent]
            if p <= entry { break }
            entries[slot] = p
            position[Int(UInt32(truncatingIfNeeded: p))] = UInt32(slot)
            slot = parent
        }
        entries[slot] = entry
        position[Int(UInt32(truncatingIfNeeded: entry))] = UInt32(slot)
    }

    /// Places `entry` at the root and moves it down to where it belongs.
    @inlinable mutating func siftDown(_ entry: UInt64) {
        let count = entries.count
        var slot = 0
        while true {
            let firstChild = slot << 2 + 1
            if firstChild >= count { break }
            var best = firstChild
            var bestEntry = entries[firstChild]
            let end = min(firstChild + 4, count)
            var child = firstChild + 1
            while child < end {
                let e = entries[child]
                if e < bestEntry { best = child; bestEntry = e }
                child += 1
            }
            if entry <= bestEntry { break }
            entries[slot] = bestEntry
            position[Int(UInt32(truncatingIfNeeded: bestEntry))] = UInt32(slot)
            slot = best
        }
        entries[slot] = entry
        position[Int(UInt32(truncatingIfNeeded: entry))] = UInt32(slot)
    }
}
