import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    ///
    /// A read-only open also works where the file or its folder cannot be written (a shared or archived copy): a
    /// WAL database needs its `-shm` file, which such a folder cannot hold, so when the first read fails for want
    /// of it the file is opened again as immutable, which reads the main file alone. That is safe only without
    /// changes waiting in a `-wal` file, so a non-empty one is refused instead.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` with SQLite's reason.
    init(path: String, readOnly: Bool) throws {
        self.path = path
        var db = try Connection.open(path, flags: readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        if readOnly && path != ":memory:" {
            let rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nil, nil, nil) & 0xFF
            if rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN {
                sqlite3_close_v2(db)
                var info = stat()
                if stat(path + "-wal", &info) == 0 && info.st_size > 0 {
                    throw StoreError.cannotOpen(path: path, reason: "it cannot be written, and changes wait in its "
                        + "'-wal' file that only a writable open can apply; open it once where it can be written")
                }
                let uri = "file:" + Connection.uriEscaped(path) + "?immutable=1"
                db = try Connection.open(uri, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, reportedAs: path)
            }
        }
        handle = db
    }

    /// Opens one SQLite handle, or throws ``StoreError/cannotOpen(path:reason:)`` naming `reportedAs`.
    private static func open(_ name: String, flags: Int32, reportedAs path: String? = nil) throws -> OpaquePointer {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(name, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw StoreError.cannotOpen(path: path ?? name, reason: reason)
        }
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 5_000)
        return db
    }

    /// `path` as the path of a SQLite URI: `%`, `?`, `#` and every non-ASCII byte written as `%XX`.
    static func uriEscaped(_ path: String) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var result = ""
        for byte in path.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 0xF)])
            } else {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return result
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
