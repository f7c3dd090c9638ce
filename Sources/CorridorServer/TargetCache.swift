import CorridorGraph
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// Networks and graphs loaded from the database, kept between requests and keyed by name and content version:
/// a request reads the stored version (one small query) and loads the data again only when it changed, so a
/// network re-imported while the server runs is picked up and a stale one is never served.
///
/// Thread-safe: one lock around two dictionaries; loading happens outside the lock (two requests may load the
/// same version at once, and either result is kept).
final class TargetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var networks: [String: (version: Int64, network: Network)] = [:]
    private var graphs: [String: (version: Int64, graph: StoredGraph)] = [:]
    private var hierarchies: [String: (version: Int64, hierarchy: ContractionHierarchy)] = [:]

    /// The network or graph `name` (the default network when `nil`) from `database`, cached by content version.
    /// Graphs are loaded with their coordinates.
    /// - Throws: ``StoreError`` when neither exists (suggesting the closest name of either kind) or the data cannot
    ///   be read.
    func target(named name: String?, in database: CorridorDatabase) throws -> RoutingTarget {
        let name = name ?? CorridorDatabase.defaultNetworkName
        switch try database.storedKind(ofName: name) {
        case .graph:
            let version = try database.graphSummary(named: name).contentVersion
            if let hit = lock.withLock({ graphs[name] }), hit.version == version { return .graph(hit.graph) }
            let graph = try database.storedGraph(named: name, withCoordinates: true)
            lock.withLock { graphs[name] = (graph.contentVersion, graph) }
            return .graph(graph)
        case .network:
            return .network(try network(named: name, in: database))
        }
    }

    /// The contraction hierarchy of `graph`: the one kept in the database, else built here once (the server
    /// never writes; `corridor import --ch` stores one), cached by the graph's content version.
    func hierarchy(of graph: StoredGraph, in database: CorridorDatabase) throws -> ContractionHierarchy {
        if let hit = lock.withLock({ hierarchies[graph.name] }), hit.version == graph.contentVersion { return hit.hierarchy }
        let hierarchy = try database.storedHierarchy(of: graph) ?? ContractionHierarchy(graph: graph.graph)
        lock.withLock { hierarchies[graph.name] = (graph.contentVersion, hierarchy) }
        return hierarchy
    }

    /// The network `name` (the default network when `nil`), cached by content version.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)`` when the database holds no such network.
    func network(named name: String?, in database: CorridorDatabase) throws -> Network {
        let name = name ?? CorridorDatabase.defaultNetworkName
        let version = try database.networkContentVersion(named: name)
        if let hit = lock.withLock({ networks[name] }), hit.version == version { return hit.network }
        let network = try database.network(named: name)
        lock.withLock { networks[name] = (version, network) }
        return network
    }
}
