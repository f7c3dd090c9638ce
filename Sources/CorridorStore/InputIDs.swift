import CorridorImport

/// The user's ids of a stored graph's nodes (ascending) or arcs, by index: either the DIMACS numbering 1, 2, 3, …,
/// which takes no memory, or a list read from the database. A road graph from a DIMACS file is numbered, so its
/// load does not materialise two arrays (8 bytes per node and per arc) that say nothing.
public struct InputIDs: RandomAccessCollection, Equatable, Sendable {
    private enum Storage: Equatable, Sendable {
        /// `index + 1`, for `count` indices.
        case numbered(count: Int)
        case listed([Int64])
    }
    private let storage: Storage

    /// The ids 1, 2, …, `count`.
    public static func numbered(_ count: Int) -> InputIDs { InputIDs(storage: .numbered(count: count)) }

    /// The ids in `ids`, stored as given (numbered ones are recognised, so they take no memory either).
    public init(_ ids: [Int64]) {
        storage = InputIDs.isNumbered(ids) ? .numbered(count: ids.count) : .listed(ids)
    }

    private init(storage: Storage) { self.storage = storage }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .numbered(let count): count
        case .listed(let ids): ids.count
        }
    }

    public subscript(index: Int) -> Int64 {
        switch storage {
        case .numbered(let count):
            precondition(index >= 0 && index < count, "Index \(index) out of range 0..<\(count).")
            return Int64(index) + 1
        case .listed(let ids): return ids[index]
        }
    }

    /// The ids as a list to store, or `nil` when they are 1, 2, 3, … (nothing is stored then).
    var listed: [Int64]? {
        if case .listed(let ids) = storage { return ids }
        return nil
    }

    /// The index whose id is `inputID` in ascending ids, or `nil`.
    /// - Complexity: O(1) when numbered, O(log *n*) otherwise.
    func index(ofAscending inputID: Int64) -> Int? {
        switch storage {
        case .numbered(let count): return inputID >= 1 && inputID <= Int64(count) ? Int(inputID - 1) : nil
        case .listed(let ids): return EdgeList.node(forInputID: inputID, in: ids)?.index
        }
    }

    /// Whether `ids` is 1, 2, 3, ….
    static func isNumbered(_ ids: [Int64]) -> Bool {
        for (i, id) in ids.enumerated() where id != Int64(i + 1) { return false }
        return true
    }
}
