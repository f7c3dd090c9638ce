import CSQLite

/// One connection to a SQLite database: opens the file, runs SQL, prepares statements and wraps transactions.
///
/// The store's only door to libsqlite3; nothing outside `CorridorStore` sees it. A connection belongs to one thread
/// at a time. Errors become ``StoreError`` values that name the file.
final class Connection {
    /// The open handle; `nil` only after ``close()``.
    private(set) var handle: OpaquePointer?
    /// The file's path as the user gave it, or `":memory:"`.
    let path: String

    /// Opens (and, unless `readOnly`, creates) the database at `path`; `":memory:"` opens a private in-memory one.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` with SQLite's reason.
    init(path: String, readOnly: Bool) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 5_000)
    }

    deinit { close() }

    /// Closes the connection; finalizes nothing itself, so every ``Statement`` must be gone first.
    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// SQLite's message for the last failed call on this connection.
    var lastMessage: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "the connection is closed" }

    /// Turns a result code into a ``StoreError`` naming the file and, when given, what was being done.
    func error(_ code: Int32, doing: String) -> StoreError {
        StoreError.sqlite(path: path, code: code, message: lastMessage, doing: doing)
    }

    /// Runs one or more SQL statements that return no rows (DDL, pragmas, `BEGIN`).
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(message)
            throw StoreError.sqlite(path: path, code: rc, message: text, doing: String(sql.prefix(60)))
        }
    }

    /// Compiles `sql` into a statement.
    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc, doing: String(sql.prefix(60))) }
        return Statement(statement, connection: self)
    }

    /// The first column of the first row of `sql`, as an integer, or `nil` for no row or NULL.
    func integer(_ sql: String) throws -> Int64? {
        let statement = try prepare(sql)
        guard try statement.step(), !statement.isNull(0) else { return nil }
        return statement.int64(0)
    }

    /// The rowid of the last inserted row.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open on this connection.
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in one `BEGIN IMMEDIATE … COMMIT` transaction; any error thrown rolls everything back.
    /// - Precondition: No transaction is open (transactions do not nest).
    func transaction<T>(_ body: () throws -> T) throws -> T {
        precondition(!isInTransaction, "Transactions do not nest.")
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }
}
