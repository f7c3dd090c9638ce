/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar {
    private let enabled = Terminal.standardErrorIsTerminal
    private var drawn = false

    func note(_ text: String) {
        guard enabled else { return }
        Terminal.writeError("\r\u{1B}[K\(text)")
        drawn = true
    }

    func update(_ label: String, _ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30, filled = done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        Terminal.writeError("\r\u{1B}[K\(label) \(bar) \(done)/\(total)")
        drawn = true
    }

    func finish() {
        if drawn { Terminal.writeError("\r\u{1B}[K") }
        drawn = false
    }
}
