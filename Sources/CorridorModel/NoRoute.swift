/// Why a request has no route, in words a user can act on.
public struct NoRoute: Error, Sendable, Hashable, CustomStringConvertible {
    public var from: Place.ID
    public var to: Place.ID
    public var reason: String
    public var description: String { "No route from '\(from)' to '\(to)': \(reason)." }
}
