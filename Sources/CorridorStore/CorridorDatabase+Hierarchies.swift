import CorridorGraph

/// Contraction hierarchies of plain graphs, kept in the compiled-graph cache beside the graph's own arrays: built
/// once per content version, dropped with it when the graph is imported again or deleted, and checked on load like
/// the graph's arrays (a hierarchy that fails ``ContractionHierarchy``'s invariants is ignored).
extension CorridorDatabase {
    /// The request shape of a stored hierarchy's arrays.
    static let hierarchyShape = "contraction-hierarchy-v1"

    /// The hierarchy stored for `stored`'s content version, or `nil` if there is none (or it is damaged).
    /// - Complexity: O(*n* + *m*): bulk copies and the invariant check.
    public func storedHierarchy(of stored: StoredGraph) throws -> ContractionHierarchy? {
        try read {
            let parts = try CompiledGraphRecord.index(contentVersion: stored.contentVersion,
                                                      shape: CorridorDatabase.hierarchyShape, in: connection)
            func load(_ part: String) throws -> [UInt32]? {
                guard let entry = parts[part] else { return nil }
                return try CompiledGraphRecord.read(UInt32.self, rowID: entry.rowID, byteCount: entry.byteCount, in: connection)
            }
            guard let rank = try load("rank"), let upFirst = try load("upFirst"), let upHead = try load("upHead"),
                  let upWeight = try load("upWeight"), let downFirst = try load("downFirst"),
                  let downTail = try load("downTail"), let downWeight = try load("downWeight"),
                  let unpackFirst = try load("unpackFirst"), let unpackSecond = try load("unpackSecond")
            else { return nil }
            return ContractionHierarchy(graph: stored.graph, rank: rank, upFirst: upFirst, upHead: upHead,
                                        upWeight: upWeight, downFirst: downFirst, downTail: downTail,
                                        downWeight: downWeight, unpackFirst: unpackFirst, unpackSecond: unpackSecond)
        }
    }

    /// Stores `hierarchy`, built from `stored`, under its content version, replacing any stored before; does
    /// nothing if the graph has changed since `stored` was read (the hierarchy would belong to no current graph).
    /// - Throws: ``StoreError/readOnly(path:)`` on a read-only connection.
    public func storeHierarchy(_ hierarchy: ContractionHierarchy, of stored: StoredGraph) throws {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        try write {
            guard try GraphRecord.fetch(named: stored.name, in: connection)?.contentVersion == stored.contentVersion
            else { return }
            func put(_ array: [UInt32], _ part: String) throws {
                try CompiledGraphRecord.insert(array, part: part, shape: CorridorDatabase.hierarchyShape,
                                               contentVersion: stored.contentVersion, ownerKind: "graph",
                                               ownerName: stored.name, in: connection)
            }
            try put(hierarchy.rank, "rank")
            try put(hierarchy.upFirst, "upFirst")
            try put(hierarchy.upHead, "upHead")
            try put(hierarchy.upWeight, "upWeight")
            try put(hierarchy.downFirst, "downFirst")
            try put(hierarchy.downTail, "downTail")
            try put(hierarchy.downWeight, "downWeight")
            try put(hierarchy.unpackFirst, "unpackFirst")
            try put(hierarchy.unpackSecond, "unpackSecond")
        }
    }

    /// The bytes of the hierarchy stored for graph `name`'s current content, or `nil` if none is stored.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    public func storedHierarchyByteCount(ofGraph name: String) throws -> Int? {
        try read {
            let record = try existingGraph(named: name)
            let parts = try CompiledGraphRecord.index(contentVersion: record.contentVersion,
                                                      shape: CorridorDatabase.hierarchyShape, in: connection)
            return parts.isEmpty ? nil : parts.values.reduce(0) { $0 + $1.byteCount }
        }
    }
}
