/// What the database knows about one stored corridor network, without loading it.
public struct NetworkSummary: Sendable, Equatable {
    public var name: String
    public var placeCount: Int
    public var linkCount: Int
    public var crossingCount: Int
    public var transferCount: Int
    public var parameterCount: Int
    public var corridorCount: Int
    /// Changes on every import or replacement; keys the compiled-graph cache.
    public var contentVersion: Int64
    /// When it was imported, ISO 8601 in UTC.
    public var importedAt: String
}
