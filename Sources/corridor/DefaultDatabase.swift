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
    /// Creates the per-user database at `path` with the bundled Central Asian network, unless a file is there.
    ///
    /// The database is built under a temporary name beside `path` and renamed into place, so an interrupted first
    /// run never leaves a half-written file, and two first runs at once both end with a complete one.
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
        let temporary = path + ".creating-\(ProcessInfo.processInfo.processIdentifier)"
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        }
        Terminal.writeError("Creating \(path) from the bundled network '\(BundledNetwork.centralAsiaName)'…\n")
        let (network, _) = try Network.load(from: folder, name: BundledNetwork.centralAsiaName)
        let database = try CorridorDatabase(path: temporary)
        try database.importNetwork(network, name: BundledNetwork.centralAsiaName)
        database.close()
        guard rename(temporary, path) == 0 else {
            throw CommandFailure(.failure, "Cannot create '\(path)': \(String(cString: strerror(errno))).",
                                 hint: "Check that its folder is writable, or pass --db PATH.")
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
