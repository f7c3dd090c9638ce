import CorridorGraph

/// Contraction hierarchies of plain graphs, kept in the compiled-graph cache beside the graph's own arrays: built
/// once per content version, dropped with it when the graph is imported again or deleted. On load the parts must
/// match the checksum written with them and pass ``ContractionHierarchy``'s structural checks; otherwise the
/// hierarchy is ignored (and built again by whoever needs it), never trusted.
extension CorridorDatabase {
    /// The request shape of a stored hierarchy's arrays. v2: arcs as (end, weight) words and unpacking pairs, with
    /// a checksum; a hierarchy stored as v1 (separate arrays) is never read, so it is built again and stored as v2.
    static let hierarchyShape = "contraction-hierarchy-v2"
    /// Older shapes of the hierarchy, deleted when a new one is stored.
    static let retiredHierarchyShapes = ["contraction-hierarchy-v1"]
    /// The parts of a stored hierarchy, in the order the checksum covers them.
    static let hierarchyParts = ["rank", "upFirst", "upArcs", "downFirst", "downArcs", "unpack"]

    /// The hierarchy stored for `stored`'s content version, or `nil` if there is none, or it is damaged (a part
    /// missing or of odd size, a checksum that does not match, a structural check that fails).
    /// A large hierarchy is read and checked on two threads (``readCompiledParts(_:contentVersion:shape:)``).
    /// - Complexity: O(*n* + *m*): bulk copies, one checksum pass and sequential structural checks.
    public func storedHierarchy(of stored: StoredGraph) throws -> ContractionHierarchy? {
        let rank = CompiledPart<UInt32>("rank"), upFirst = CompiledPart<UInt32>("upFirst")
        let upArcs = CompiledPart<UInt64>("upArcs"), downFirst = CompiledPart<UInt32>("downFirst")
        let downArcs = CompiledPart<UInt64>("downArcs"), unpack = CompiledPart<UInt64>("unpack")
        let checksum = CompiledPart<UInt64>("checksum")
        try read {
            try readCompiledParts([rank, upFirst, upArcs, downFirst, downArcs, unpack, checksum],
                                  contentVersion: stored.contentVersion, shape: CorridorDatabase.hierarchyShape)
        }
        guard let rank = rank.array, let upFirst = upFirst.array, let upArcs = upArcs.array,
              let downFirst = downFirst.array, let downArcs = downArcs.array, let unpack = unpack.array,
              checksum.array == [Self.hierarchyChecksum(rank, upFirst, upArcs, downFirst, downArcs, unpack)]
        else { return nil }
        let large = 8 * (upArcs.count + downArcs.count + unpack.count) >= parallelReadBytes
        return ContractionHierarchy(graph: stored.graph, rank: rank, upFirst: upFirst, upArcs: upArcs,
                                    downFirst: downFirst, downArcs: downArcs, unpack: unpack,
                                    runningChecks: large ? TwoThreads.checkRunner : ContractionHierarchy.sequentially)
    }

    /// Stores `hierarchy`, built from `stored`, under its content version with the checksum of its parts, replacing
    /// any stored before (in this or an older shape); does nothing if the graph has changed since `stored` was read
    /// (the hierarchy would belong to no current graph).
    /// - Throws: ``StoreError/readOnly(path:)`` on a read-only connection.
    public func storeHierarchy(_ hierarchy: ContractionHierarchy, of stored: StoredGraph) throws {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        try write {
            guard try GraphRecord.fetch(named: stored.name, in: connection)?.contentVersion == stored.contentVersion
            else { return }
            for shape in CorridorDatabase.retiredHierarchyShapes {
                try CompiledGraphRecord.delete(contentVersion: stored.contentVersion, shape: shape, in: connection)
            }
            func put<T: BitwiseCopyable>(_ array: [T], _ part: String) throws {
                try CompiledGraphRecord.insert(array, part: part, shape: CorridorDatabase.hierarchyShape,
                                               contentVersion: stored.contentVersion, ownerKind: "graph",
                                               ownerName: stored.name, in: connection)
            }
            let h = hierarchy
            try put(h.rank, "rank")
            try put(h.upFirst, "upFirst")
            try put(h.upArcs, "upArcs")
            try put(h.downFirst, "downFirst")
            try put(h.downArcs, "downArcs")
            try put(h.unpack, "unpack")
            try put([Self.hierarchyChecksum(h.rank, h.upFirst, h.upArcs, h.downFirst, h.downArcs, h.unpack)], "checksum")
        }
    }

    /// The bytes of the hierarchy stored for graph `name`'s current content (its checksum not counted), or `nil`
    /// if none is stored.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    public func storedHierarchyByteCount(ofGraph name: String) throws -> Int? {
        try read {
            let record = try existingGraph(named: name)
            let parts = try CompiledGraphRecord.index(contentVersion: record.contentVersion,
                                                      shape: CorridorDatabase.hierarchyShape, in: connection)
            return parts.isEmpty ? nil : CorridorDatabase.hierarchyParts.reduce(0) { $0 + (parts[$1]?.byteCount ?? 0) }
        }
    }

    /// The checksum of a hierarchy's parts (``BlobChecksum`` over each part's bytes, in order).
    static func hierarchyChecksum(_ rank: [UInt32], _ upFirst: [UInt32], _ upArcs: [UInt64], _ downFirst: [UInt32],
                                  _ downArcs: [UInt64], _ unpack: [UInt64]) -> UInt64 {
        var checksum = BlobChecksum()
        checksum.add(rank)
        checksum.add(upFirst)
        checksum.add(upArcs)
        checksum.add(downFirst)
        checksum.add(downArcs)
        checksum.add(unpack)
        return checksum.value
    }
}
