import CorridorService

/// What the server answers to one request: an HTTP status, a media type and the body's text.
struct Reply: Sendable {
    var status: Int
    var contentType: String
    var body: String

    static let jsonType = "application/json; charset=utf-8"

    /// A 200 answer holding `document` as the command line renders it.
    static func json(_ document: JSONValue, status: Int = 200) -> Reply {
        Reply(status: status, contentType: jsonType, body: document.rendered())
    }

    /// `{"error": …, "hint": …}` with the status the error's kind maps to (``ServiceError/httpStatus``).
    static func error(_ error: ServiceError) -> Reply {
        json(.object([("error", .string(error.message)), ("hint", error.hint.map(JSONValue.string) ?? .null)]),
             status: error.httpStatus)
    }
}

extension ServiceError {
    /// The HTTP status of each kind: 400 for a malformed or ambiguous request, 404 for an unknown place, network
    /// or graph, 422 when the request is understood but no route (or no answer on the stored data) exists, 500 for
    /// a damaged database and anything else, which is a bug or a broken installation.
    var httpStatus: Int {
        switch self {
        case .invalidRequest, .ambiguousName: 400
        case .unknownName, .missing: 404
        case .noRoute, .unanswerable: 422
        case .badData, .failure: 500
        }
    }
}
