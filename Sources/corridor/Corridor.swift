import ArgumentParser
import Foundation

/// The root command: lists the subcommands, documents the exit statuses, and turns every error into a message on
/// standard error and an exit status (see `CommandFailure`).
@main
struct Corridor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "Plan freight routes across the Eurasian land corridors.",
        discussion: """
            Without --db, corridor keeps its data in a per-user database ($CORRIDOR_DB if set, else \
            $XDG_DATA_HOME/corridor/corridor.sqlite, else ~/.local/share/corridor/corridor.sqlite), created on \
            first use from the bundled Central Asian network.

            EXIT STATUS:
            \(ExitStatus.table)
            """,
        version: "0.1.0",
        subcommands: [
            Route.self, Compare.self, Matrix.self, NetworkCommand.self, ScenarioCommand.self, ImportCommand.self, Bench.self,
            Serve.self,
        ]
    )

    /// Parses the command line, runs the chosen subcommand and exits with the documented status.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)   // help, version and usage errors: argument-parser's own text and status
        }
        do {
            try command.run()
        } catch let error where isArgumentParserError(error) {
            exit(withError: error)   // e.g. `corridor` alone, which prints the help
        } catch {
            let failure = error as? CommandFailure ?? CommandFailure(error)
            Terminal.writeError(failure.report)
            exit(withError: failure.status.exitCode)
        }
    }

    /// Errors argument-parser reports itself: help requests, usage errors and explicit exit codes.
    private static func isArgumentParserError(_ error: Error) -> Bool {
        error is ExitCode || error is CleanExit || error is ValidationError
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
