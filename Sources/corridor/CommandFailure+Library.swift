import CorridorImport
import CorridorModel
import CorridorStore

/// The one place where the library's typed errors are given an exit status and, where the tool knows a better way
/// out than the library can, a hint naming the option to use.
extension CommandFailure {
    /// Classifies any error thrown below a subcommand. The message is the library's own description.
    init(_ error: Error) {
        switch error {
        case let error as NetworkError: self = CommandFailure(network: error)
        case let error as StoreError: self = CommandFailure(store: error)
        case let error as ImportError: self = CommandFailure(importing: error)
        default: self.init(.failure, String(describing: error))
        }
    }

    private init(network error: NetworkError) {
        let message = error.description
        switch error {
        case .missingFile:
            self.init(.missingInput, message)
        case .unknownPlaceName, .ambiguousPlaceName:
            self.init(.dataError, message, hint: "Places are ids, names or alternative names; "
                      + "'corridor network show' lists them.")
        case .unknownCorridor:
            self.init(.dataError, message, hint: "'corridor network show' lists the corridors.")
        case .invalidRequest:
            self.init(.usage, message)
        case .cannotWrite:
            self.init(.failure, message)
        default:   // everything else is a flaw in the network's files or rows
            self.init(.dataError, message)
        }
    }

    private init(store error: StoreError) {
        let message = error.description
        switch error {
        case .missingDatabase:
            self.init(.missingInput, message, hint: "Leave out --db to use the per-user database, "
                      + "or create this one with 'corridor import'.")
        case .notFound:
            self.init(.missingInput, message, hint: "'corridor network list' shows what the database holds.")
        case .nameTaken:
            self.init(.failure, message, hint: "Add --replace to replace it, or choose another --name.")
        case .notADatabase, .corrupt, .foreignDatabase, .newerSchema, .inconsistent, .graphTooLarge:
            self.init(.dataError, message)
        default:   // cannot open or write the file, SQLite failures
            self.init(.failure, message)
        }
    }

    private init(importing error: ImportError) {
        switch error {
        case .cannotOpen:
            self.init(.missingInput, error.description)
        default:
            self.init(.dataError, error.description)
        }
    }
}
