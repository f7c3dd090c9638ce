import CorridorModel
import CorridorStore

/// A stored scenario with its changes (`corridor scenario show`, `/v1/scenarios/{name}`), and the one JSON encoding
/// of scenarios for the tool and the server.
public struct ScenarioDetail: Sendable {
    public let summary: ScenarioSummary
    /// The changes, in file order, each with its line, note and source.
    public let scenario: Scenario

    /// The summary's fields and `changes`: one `{line, change, target, id, column, value, note, source}` per change
    /// (`column` and `value` empty where the change has none).
    public func json() -> JSONValue {
        guard case .object(var members) = summary.json() else { return summary.json() }
        members.append(("changes", .array(scenario.changes.map { change in
            .object([("line", .integer(change.line)), ("change", .string(change.action.rawValue)),
                     ("target", .string(change.target.rawValue)), ("id", .string(change.id)),
                     ("column", .string(change.column)), ("value", .string(change.value)),
                     ("note", .string(change.note)), ("source", .string(change.source))])
        })))
        return .object(members)
    }
}

extension ScenarioSummary {
    /// `{name, network, changeCount, file, importedAt}`.
    public func json() -> JSONValue {
        .object([("name", .string(name)), ("network", .string(network)), ("changeCount", .integer(changeCount)),
                 ("file", .string(sourceFile)), ("importedAt", .string(importedAt))])
    }

    /// `{scenarios: [...]}`, each as ``json()`` writes it.
    public static func listJSON(_ scenarios: [ScenarioSummary]) -> JSONValue {
        .object([("scenarios", .array(scenarios.map { $0.json() }))])
    }
}

extension CorridorDatabase {
    /// The stored scenarios, by name; only those on network `network` when it is given.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)`` when `network` names no stored network.
    public func scenarios(on network: String?) throws -> [ScenarioSummary] {
        guard let network else { return try scenarios() }
        _ = try networkContentVersion(named: network)   // throws the store's "no network named …, did you mean"
        return try scenarios().filter { $0.network == network }
    }

    /// Scenario `name` with its changes, read from the stored file.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``; ``NetworkError`` if the stored text no longer reads.
    public func scenarioDetail(named name: String) throws -> ScenarioDetail {
        let summary = try scenario(named: name)
        return ScenarioDetail(summary: summary, scenario: try Scenario(parsing: try scenarioText(named: name), file: summary.sourceFile))
    }
}
