/// An error the tool reports itself: one sentence, a hint, and the exit status to end with.
///
/// Every error that leaves a subcommand is turned into one of these by `CommandFailure.init(_:)`,
/// the single place where library errors meet exit statuses.
struct CommandFailure: Error, CustomStringConvertible {
    var status: ExitStatus
    var message: String
    var hint: String?

    init(_ status: ExitStatus, _ message: String, hint: String? = nil) {
        self.status = status
        self.message = message
        self.hint = hint
    }

    var description: String { message }

    /// The text written to standard error: the message, then the hint on a line of its own, each with its control
    /// characters escaped (a message may quote bytes of an input file).
    var report: String {
        var text = "error: \(Terminal.printable(message))\n"
        if let hint { text += "hint: \(Terminal.printable(hint))\n" }
        return text
    }
}
