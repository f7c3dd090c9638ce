import CorridorTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `corridor serve`, started on a free port with a database of its own (created on first use from the
/// bundled network, as a user's first run does), and stopped with SIGTERM.
final class ServerProcess: @unchecked Sendable {
    let folder: URL
    let runner: CommandRunner
    let process = Process()
    /// Such as `http://127.0.0.1:40123/`.
    private(set) var address = ""
    private let output = Pipe()

    /// The per-user database of this server and of the CLI runs compared with it.
    var databasePath: String { folder.appendingPathComponent("corridor.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("corridor-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        runner = try CommandRunner()
        process.executableURL = runner.executable
        process.arguments = ["serve", "--port", "0"]
        process.environment = ProcessInfo.processInfo.environment.merging(["CORRIDOR_DB": databasePath]) { $1 }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the address once the socket listens.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"http://[^ ]+/"#, options: .regularExpression) else {
            process.terminate()
            throw ServerError.didNotStart(text)
        }
        address = String(text[range])
    }

    enum ServerError: Error { case didNotStart(String) }

    /// Stops the server with SIGTERM and returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: folder)
    }

    /// One answer: status, media type and body.
    struct Answer: Sendable, CustomStringConvertible {
        var status: Int
        var contentType: String
        var body: String
        var description: String { "\(status) \(contentType)\n\(body)" }

        /// The body parsed as a JSON object.
        func object() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else {
                throw ServerError.didNotStart("not a JSON object: \(body)")
            }
            return object
        }
    }

    /// GETs `path` (with its query, already encoded) from the server.
    func get(_ path: String) async throws -> Answer {
        let url = URL(string: address + path.drop { $0 == "/" })!
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = response as! HTTPURLResponse
        return Answer(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "",
                      body: String(decoding: data, as: UTF8.self))
    }

    /// Runs the CLI on the same database.
    func cli(_ arguments: [String]) throws -> CommandRunner.Result {
        try runner.run(arguments, environment: ["CORRIDOR_DB": databasePath, "COLUMNS": "120"], directory: folder)
    }
}

/// `text` percent-encoded for a query value.
func encoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
}
