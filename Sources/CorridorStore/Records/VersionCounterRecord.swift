/// The single row of the `versionCounter` table: the last content version handed out.
///
/// Every import or replacement of a graph or network takes a fresh version from here, so a version is never reused
/// and compiled arrays keyed by an old version can never be mistaken for the new content.
struct VersionCounterRecord {
    /// Takes the next content version; call inside a write transaction.
    static func issue(in connection: Connection) throws -> Int64 {
        try connection.execute("UPDATE versionCounter SET lastIssued = lastIssued + 1 WHERE id = 1")
        guard let version = try connection.integer("SELECT lastIssued FROM versionCounter WHERE id = 1") else {
            throw StoreError.inconsistent(path: connection.path, detail: "the version counter is missing")
        }
        return version
    }
}
