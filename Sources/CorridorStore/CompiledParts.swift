import CorridorGraph
import Dispatch

/// A compiled array to be read: its part name and, once read, its elements.
final class CompiledPart<Element: BitwiseCopyable>: CompiledPartReading, @unchecked Sendable {
    let name: String
    /// The elements, or `nil` while unread, when the part is not stored, or when its size is not a whole number of
    /// elements or changed between ``allocate(byteCount:)`` and ``fill(rowID:in:)``.
    private(set) var array: [Element]?

    init(_ name: String) { self.name = name }

    func allocate(byteCount: Int) { array = CompiledGraphRecord.allocate(Element.self, byteCount: byteCount) }

    func fill(rowID: Int64, in connection: Connection) throws {
        guard array != nil else { return }
        let complete = try array!.withUnsafeMutableBytes { try CompiledGraphRecord.fill($0, rowID: rowID, in: connection) }
        if !complete { array = nil }
    }

    func discard() { array = nil }
}

/// What ``CorridorDatabase/readCompiledParts(_:contentVersion:shape:)`` needs of a ``CompiledPart``, whatever its
/// element type: allocate the array, then fill it (possibly on another thread), or drop it.
protocol CompiledPartReading: AnyObject {
    var name: String { get }
    func allocate(byteCount: Int)
    func fill(rowID: Int64, in connection: Connection) throws
    func discard()
}

extension CorridorDatabase {
    /// Reads `parts` of the compiled arrays stored for `contentVersion` in request shape `shape`; a part that is not
    /// stored stays `nil`. Call it inside ``read(_:)``.
    ///
    /// Reading large arrays out of SQLite is mostly copying and the page faults of fresh memory, which two cores do
    /// in about half the time: when the parts add up to ``parallelReadBytes`` or more, the file is on disk and no
    /// write transaction is open (whose rows another connection could not see), every array is allocated here, the
    /// parts are filled largest first by this connection and by a second, read-only one (``helper``) in another thread,
    /// each taking the next part not yet taken. That connection reads in
    /// its own transaction, so it fills a part only if the part still has the row and size this transaction saw;
    /// otherwise the part is dropped, as if it were missing, and the caller rebuilds or refuses what it was loading.
    /// (A row under the same key always holds the same content: a graph's arrays are compiled from its rows, and a
    /// hierarchy's parts are checked against their checksum.) If that connection cannot be opened, this one reads
    /// every part.
    /// - Throws: ``StoreError`` from either connection.
    /// - Complexity: O(bytes read), split over two threads.
    func readCompiledParts(_ parts: [any CompiledPartReading], contentVersion: Int64, shape: String) throws {
        let index = try CompiledGraphRecord.index(contentVersion: contentVersion, shape: shape, in: connection)
        let stored = parts.filter { index[$0.name] != nil }.sorted { index[$0.name]!.byteCount > index[$1.name]!.byteCount }
        // Allocating maps memory, which waits for every page fault of the process: all of it before the copies.
        for part in stored { part.allocate(byteCount: index[part.name]!.byteCount) }
        let total = stored.reduce(0) { $0 + index[$1.name]!.byteCount }
        guard total >= parallelReadBytes, !isWriting, path != ":memory:" else {
            for part in stored { try part.fill(rowID: index[part.name]!.rowID, in: connection) }
            return
        }
        // Both threads take the next part, largest first, so the one that starts late (the helper opens its
        // connection first) takes fewer.
        let queue = PartQueue(stored)
        let known = UncheckedBox(helper), path = self.path
        let (helperOutcome, ownOutcome) = TwoThreads.run({ () -> Result<Connection?, any Error> in
            Result {
                guard let connection = known.value ?? Self.openHelper(path: path) else { return nil }
                try connection.execute("BEGIN DEFERRED")
                defer { try? connection.execute("COMMIT") }
                let seen = try CompiledGraphRecord.index(contentVersion: contentVersion, shape: shape, in: connection)
                while let part = queue.next() {
                    guard let entry = seen[part.name], entry == index[part.name]! else { part.discard(); continue }
                    try part.fill(rowID: entry.rowID, in: connection)
                }
                return connection
            }
        }, here: {
            Result { while let part = queue.next() { try part.fill(rowID: index[part.name]!.rowID, in: connection) } }
        })
        try ownOutcome.get()
        helper = try helperOutcome.get() ?? helper
    }

    /// A read-only connection to the database at `path` for ``readCompiledParts(_:contentVersion:shape:)``'s second
    /// half, or `nil` if it cannot be opened.
    private static func openHelper(path: String) -> Connection? {
        guard let opened = try? Connection(path: path, readOnly: true),
              (try? opened.execute("PRAGMA query_only = ON; PRAGMA mmap_size = 268435456")) != nil
        else { return nil }
        return opened
    }
}

/// Runs two tasks at once: one on another thread, one on this.
enum TwoThreads {
    /// The answers of `other` (run on another thread) and `here` (run on this one).
    static func run<A, B>(_ other: @escaping @Sendable () -> A, here: () throws -> B) rethrows -> (A, B) {
        let answer = UncheckedBox<A?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { answer.value = other() }
        let own: B
        do { own = try here() } catch { group.wait(); throw error }
        group.wait()
        return (answer.value!, own)
    }

    /// A ``ContractionHierarchy/CheckRunner`` that runs the first check on another thread and the rest on this one.
    static let checkRunner: ContractionHierarchy.CheckRunner = { checks in
        guard let first = checks.first else { return [] }
        let (answer, rest) = run(first, here: { checks.dropFirst().map { $0() } })
        return [answer] + rest
    }
}

/// The parts two threads share out, each taken once, in order.
final class PartQueue: @unchecked Sendable {
    private let parts: [any CompiledPartReading]
    private var taken = 0
    private let lock = DispatchQueue(label: "corridor.compiled-parts")

    init(_ parts: [any CompiledPartReading]) { self.parts = parts }

    /// The next part nobody has taken, or `nil` when all are.
    func next() -> (any CompiledPartReading)? {
        lock.sync {
            guard taken < parts.count else { return nil }
            taken += 1
            return parts[taken - 1]
        }
    }
}

/// A value handed to another thread and back, whose accesses the caller orders (here: before and after a
/// `DispatchGroup` wait).
final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
