import CorridorModel
import CorridorNetworks
import CorridorStore
import Foundation

extension DatabaseOptions {
    /// Opens the database for a query. The per-user database is created from the bundled network first if it does
    /// not exist yet, and an unedited bundled copy from an earlier release is refreshed; a file named with `--db`
    /// must exist. An older schema is upgraded once, then reopened
    /// read-only.
    /// - Throws: ``StoreError`` (a missing `--db` file is ``StoreError/missingDatabase(path:)``).
    func openForReading() throws -> CorridorDatabase {
        let location = self.location
        if location.isDefault {
            try DefaultDatabase.createIfMissing(at: location.path)
            try DefaultDatabase.refreshBundled(at: location.path)
        }
        do {
            return try CorridorDatabase(path: location.path, readOnly: true)
        } catch StoreError.schemaNeedsUpgrade {
            try CorridorDatabase(path: location.path).close()
            return try CorridorDatabase(path: location.path, readOnly: true)
        }
    }

    /// Opens the database for an import, creating the file (and its folder) if needed. The per-user database is
    /// seeded with the bundled network when it is created, so it always holds it.
    func openForWriting() throws -> CorridorDatabase {
        let location = self.location
        if location.isDefault {
            try DefaultDatabase.createIfMissing(at: location.path)
            try DefaultDatabase.refreshBundled(at: location.path)
        } else {
            try DefaultDatabase.createFolder(of: location.path)
        }
        return try CorridorDatabase(path: location.path)
    }
}
