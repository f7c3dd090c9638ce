import CSQLite

/// A row of the `compiledGraph` table: one array of a compiled graph (a CSR array, an id map, later a speed-up
/// index) as a BLOB of its raw little-endian elements, keyed by the owner's content version, the request shape the
/// arrays were built for, and the array's name (`part`).
///
/// Rows are written in the same transaction as the content they compile, and deleted with it.
struct CompiledGraphRecord {
    var contentVersion: Int64
    var shape: String
    var part: String

    /// Stores `array` as part `part`.
    static func insert<T: BitwiseCopyable>(_ array: [T], part: String, shape: String, contentVersion: Int64,
                                           ownerKind: String, ownerName: String, in connection: Connection) throws {
        let statement = try connection.prepare("""
            INSERT OR REPLACE INTO compiledGraph (contentVersion, shape, part, ownerKind, ownerName, data)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.bind(contentVersion, at: 1)
        statement.bind(shape, at: 2)
        statement.bind(part, at: 3)
        statement.bind(ownerKind, at: 4)
        statement.bind(ownerName, at: 5)
        statement.bind(blob: array, at: 6)
        try statement.run()
    }

    /// The stored parts for `contentVersion` and `shape`: each part's rowid and size in bytes (contents not read).
    static func index(contentVersion: Int64, shape: String,
                      in connection: Connection) throws -> [String: (rowID: Int64, byteCount: Int)] {
        let statement = try connection.prepare(
            "SELECT part, rowid, length(data) FROM compiledGraph WHERE contentVersion = ? AND shape = ?")
        statement.bind(contentVersion, at: 1)
        statement.bind(shape, at: 2)
        var parts: [String: (Int64, Int)] = [:]
        while try statement.step() { parts[statement.string(0)] = (statement.int64(1), statement.int(2)) }
        return parts
    }

    /// An array for `byteCount` bytes of `T`, its elements undefined until ``fill(_:rowID:in:)`` writes them, or
    /// `nil` if that is not a whole number of elements; a large one is advised for huge pages (``PageAdvice``).
    static func allocate<T: BitwiseCopyable>(_ type: T.Type, byteCount: Int) -> [T]? {
        let stride = MemoryLayout<T>.stride
        guard byteCount % stride == 0 else { return nil }
        return [T](unsafeUninitializedCapacity: byteCount / stride) { buffer, initialized in
            PageAdvice.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            initialized = buffer.count
        }
    }

    /// Copies the part in row `rowID` into `buffer`, populating the buffer's pages first; returns `false` if the
    /// part's size is not the buffer's.
    static func fill(_ buffer: UnsafeMutableRawBufferPointer, rowID: Int64, in connection: Connection) throws -> Bool {
        if buffer.isEmpty { return true }
        var blob: OpaquePointer?
        let rc = sqlite3_blob_open(connection.handle, "main", "compiledGraph", "data", rowID, 0, &blob)
        guard rc == SQLITE_OK, let blob else {
            sqlite3_blob_close(blob)
            throw connection.error(rc, doing: "reading a compiled graph")
        }
        defer { sqlite3_blob_close(blob) }
        guard Int(sqlite3_blob_bytes(blob)) == buffer.count, buffer.count <= Int(Int32.max) else { return false }
        PageAdvice.populate(buffer)
        let status = sqlite3_blob_read(blob, buffer.baseAddress!, Int32(buffer.count), 0)
        guard status == SQLITE_OK else { throw connection.error(status, doing: "reading a compiled graph") }
        return true
    }

    /// Deletes every compiled array of `contentVersion`.
    static func delete(contentVersion: Int64, in connection: Connection) throws {
        let statement = try connection.prepare("DELETE FROM compiledGraph WHERE contentVersion = ?")
        statement.bind(contentVersion, at: 1)
        try statement.run()
    }

    /// Deletes the compiled arrays of `contentVersion` in request shape `shape`.
    static func delete(contentVersion: Int64, shape: String, in connection: Connection) throws {
        let statement = try connection.prepare("DELETE FROM compiledGraph WHERE contentVersion = ? AND shape = ?")
        statement.bind(contentVersion, at: 1)
        statement.bind(shape, at: 2)
        try statement.run()
    }

    /// How many compiled arrays are stored for `contentVersion`.
    static func count(contentVersion: Int64, in connection: Connection) throws -> Int {
        let statement = try connection.prepare("SELECT count(*) FROM compiledGraph WHERE contentVersion = ?")
        statement.bind(contentVersion, at: 1)
        try statement.step()
        return statement.int(0)
    }
}
