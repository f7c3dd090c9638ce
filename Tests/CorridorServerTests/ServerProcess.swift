import CorridorTestSupport
import Foundation
import Testing
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

extension ServerProcess {
    /// GETs `path`, expects `status`, and checks the answer against `openapi.yaml`'s schema for `template`; an error
    /// answer must carry a sentence.
    @discardableResult
    func expect(_ path: String, _ status: Int, template: String,
                sourceLocation: SourceLocation = #_sourceLocation) async throws -> Answer {
        let answer = try await get(path)
        #expect(answer.status == status, "\(path): \(answer)", sourceLocation: sourceLocation)
        let document = try #require(OpenAPIDocument.served, "openapi.yaml does not read")
        let problems = document.problems(path: template, status: answer.status, contentType: answer.contentType,
                                         body: Data(answer.body.utf8))
        #expect(problems.isEmpty, "\(path): \(problems.prefix(5))", sourceLocation: sourceLocation)
        if status >= 400 {
            let error = try answer.object()
            #expect((error["error"] as? String)?.isEmpty == false, "\(path): \(answer)", sourceLocation: sourceLocation)
        }
        return answer
    }

    /// GETs `path` as ``expect(_:_:template:sourceLocation:)`` does for a 200, and expects the body to be byte for
    /// byte what the command line prints for `arguments` on the same database.
    @discardableResult
    func expectSameAsCommandLine(_ path: String, template: String, _ arguments: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> Answer {
        let answer = try await expect(path, 200, template: template, sourceLocation: sourceLocation)
        let result = try cli(arguments)
        #expect(result.status == 0, "\(arguments): \(result)", sourceLocation: sourceLocation)
        #expect(answer.body == result.stdout, "\(path) differs from corridor \(arguments.joined(separator: " "))",
                sourceLocation: sourceLocation)
        return answer
    }
}
