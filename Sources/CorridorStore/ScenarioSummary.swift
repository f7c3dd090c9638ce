/// What the database knows about one stored scenario, without applying it.
public struct ScenarioSummary: Sendable, Equatable {
    public var name: String
    /// The network the scenario applies to.
    public var network: String
    /// The file it was imported from, as named on import.
    public var sourceFile: String
    public var changeCount: Int
    /// When it was imported, ISO 8601 in UTC.
    public var importedAt: String
}
