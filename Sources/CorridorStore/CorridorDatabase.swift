import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The corridor database: one SQLite file holding plain graphs, corridor networks and compiled graphs.
///
/// Opening checks that the file is a SQLite database written by this tool, refuses a newer schema, and applies the
/// missing migrations (writable opens only). Before its first write, a connection checks every page of the file
/// and refuses a damaged one (O(file size), once). Writers use WAL mode, so readers keep working while an import runs;
/// every public method that changes anything is one transaction, and a failure leaves the file as it was.
/// One instance belongs to one thread at a time; open one per thread.
public final class CorridorDatabase {
    /// The path as given, or `":memory:"`.
    public var path: String { connection.path }
    /// Whether writes are refused.
    public let isReadOnly: Bool
    let connection: Connection
    /// The second connection large loads read half their arrays on (``helperConnection()``), once opened.
    var helper: Connection?
    /// The bytes from which the parts of one compiled object are read in two halves at once (below it, one thread
    /// reads all; see ``readCompiledParts(_:contentVersion:shape:)``).
    var parallelReadBytes = 4 << 20
    /// Whether a write transaction is open (its changes are invisible to ``helper``).
    private(set) var isWriting = false
    /// Whether this connection has checked every page of the file (before its first write; see ``write(_:)``).
    private var checkedBeforeWriting = false
    /// Called inside every write transaction just before it commits (tests use it to look at the file mid-import).
    var beforeCommit: (() throws -> Void)?

    /// The schema version this build writes and understands.
    public static var schemaVersion: Int { Schema.currentVersion }

    /// Opens the database at `path`, creating and migrating it unless `readOnly`.
    /// - Throws: ``StoreError`` when the file is missing (read-only), not SQLite, damaged, another program's,
    ///   newer than this tool, or older and opened read-only.
    /// - Complexity: O(1) in the size of the file: reads its header and schema, never scans the data
    ///   (``checkIntegrity()`` does).
    public init(path: String, readOnly: Bool = false) throws {
        self.isReadOnly = readOnly
        try CorridorDatabase.checkHeader(path: path, readOnly: readOnly)
        connection = try Connection(path: path, readOnly: readOnly)
        try prepare()
    }

    /// A private database in memory, gone when released; for tests and one-off work.
    public static func inMemory() throws -> CorridorDatabase { try CorridorDatabase(path: ":memory:") }

    /// Closes the file; the instance cannot be used afterwards.
    public func close() {
        helper?.close()
        connection.close()
    }

    /// The schema version stored in the file.
    public func storedSchemaVersion() throws -> Int { Int(try connection.integer("PRAGMA user_version") ?? 0) }

    /// Reads every page and index of the file and throws ``StoreError/corrupt(path:reason:)`` if any is damaged.
    /// - Complexity: O(file size); seconds for a file of hundreds of megabytes.
    public func checkIntegrity() throws {
        let statement = try translatingErrors { try connection.prepare("PRAGMA quick_check") }
        var problems: [String] = []
        while try translatingErrors({ try statement.step() }) {
            let line = statement.string(0)
            if line != "ok" { problems.append(line) }
        }
        if !problems.isEmpty {
            throw StoreError.corrupt(path: path, reason: problems.prefix(3).joined(separator: "; "))
        }
    }

    // MARK: Opening

    /// Refuses, before SQLite sees it, a path that is missing (read-only) or a file that does not start like SQLite.
    static func checkHeader(path: String, readOnly: Bool) throws {
        guard path != ":memory:" else { return }
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT {
                if readOnly { throw StoreError.missingDatabase(path: path) }
                return
            }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder, not a file")
        }
        let size = Int(info.st_size)
        guard size > 0 else { return }   // an empty file is a new database
        guard let file = fopen(path, "rb") else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var header = [UInt8](repeating: 0, count: 100)
        let got = fread(&header, 1, 100, file)
        let magic = Array("SQLite format 3".utf8) + [0]
        guard got == 100, Array(header[0 ..< 16]) == magic else {
            let printable = header[0 ..< min(got, 24)].prefix { $0 >= 0x20 && $0 < 0x7F }
            throw StoreError.notADatabase(path: path, start: String(decoding: printable, as: UTF8.self))
        }
    }

    /// Reads the schema version, refuses files this build cannot use, migrates, and sets the connection up.
    private func prepare() throws {
        try translatingErrors {
            try connection.execute("PRAGMA foreign_keys = ON")
            let applicationID = Int32(truncatingIfNeeded: try connection.integer("PRAGMA application_id") ?? 0)
            let version = Int(try connection.integer("PRAGMA user_version") ?? 0)
            let tableCount = try connection.integer("SELECT count(*) FROM sqlite_master") ?? 0
            if applicationID != Schema.applicationID && (applicationID != 0 || tableCount > 0 || version != 0) {
                throw StoreError.foreignDatabase(path: path, applicationID: applicationID)
            }
            if version > Schema.currentVersion {
                throw StoreError.newerSchema(path: path, found: version, supported: Schema.currentVersion)
            }
            if isReadOnly {
                if version < Schema.currentVersion {
                    throw StoreError.schemaNeedsUpgrade(path: path, found: version, supported: Schema.currentVersion)
                }
                try connection.execute("PRAGMA query_only = ON")
            } else {
                if path != ":memory:" {
                    try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                }
                if version < Schema.currentVersion { try migrate(from: version) }
            }
            try connection.execute("PRAGMA mmap_size = 268435456")
        }
    }

    /// Applies migrations `from ..< current` in one transaction, so a failed upgrade leaves the old schema.
    private func migrate(from version: Int) throws {
        if version > 0 { try checkBeforeWriting() }
        try connection.transaction {
            for migration in Schema.migrations[version...] {
                do { try connection.execute(migration.sql) } catch let error as StoreError {
                    throw StoreError.sqlite(path: path, code: 1, message: "\(error)", doing: "migration '\(migration.name)'")
                }
            }
            try connection.execute("PRAGMA application_id = \(Schema.applicationID)")
            try connection.execute("PRAGMA user_version = \(Schema.currentVersion)")
        }
    }

    // MARK: Transactions

    /// Runs `body` as one write transaction (``beforeCommit`` runs last inside it); any error rolls it all back.
    /// The first write of a connection reads the whole file first (``checkIntegrity()``): a damaged database is
    /// refused for writing, as for reading, rather than written around its damage.
    func write<T>(_ body: () throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        try checkBeforeWriting()
        isWriting = true
        defer { isWriting = false }
        return try translatingErrors {
            try connection.transaction {
                let result = try body()
                try beforeCommit?()
                return result
            }
        }
    }

    /// Runs ``checkIntegrity()`` once per connection, unless the database is in memory.
    private func checkBeforeWriting() throws {
        guard !checkedBeforeWriting else { return }
        if path != ":memory:" { try checkIntegrity() }
        checkedBeforeWriting = true
    }

    /// Runs `body` as one read transaction, so everything it reads comes from the same state of the file
    /// (inside a write transaction, as part of it).
    func read<T>(_ body: () throws -> T) throws -> T {
        try translatingErrors {
            if connection.isInTransaction { return try body() }
            try connection.execute("BEGIN DEFERRED")
            defer { try? connection.execute("COMMIT") }
            return try body()
        }
    }

    /// Rewrites SQLite's damage and permission codes as the ``StoreError`` cases a user can act on.
    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let StoreError.sqlite(_, code, message, _) where code & 0xFF == SQLITE_CORRUPT {
            throw StoreError.corrupt(path: path, reason: message)
        } catch let StoreError.sqlite(_, code, _, _) where code & 0xFF == SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path, start: "")
        } catch let StoreError.sqlite(_, code, _, _) where code & 0xFF == SQLITE_READONLY {
            throw StoreError.readOnly(path: path)
        }
    }
}
