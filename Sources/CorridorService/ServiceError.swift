import CorridorImport
import CorridorModel
import CorridorStore

/// Why a request cannot be answered: a sentence that names the thing and quotes the value, a hint at a way out, and
/// a kind, which the tool maps to an exit status and the server to an HTTP status.
///
/// ``init(_:)`` is the one place where the library modules' errors (``NetworkError``, ``StoreError``,
/// ``ImportError``) are sorted into these kinds and given hints.
public enum ServiceError: Error, Sendable, CustomStringConvertible {
    /// The request is malformed: a value out of range, options that contradict each other.
    case invalidRequest(String, hint: String? = nil)
    /// A place, corridor or node named by the request matches nothing.
    case unknownName(String, hint: String? = nil)
    /// A place name matches several places.
    case ambiguousName(String, hint: String? = nil)
    /// A database, network, graph or file named does not exist.
    case missing(String, hint: String? = nil)
    /// The places are known but no route joins them under the request's constraints.
    case noRoute(String, hint: String? = nil)
    /// Stored or input data is malformed or inconsistent.
    case badData(String, hint: String? = nil)
    /// The stored data lacks what this request needs, such as coordinates for A* or for a map.
    case unanswerable(String, hint: String? = nil)
    /// Anything else, such as a file that cannot be read or written.
    case failure(String, hint: String? = nil)

    /// The sentence, without the hint.
    public var message: String {
        switch self {
        case .invalidRequest(let message, _), .unknownName(let message, _), .ambiguousName(let message, _),
             .missing(let message, _), .noRoute(let message, _), .badData(let message, _),
             .unanswerable(let message, _), .failure(let message, _):
            message
        }
    }

    /// What to try instead, if anything better than the message is known.
    public var hint: String? {
        switch self {
        case .invalidRequest(_, let hint), .unknownName(_, let hint), .ambiguousName(_, let hint),
             .missing(_, let hint), .noRoute(_, let hint), .badData(_, let hint), .unanswerable(_, let hint),
             .failure(_, let hint):
            hint
        }
    }

    public var description: String { message }

    /// Sorts any error thrown below a request into a kind; the message is the library's own description.
    public init(_ error: any Error) {
        switch error {
        case let error as ServiceError: self = error
        case let error as NetworkError: self = ServiceError(network: error)
        case let error as StoreError: self = ServiceError(store: error)
        case let error as ImportError: self = error.isCannotOpen ? .missing(error.description) : .badData(error.description)
        default: self = .failure(String(describing: error))
        }
    }

    private init(network error: NetworkError) {
        let message = error.description
        switch error {
        case .missingFile:
            self = .missing(message)
        case .unknownPlaceName:
            self = .unknownName(message, hint: ServiceError.placesHint)
        case .ambiguousPlaceName:
            self = .ambiguousName(message, hint: ServiceError.placesHint)
        case .unknownCorridor:
            self = .unknownName(message, hint: "'corridor network show' lists the corridors.")
        case .invalidRequest:
            self = .invalidRequest(message)
        case .cannotWrite, .workLimit:
            self = .failure(message)
        default:   // everything else is a flaw in the network's files or rows
            self = .badData(message)
        }
    }

    private static let placesHint = "Places are ids, names or alternative names; 'corridor network show' lists them."

    private init(store error: StoreError) {
        let message = error.description
        switch error {
        case .missingDatabase:
            self = .missing(message, hint: "Leave out --db to use the per-user database, "
                            + "or create this one with 'corridor import'.")
        case .notFound(let kind, _, _, _):
            self = .missing(message, hint: kind == "scenario"
                            ? "'corridor scenario list' shows the stored scenarios."
                            : "'corridor network list' shows what the database holds.")
        case .nameTaken:
            self = .failure(message, hint: "Add --replace to replace it, or choose another --name.")
        case .networkHasScenarios:
            self = .failure(message, hint: "'corridor network delete NAME --with-scenarios' deletes them too; "
                            + "'corridor import network FOLDER --replace --keep-scenarios' keeps them on the new network.")
        case .nameUsedByOtherKind:
            self = .failure(message, hint: "Choose another --name.")
        case .notADatabase, .corrupt, .foreignDatabase, .newerSchema, .inconsistent, .graphTooLarge:
            self = .badData(message)
        default:   // cannot open or write the file, SQLite failures
            self = .failure(message)
        }
    }
}

extension ImportError {
    fileprivate var isCannotOpen: Bool {
        if case .cannotOpen = self { return true }
        return false
    }
}
