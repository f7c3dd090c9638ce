/// The one place where the library's typed errors are given an exit status and a hint.
extension CommandFailure {
    /// Classifies any error thrown below a subcommand.
    init(_ error: Error) {
        self.init(.failure, String(describing: error))
    }
}
