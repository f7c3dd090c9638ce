import CorridorModel

/// Scenarios: what-if files stored as imported, each tied to the network it applies to.
///
/// A scenario is checked on import by applying it to its network, so a stored scenario applied to its network
/// when it was imported. Replacing or deleting that network is refused while scenarios are on it, unless asked
/// for (see ``importNetwork(_:name:replace:keepingScenarios:)`` and ``deleteNetwork(named:withScenarios:)``).
extension CorridorDatabase {
    /// Stores the scenario file `text` as `name` on network `network`, in one transaction, after applying it to the
    /// network; `file` names the file in errors. With `replace`, a scenario of that name is swapped out.
    /// - Throws: ``NetworkError`` (with `file` and the line) if the text does not read or does not apply, and then
    ///   the file is left exactly as it was; ``StoreError/notFound(kind:name:path:suggestion:)`` for an unknown
    ///   network; ``StoreError/nameTaken(kind:name:path:)`` if `name` exists and `replace` is false.
    /// - Complexity: reading the network, then ``Scenario/apply(to:name:)``.
    @discardableResult
    public func importScenario(_ text: String, file: String, name: String, network: String,
                               replace: Bool = false) throws -> ScenarioSummary {
        let scenario = try Scenario(parsing: text, file: file)
        return try write {
            let base = try existingNetwork(named: network)
            _ = try scenario.apply(to: try self.network(named: network))
            if try ScenarioRecord.fetch(named: name, in: connection) != nil {
                guard replace else { throw StoreError.nameTaken(kind: "scenario", name: name, path: path) }
                try ScenarioRecord.delete(named: name, in: connection)
            }
            let record = ScenarioRecord(id: 0, name: name, networkID: base.id, sourceFile: file,
                                        changeCount: scenario.changes.count, text: text, importedAt: utcTimestamp())
            try record.insert(in: connection)
            return summary(of: record, network: base.name)
        }
    }

    /// Every stored scenario, by name.
    public func scenarios() throws -> [ScenarioSummary] {
        try read {
            let names = Dictionary(uniqueKeysWithValues: try NetworkRecord.fetchAll(in: connection).map { ($0.id, $0.name) })
            return try ScenarioRecord.fetchAll(in: connection).map { summary(of: $0, network: names[$0.networkID] ?? "") }
        }
    }

    /// The scenario stored as `name`.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    public func scenario(named name: String) throws -> ScenarioSummary {
        try read {
            let record = try existingScenario(named: name)
            return summary(of: record, network: try networkName(id: record.networkID))
        }
    }

    /// The text of scenario `name`, byte for byte as imported.
    public func scenarioText(named name: String) throws -> String {
        try read { try existingScenario(named: name).text }
    }

    /// The network scenario `name` applies to, with the scenario applied (it keeps the network's name).
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``, or ``NetworkError`` if the scenario no longer
    ///   applies (its network was replaced since).
    public func network(applying name: String) throws -> Network {
        try read {
            let record = try existingScenario(named: name)
            let base = try network(named: try networkName(id: record.networkID))
            return try Scenario(parsing: record.text, file: record.sourceFile).apply(to: base).network
        }
    }

    /// Deletes scenario `name`.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    public func deleteScenario(named name: String) throws {
        try write {
            _ = try existingScenario(named: name)
            try ScenarioRecord.delete(named: name, in: connection)
        }
    }

    // MARK: Helpers

    func existingScenario(named name: String) throws -> ScenarioRecord {
        if let record = try ScenarioRecord.fetch(named: name, in: connection) { return record }
        let names = try ScenarioRecord.fetchAll(in: connection).map(\.name)
        throw StoreError.notFound(kind: "scenario", name: name, path: path,
                                  suggestion: NameSuggestion.closest(to: name, among: names))
    }

    func networkName(id: Int64) throws -> String {
        guard let record = try NetworkRecord.fetchAll(in: connection).first(where: { $0.id == id }) else {
            throw StoreError.inconsistent(path: path, detail: "a scenario refers to network \(id), which is not stored")
        }
        return record.name
    }

    func summary(of record: ScenarioRecord, network: String) -> ScenarioSummary {
        ScenarioSummary(name: record.name, network: network, sourceFile: record.sourceFile,
                        changeCount: record.changeCount, importedAt: record.importedAt)
    }

    /// Refuses to drop network `record` while scenarios are on it, unless `allowed`; returns those scenarios.
    func scenarios(on record: NetworkRecord, allowed: Bool) throws -> [ScenarioRecord] {
        let scenarios = try ScenarioRecord.fetchAll(networkID: record.id, in: connection)
        if !scenarios.isEmpty && !allowed {
            throw StoreError.networkHasScenarios(network: record.name, scenarios: scenarios.map(\.name), path: path)
        }
        return scenarios
    }
}
