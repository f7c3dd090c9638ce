import Foundation

/// The tool's only way to write: results to standard output, messages and progress to standard error.
enum Terminal {
    /// Writes `text` to standard output as it is (add the newline yourself).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` to standard error as it is.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal, so progress can redraw one line in place.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
