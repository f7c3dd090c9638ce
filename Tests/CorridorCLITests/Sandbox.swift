import CorridorTestSupport
import Foundation

/// A private folder for one test: its own per-user database (`CORRIDOR_DB`), its own input files, removed at the end.
final class Sandbox {
    let folder: URL
    let runner: CommandRunner

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("corridor-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        runner = try CommandRunner()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The default database of this sandbox.
    var databasePath: String { folder.appendingPathComponent("corridor.sqlite").path }

    /// Runs `corridor` with this sandbox's database as the per-user default, in the sandbox folder.
    func run(_ arguments: [String], stdin: String? = nil) throws -> CommandRunner.Result {
        try runner.run(arguments, stdin: stdin, environment: ["CORRIDOR_DB": databasePath, "COLUMNS": "120"],
                       directory: folder)
    }

    /// Writes `text` to `name` inside the sandbox and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The bytes of the file at `path`, or `nil` if there is none.
    func contents(of path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Creates the per-user database (from the bundled network) and imports the test network as `tiny`.
    func prepareTinyNetwork() throws {
        let folder = try TinyNetwork.write(into: self)
        let result = try run(["import", "network", folder, "--name", "tiny"])
        guard result.status == 0 else { throw SandboxError.setupFailed(result.description) }
    }

    enum SandboxError: Error { case setupFailed(String) }
}
