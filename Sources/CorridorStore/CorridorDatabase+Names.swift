/// What a stored name stands for. Graphs and networks share one set of names (an import refuses a name the other
/// kind holds), so a name given to `route`, `matrix` or `network show` means at most one of them.
public enum StoredKind: Sendable {
    case graph
    case network
}

extension CorridorDatabase {
    /// Whether `name` is a stored graph or a stored network (a graph when a damaged file holds both).
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)`` naming both kinds, with the closest stored name of
    ///   either kind as the suggestion, when it is neither.
    /// - Complexity: two indexed lookups; listing the names only when it is neither.
    public func storedKind(ofName name: String) throws -> StoredKind {
        try read {
            if try GraphRecord.fetch(named: name, in: connection) != nil { return .graph }
            if try NetworkRecord.fetch(named: name, in: connection) != nil { return .network }
            let names = try GraphRecord.fetchAll(in: connection).map(\.name)
                + NetworkRecord.fetchAll(in: connection).map(\.name)
            throw StoreError.notFound(kind: "network or graph", name: name, path: path,
                                      suggestion: NameSuggestion.closest(to: name, among: names))
        }
    }
}
