import CorridorModel

/// Corridor networks: every table of the network files (sources and confidence included), stored row by row in
/// the network's own order, so that reading one back gives an equal ``Network``.
extension CorridorDatabase {
    /// Stores `network` as `name` (its own name by default) in one transaction; with `replace`, a network of that
    /// name is swapped out atomically (readers see the old one until the commit). A network with scenarios on it
    /// is replaced only with `keepingScenarios`, and they then apply to the new one.
    /// The network is stored as given: validate it first (``Network/load(from:name:)`` does).
    /// - Throws: ``StoreError/nameTaken(kind:name:path:)`` if `name` exists and `replace` is false;
    ///   ``StoreError/networkHasScenarios(network:scenarios:path:)``;
    ///   ``StoreError/nameUsedByOtherKind(kind:name:otherKind:path:)`` if a graph has that name.
    /// - Complexity: O(rows of the network).
    @discardableResult
    public func importNetwork(_ network: Network, name: String? = nil, replace: Bool = false,
                              keepingScenarios: Bool = false) throws -> NetworkSummary {
        let name = name ?? network.name
        let record = try write { () -> NetworkRecord in
            if try GraphRecord.fetch(named: name, in: connection) != nil {
                throw StoreError.nameUsedByOtherKind(kind: "network", name: name, otherKind: "graph", path: path)
            }
            var replaced: NetworkRecord?
            if let old = try NetworkRecord.fetch(named: name, in: connection) {
                guard replace else { throw StoreError.nameTaken(kind: "network", name: name, path: path) }
                if try !scenarios(on: old, allowed: keepingScenarios).isEmpty {
                    try connection.execute("PRAGMA defer_foreign_keys = ON")   // until the scenarios move, below
                    replaced = old
                }
                try NetworkRecord.delete(old, in: connection)
            }
            let record = try NetworkRecord.insert(name: name, contentVersion: try VersionCounterRecord.issue(in: connection),
                                                  importedAt: utcTimestamp(), in: connection)
            if let replaced { try ScenarioRecord.move(fromNetwork: replaced.id, toNetwork: record.id, in: connection) }
            try PlaceRecord.insertAll(network.places, networkID: record.id, in: connection)
            try PlaceAlternativeNameRecord.insertAll(of: network.places, networkID: record.id, in: connection)
            try LinkRecord.insertAll(network.links, networkID: record.id, in: connection)
            try BorderCrossingRecord.insertAll(network.crossings, networkID: record.id, in: connection)
            try TransferRecord.insertAll(network.transfers, networkID: record.id, in: connection)
            try ParameterRecord.insertAll(network.parameters, networkID: record.id, in: connection)
            try CorridorRecord.insertAll(network.corridors, networkID: record.id, in: connection)
            try CorridorPlaceRecord.insertAll(of: network.corridors, networkID: record.id, in: connection)
            return record
        }
        return try read { try summary(of: record) }
    }

    /// The network stored as `name`, named `name`.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``, or ``StoreError/inconsistent(path:detail:)``
    ///   if its rows were edited into values this build does not know.
    public func network(named name: String) throws -> Network {
        try read {
            let record = try existingNetwork(named: name)
            var places = try PlaceRecord.fetchAll(networkID: record.id, in: connection)
            try PlaceAlternativeNameRecord.attach(to: &places, networkID: record.id, in: connection)
            var corridors = try CorridorRecord.fetchAll(networkID: record.id, in: connection)
            try CorridorPlaceRecord.attach(to: &corridors, networkID: record.id, in: connection)
            return Network(name: record.name, places: places,
                           links: try LinkRecord.fetchAll(networkID: record.id, in: connection),
                           crossings: try BorderCrossingRecord.fetchAll(networkID: record.id, in: connection),
                           transfers: try TransferRecord.fetchAll(networkID: record.id, in: connection),
                           parameters: try ParameterRecord.fetchAll(networkID: record.id, in: connection),
                           corridors: corridors)
        }
    }

    /// The only stored network.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)`` if none is stored,
    ///   ``StoreError/ambiguousNetwork(path:names:)`` if several are.
    public func network() throws -> Network {
        let names = try networks().map(\.name)
        guard names.count == 1 else {
            if names.isEmpty { throw StoreError.noNetwork(path: path) }
            throw StoreError.ambiguousNetwork(path: path, names: names)
        }
        return try network(named: names[0])
    }

    /// Every stored network, by name, with its row counts.
    public func networks() throws -> [NetworkSummary] {
        try read { try NetworkRecord.fetchAll(in: connection).map(summary(of:)) }
    }

    /// The content version of network `name`: it changes whenever the network is imported again, so compiled
    /// graphs keyed by it are never stale.
    public func networkContentVersion(named name: String) throws -> Int64 {
        try read { try existingNetwork(named: name).contentVersion }
    }

    /// Deletes network `name`, its rows and its compiled graphs; with `withScenarios`, the scenarios on it too.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``;
    ///   ``StoreError/networkHasScenarios(network:scenarios:path:)`` if scenarios are on it and `withScenarios` is false.
    public func deleteNetwork(named name: String, withScenarios: Bool = false) throws {
        try write {
            let record = try existingNetwork(named: name)
            for scenario in try scenarios(on: record, allowed: withScenarios) {
                try ScenarioRecord.delete(named: scenario.name, in: connection)
            }
            try NetworkRecord.delete(record, in: connection)
        }
    }

    // MARK: Helpers

    func existingNetwork(named name: String) throws -> NetworkRecord {
        if let record = try NetworkRecord.fetch(named: name, in: connection) { return record }
        let names = try NetworkRecord.fetchAll(in: connection).map(\.name)
        throw StoreError.notFound(kind: "network", name: name, path: path,
                                  suggestion: NameSuggestion.closest(to: name, among: names))
    }

    func summary(of record: NetworkRecord) throws -> NetworkSummary {
        NetworkSummary(name: record.name,
                       placeCount: try PlaceRecord.count(networkID: record.id, in: connection),
                       linkCount: try LinkRecord.count(networkID: record.id, in: connection),
                       crossingCount: try BorderCrossingRecord.count(networkID: record.id, in: connection),
                       transferCount: try TransferRecord.count(networkID: record.id, in: connection),
                       parameterCount: try ParameterRecord.count(networkID: record.id, in: connection),
                       corridorCount: try CorridorRecord.count(networkID: record.id, in: connection),
                       contentVersion: record.contentVersion, importedAt: record.importedAt)
    }
}
