import Foundation

/// A one-line progress note on standard error for work that can take seconds: "Importing x… done in 3.2 s".
///
/// On a terminal the line is completed in place; otherwise (a log, a test) the same two facts are written on two
/// lines, so captured output stays readable.
struct Progress {
    private let start = Date()
    private let interactive = Terminal.standardErrorIsTerminal

    init(_ what: String) {
        Terminal.writeError(interactive ? "\(what)…" : "\(what)…\n")
    }

    /// Ends the line with the elapsed time.
    func finish() {
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        Terminal.writeError(interactive ? " done in \(seconds) s\n" : "Done in \(seconds) s.\n")
    }
}
