import CSQLite
import Foundation
import Testing
@testable import CorridorStore

/// Scratch files for store tests: each test gets its own folder under the system's temporary directory.
enum StoreFixtures {
    /// A new empty folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corridor-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in a new folder and returns its path.
    static func file(_ name: String, _ text: String, in folder: URL? = nil) throws -> String {
        let path = (try folder ?? self.folder()).appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The path of a database file (not yet created) in a new folder.
    static func databasePath() throws -> String { try folder().appendingPathComponent("corridor.sqlite").path }

    /// A 64-bit FNV-1a digest of the file's bytes and its size, to tell whether a file changed by a single byte.
    static func digest(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return "\(data.count) bytes, fnv1a \(String(hash, radix: 16))"
    }

    /// Whether the WAL side file of `path` exists (after the last connection closes it should not).
    static func hasWAL(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path + "-wal") }

    /// Runs SQL on the file through a plain SQLite connection, bypassing the store's checks (to forge test files).
    static func rawSQL(_ path: String, _ sql: String) throws {
        let connection = try Connection(path: path, readOnly: false)
        try connection.execute(sql)
        connection.close()
    }

    /// A small edge list: a ring 1 → 2 → … → n → 1 with decimal costs, plus two-way chords (edge ids 101 … 100 + n
    /// for the ring, from 1001 (or past the ring's) for the chords).
    static func ringEdgeList(nodes: Int, offset: Double = 0) -> String {
        var lines = ["id,source,target,cost,reverse_cost"]
        for i in 1 ... nodes {
            let cost = Double(i % 7) + 0.125 + offset
            lines.append("\(100 + i),\(i * 10),\((i % nodes + 1) * 10),\(cost),-1")
        }
        for i in stride(from: 1, to: nodes, by: 3) {
            lines.append("\(max(1000, 101 + nodes) + i),\(i * 10),\(((i + nodes / 2) % nodes + 1) * 10),2.5,3.75")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
