import CorridorModel
import CorridorNetworks
import CorridorStore

/// What a request routes on: a corridor network, or an imported plain graph (`--network NAME` names either).
public enum RoutingTarget: Sendable {
    case network(Network)
    case graph(StoredGraph)
}

extension CorridorDatabase {
    /// The name used when a request names no network: the bundled Central Asian network.
    public static var defaultNetworkName: String { BundledNetwork.centralAsiaName }

    /// The stored network `name`, or the default one when `name` is `nil`.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)`` when the database holds no such network.
    public func network(orDefault name: String?) throws -> Network {
        try network(named: name ?? Self.defaultNetworkName)
    }

    /// The graph or network called `name` (the default network when `nil`), as ``storedKind(ofName:)`` tells.
    /// `withCoordinates` loads a graph's node coordinates too (A*, GeoJSON and maps need them), `withReverseArcs`
    /// its reverse arcs (bidirectional search and K shortest paths need them).
    /// - Throws: ``StoreError`` when neither exists (suggesting the closest name of either kind) or the data cannot
    ///   be read.
    public func routingTarget(named name: String?, withCoordinates: Bool, withReverseArcs: Bool) throws -> RoutingTarget {
        let name = name ?? Self.defaultNetworkName
        switch try storedKind(ofName: name) {
        case .graph:
            return .graph(try storedGraph(named: name, withCoordinates: withCoordinates, withReverseArcs: withReverseArcs))
        case .network: return .network(try network(named: name))
        }
    }
}
