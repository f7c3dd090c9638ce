import CorridorService

/// The one place where the library's typed errors are given an exit status. ``ServiceError/init(_:)`` sorts the
/// modules' errors into kinds and gives them hints; the server maps the same kinds to HTTP statuses.
extension CommandFailure {
    /// Classifies any error thrown below a subcommand. The message and hint are the library's own.
    init(_ error: Error) {
        let error = ServiceError(error)
        let status: ExitStatus
        switch error {
        case .invalidRequest: status = .usage
        case .unknownName, .ambiguousName, .badData, .unanswerable: status = .dataError
        case .missing: status = .missingInput
        case .noRoute: status = .noRoute
        case .failure: status = .failure
        }
        self.init(status, error.message, hint: error.hint)
    }
}
