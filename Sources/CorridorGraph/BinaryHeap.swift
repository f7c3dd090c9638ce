/// A binary min-heap of values with lazy deletion left to the caller: the queue of searches whose keys do not fit
/// the 4-ary heap of ``NodeLabels`` (lexicographic keys, several labels per node).
///
/// Invariant: `elements[i] >= elements[(i - 1) / 2]` for every `i > 0`.
/// - Complexity: `push` and `popMin` O(log *n*); the storage is kept between uses by ``removeAll()``.
public struct BinaryHeap<Element: Comparable>: Sendable where Element: Sendable {
    public private(set) var elements: [Element] = []

    public init() {}

    public var isEmpty: Bool { elements.isEmpty }
    public var count: Int { elements.count }

    /// Empties the heap, keeping its storage.
    public mutating func removeAll() { elements.removeAll(keepingCapacity: true) }

    public mutating func push(_ element: Element) {
        var slot = elements.count
        elements.append(element)
        while slot > 0 {
            let parent = (slot - 1) / 2
            if !(element < elements[parent]) { break }
            elements[slot] = elements[parent]
            slot = parent
        }
        elements[slot] = element
    }

    /// Removes and returns the least element, or `nil` if the heap is empty.
    public mutating func popMin() -> Element? {
        guard let last = elements.popLast() else { return nil }
        guard !elements.isEmpty else { return last }
        let first = elements[0]
        var slot = 0
        let count = elements.count
        while true {
            var child = 2 * slot + 1
            if child >= count { break }
            if child + 1 < count, elements[child + 1] < elements[child] { child += 1 }
            if !(elements[child] < last) { break }
            elements[slot] = elements[child]
            slot = child
        }
        elements[slot] = last
        return first
    }

    /// Traps unless every element is at least its parent.
    public func checkInvariants() {
        for i in elements.indices.dropFirst() {
            precondition(!(elements[i] < elements[(i - 1) / 2]), "Heap element \(i) is less than its parent.")
        }
    }
}
