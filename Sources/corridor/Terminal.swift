import Foundation

/// The tool's only way to write: results to standard output, messages and progress to standard error.
///
/// Writes go straight to the file descriptors. When standard output cannot take the results (a full disk,
/// `> /dev/full`, a closed file), the tool says so in one sentence on standard error and exits with status 1: a
/// result is never silently cut short.
enum Terminal {
    /// Writes `text` to standard output as it is (add the newline yourself).
    static func write(_ text: String) {
        if let reason = writeAll(text, to: STDOUT_FILENO) {
            _ = writeAll("error: Cannot write the results to standard output: \(reason).\n"
                         + "hint: Check the disk space and the file or pipe the output goes to.\n", to: STDERR_FILENO)
            exit(ExitStatus.failure.rawValue)
        }
    }

    /// Writes `text` to standard error as it is; a message that cannot be written is dropped.
    static func writeError(_ text: String) {
        _ = writeAll(text, to: STDERR_FILENO)
    }

    /// Writes every byte of `text` to `descriptor`; returns the system's reason if it could not, else `nil`.
    private static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// `text` with its control characters (C0, DEL, C1) written as escapes (`\u{1B}`), so that a value quoted from
    /// an input file cannot move the cursor, clear the screen or forge lines in a message.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F ... 0x9F).contains(scalar.value) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether standard error is a terminal, so progress can redraw one line in place.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
