import Foundation
import CorridorModel
import CorridorNetworks
import CorridorStore

/// Where the per-user database lives when no `--db` is given.
///
/// `$CORRIDOR_DB` wins; else `$XDG_DATA_HOME/corridor/corridor.sqlite`; else `~/.local/share/corridor/corridor.sqlite`.
enum DefaultDatabase {
    /// The file name inside the data folder.
    static let fileName = "corridor.sqlite"

    /// The default path for the given environment; O(1), touches no file.
    static func path(environment: [String: String]) -> String {
        if let explicit = environment["CORRIDOR_DB"], !explicit.isEmpty {
            return explicit
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/corridor/" + fileName
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/corridor/" + fileName
    }
}

extension DefaultDatabase {
    /// Creates the per-user database at `path` with the bundled Central Asian network and its scenarios, unless a
    /// file is there.
    ///
    /// The database is built under a temporary name beside `path` (`path.creating-PID`) and then hard-linked to
    /// `path`, which fails if `path` exists. So an interrupted first run never leaves a half-written file, and when
    /// several first runs race, the first link wins and the others drop their copies: a file that one process has
    /// already opened and written is never replaced. Temporary files of first runs whose process is gone are
    /// removed on the way.
    /// - Throws: ``NetworkError`` if the bundled files are missing or damaged, ``StoreError`` if the file cannot
    ///   be written.
    static func createIfMissing(at path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        guard let folder = BundledNetwork.centralAsia else {
            throw CommandFailure(.failure, "The bundled network is missing beside the corridor executable.",
                                 hint: "Copy the corridor_CorridorNetworks.resources folder next to the binary, "
                                     + "or pass --db with a database of your own.")
        }
        try createFolder(of: path)
        removeAbandonedTemporaries(of: path)
        let temporary = temporaryName(of: path, processID: ProcessInfo.processInfo.processIdentifier)
        defer { removeDatabaseFiles(temporary) }
        Terminal.writeError("Creating \(path) from the bundled network '\(BundledNetwork.centralAsiaName)'…\n")
        let (network, _) = try Network.load(from: folder, name: BundledNetwork.centralAsiaName)
        let database = try CorridorDatabase(path: temporary)
        try database.importNetwork(network, name: BundledNetwork.centralAsiaName)
        try importBundledScenarios(from: folder, into: database)
        database.close()
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return }   // another first run finished before this one: its file stays
            throw CommandFailure(.failure, "Cannot create '\(path)': \(String(cString: strerror(errno))).",
                                 hint: "Check that its folder is writable, or pass --db PATH.")
        }
    }

    /// Stores each `scenarios/*.csv` of the bundled network folder as a scenario on it, named after its file.
    static func importBundledScenarios(from folder: URL, into database: CorridorDatabase) throws {
        let scenarios = folder.appendingPathComponent("scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: scenarios.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".csv") {
            let text = try String(contentsOf: scenarios.appendingPathComponent(file), encoding: .utf8)
            try database.importScenario(text, file: file, name: String(file.dropLast(4)),
                                        network: BundledNetwork.centralAsiaName)
        }
    }

    /// The name a first run with process id `processID` builds the database under.
    static func temporaryName(of path: String, processID: Int32) -> String {
        path + ".creating-\(processID)"
    }

    /// Removes `path` and the journal files SQLite may keep beside it.
    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Removes the temporary files left beside `path` by first runs that were killed: those whose process no
    /// longer exists. A temporary of a running process is left alone.
    static func removeAbandonedTemporaries(of path: String) {
        let url = URL(fileURLWithPath: path)
        let prefix = url.lastPathComponent + ".creating-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        else { return }
        for name in names where name.hasPrefix(prefix) {
            var digits = name.dropFirst(prefix.count)
            for suffix in ["-wal", "-shm", "-journal"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
            guard let processID = Int32(digits), processID > 0 else { continue }
            if kill(processID, 0) != 0 && errno == ESRCH {
                removeDatabaseFiles(temporaryName(of: path, processID: processID))
            }
        }
    }

    /// Replaces the bundled network in the per-user database at `path` by the current bundle when the stored copy
    /// is an unedited copy of an earlier release's bundle (see `BundledNetwork.earlierCentralAsiaFingerprints`);
    /// a network the user imported under that name, or edited, is left alone. One transaction: readers see the old
    /// copy or the new one. Does nothing when the file or the bundle is missing.
    /// - Complexity: reads the stored network and the bundled files, O(rows); writes only when refreshing.
    static func refreshBundled(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path), let folder = BundledNetwork.centralAsia else { return }
        let name = BundledNetwork.centralAsiaName
        let stored: Network
        do {
            let reader = try CorridorDatabase(path: path, readOnly: true)
            defer { reader.close() }
            guard try reader.networks().contains(where: { $0.name == name }) else { return }
            stored = try reader.network(named: name)
        } catch StoreError.schemaNeedsUpgrade {
            try CorridorDatabase(path: path).close()
            return try refreshBundled(at: path)
        }
        guard BundledNetwork.earlierCentralAsiaFingerprints.contains(stored.fingerprint) else { return }
        let (bundled, _) = try Network.load(from: folder, name: name)
        guard bundled.fingerprint != stored.fingerprint else { return }
        Terminal.writeError("Updating the bundled network '\(name)' in \(path)…\n")
        let database = try CorridorDatabase(path: path)
        defer { database.close() }
        // The bundled scenarios are stored again from the new bundle; the user's own scenarios stay on the network.
        let bundledFiles = Set(((try? FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("scenarios").path)) ?? []).filter { $0.hasSuffix(".csv") })
        for scenario in try database.scenarios() where scenario.network == name && bundledFiles.contains(scenario.sourceFile)
            && scenario.name + ".csv" == scenario.sourceFile {
            try database.deleteScenario(named: scenario.name)
        }
        try database.importNetwork(bundled, name: name, replace: true, keepingScenarios: true)
        let kept = Set(try database.scenarios().map(\.name))
        let scenarios = folder.appendingPathComponent("scenarios")
        for file in bundledFiles.sorted() where !kept.contains(String(file.dropLast(4))) {
            let text = try String(contentsOf: scenarios.appendingPathComponent(file), encoding: .utf8)
            try database.importScenario(text, file: file, name: String(file.dropLast(4)), network: name)
        }
    }

    /// Creates the folder that will hold `path`, with its parents.
    static func createFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(.failure, "Cannot create the folder '\(folder.path)' for the database.",
                                 hint: "Check its permissions, or pass --db PATH.")
        }
    }
}
