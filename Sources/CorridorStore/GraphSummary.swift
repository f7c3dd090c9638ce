/// What the database knows about one stored plain graph, without loading it.
public struct GraphSummary: Sendable, Equatable {
    /// The file format a graph was imported from.
    public enum Format: String, Sendable, Equatable {
        case dimacs
        case edgeList
    }

    public var name: String
    /// The file name it was imported from (without folders).
    public var sourceFile: String
    public var format: Format
    /// Whether each edge was made into arcs in both directions.
    public var undirected: Bool
    public var nodeCount: Int
    /// Input rows (DIMACS arcs, edge-list lines).
    public var edgeCount: Int
    /// Arcs of the routing graph.
    public var arcCount: Int
    /// Weight units per cost unit.
    public var unitScale: Int
    /// Whether every cost had at most three decimals, so weights convert back without loss.
    public var exactCosts: Bool
    public var hasCoordinates: Bool
    /// Changes on every import or replacement; keys the compiled-graph cache.
    public var contentVersion: Int64
    /// When it was imported, ISO 8601 in UTC.
    public var importedAt: String
}

extension GraphSummary {
    init(_ record: GraphRecord) {
        self.init(name: record.name, sourceFile: record.sourceFile, format: Format(rawValue: record.format) ?? .edgeList,
                  undirected: record.undirected, nodeCount: record.nodeCount, edgeCount: record.edgeCount,
                  arcCount: record.arcCount, unitScale: record.unitScale, exactCosts: record.exactCosts,
                  hasCoordinates: record.hasCoordinates, contentVersion: record.contentVersion,
                  importedAt: record.importedAt)
    }
}
