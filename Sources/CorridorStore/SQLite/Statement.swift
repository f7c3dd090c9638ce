import CSQLite

/// A compiled SQL statement: bind parameters (1-based), step through rows, read columns (0-based); ``run()`` resets it
/// for the next row of a bulk insert.
///
/// Bulk inserts prepare once and bind raw values row by row; text and BLOBs are copied by SQLite when bound
/// (`SQLITE_TRANSIENT`), so the caller's buffers need not outlive the call. Finalized when released.
final class Statement {
    let handle: OpaquePointer
    /// Keeps the connection open while the statement lives.
    let connection: Connection

    init(_ handle: OpaquePointer, connection: Connection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// SQLite's `SQLITE_TRANSIENT`: copy the bound bytes now (the C macro is not imported into Swift).
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    // MARK: Binding

    func bind(_ value: Int64, at index: Int32) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ value: Int, at index: Int32) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bind(_ value: Double, at index: Int32) { sqlite3_bind_double(handle, index, value) }
    func bind(_ value: String, at index: Int32) { sqlite3_bind_text(handle, index, value, -1, Statement.transient) }
    func bindNull(at index: Int32) { sqlite3_bind_null(handle, index) }

    func bind(_ value: Double?, at index: Int32) {
        if let value { bind(value, at: index) } else { bindNull(at: index) }
    }
    func bind(_ value: Int?, at index: Int32) {
        if let value { bind(value, at: index) } else { bindNull(at: index) }
    }
    func bind(_ value: String?, at index: Int32) {
        if let value { bind(value, at: index) } else { bindNull(at: index) }
    }

    /// Binds the raw bytes of an array as a BLOB (copied by SQLite).
    func bind<T: BitwiseCopyable>(blob array: [T], at index: Int32) {
        array.withUnsafeBytes { bytes in
            // A zero-length BLOB needs a non-nil pointer, or SQLite stores NULL.
            let pointer = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
            sqlite3_bind_blob64(handle, index, pointer, sqlite3_uint64(bytes.count), Statement.transient)
        }
    }

    // MARK: Stepping

    /// Advances to the next row; returns `false` when there is none (the statement is done).
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw connection.error(rc, doing: sqlText)
    }

    /// Steps a statement that returns no rows, then resets it for the next use (its bindings stay until rebound).
    func run() throws {
        let rc = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw connection.error(rc, doing: sqlText) }
    }

    var sqlText: String { sqlite3_sql(handle).map { String(String(cString: $0).prefix(60)) } ?? "" }

    // MARK: Reading columns

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
    func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }

    func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }
    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }
}
