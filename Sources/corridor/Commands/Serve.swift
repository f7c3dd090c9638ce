import ArgumentParser
import CorridorServer
import Dispatch
import Foundation

/// `corridor serve`: the HTTP API and the map page, until SIGINT or SIGTERM.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer route, compare and matrix requests over HTTP, with a map page.",
        discussion: """
            Serves the JSON API under /v1 (described by /v1/openapi.yaml) and a map page at /. Requests take the \
            options of route, compare and matrix by the same names (objective=time&modes=rail,ferry) and answer \
            with the JSON those commands print. The database is only read. Ctrl-C (SIGINT) or SIGTERM stops the \
            server after the requests in flight are answered.

            Examples:
              corridor serve
              curl 'http://127.0.0.1:8080/v1/route?from=Xian&to=Tehran&objective=time'
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The TCP port (0: any free port).", valueName: "port"))
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port).") }
    }

    func run() throws {
        try database.openForReading().close()   // the first run creates the per-user database; an old one is upgraded
        let server = CorridorServer(host: host, port: port, databasePath: database.location.path)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { address in
                    Terminal.write("corridor serves \(address) (API: \(address)v1/, stop with Ctrl-C)\n")
                }
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw CommandFailure(.failure, "Cannot serve on \(host):\(port): \(error).",
                                 hint: "Choose another --port, or stop the program using it.")
        }
    }

    /// The error the server task ended with, handed to the waiting thread.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Error?
        var error: Error? { lock.withLock { stored } }
        func set(_ error: Error) { lock.withLock { stored = error } }
    }
}
