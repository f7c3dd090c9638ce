import CorridorGraph
import CorridorImport

/// Plain graphs: import from DIMACS or a pgRouting edge list, list, load (from the compiled-graph cache when it is
/// current), delete.
extension CorridorDatabase {
    /// The request shape of a plain graph's compiled arrays: the CSR arrays of ``Graph`` and the id maps.
    static let plainGraphShape = "graph-csr-v2"   // v2: undirected rows keep their reverse cost, as pgRouting

    /// Imports a DIMACS shortest-path graph (`.gr`, plain or gzip) and optionally its coordinates (`.co`) as `name`.
    /// Node ids stay the file's (1…n); each arc is an edge whose id is its ordinal among the `a` lines.
    /// - Throws: ``ImportError`` for a malformed file (nothing is written), ``StoreError/nameTaken(kind:name:path:)``
    ///   if `name` exists and `replace` is false.
    /// - Complexity: O(*n* + *m*): parse, one transaction of *n* + *m* rows plus the compiled arrays.
    @discardableResult
    public func importDIMACS(name: String, graph graphFile: String, coordinatesFile: String? = nil,
                             replace: Bool = false) throws -> GraphSummary {
        try refuseTakenName(name, replace: replace)
        let parsed = try DIMACSReader.readGraph(at: graphFile)
        let coordinates = try coordinatesFile.map { try DIMACSReader.readCoordinates(at: $0, nodeCount: parsed.nodeCount) }
        return try importGraph(EdgeList(parsed, coordinates: coordinates), name: name, sourceFile: graphFile,
                               format: .dimacs, undirected: false, replace: replace)
    }

    /// Imports a pgRouting edge list (`id,source,target,cost[,reverse_cost][,x1,y1,x2,y2]`, see ``EdgeListReader``)
    /// as `name`; `undirected` reads rows as pgRouting does (``EdgeList/arcs(undirected:)``).
    /// - Throws: ``ImportError`` naming file, line, column and value (nothing is written),
    ///   ``StoreError/nameTaken(kind:name:path:)`` if `name` exists and `replace` is false.
    @discardableResult
    public func importEdgeList(name: String, file: String, undirected: Bool = false,
                               replace: Bool = false) throws -> GraphSummary {
        try refuseTakenName(name, replace: replace)
        let list = try EdgeListReader.read(at: file)
        return try importGraph(list, name: name, sourceFile: file, format: .edgeList, undirected: undirected,
                               replace: replace)
    }

    /// Stores `list` as graph `name` in one transaction, with its compiled arrays; with `replace`, an existing graph
    /// of that name is swapped out atomically (readers see the old one until the commit). A network's name is
    /// refused (``StoreError/nameUsedByOtherKind(kind:name:otherKind:path:)``), with or without `replace`.
    @discardableResult
    public func importGraph(_ list: EdgeList, name: String, sourceFile: String, format: GraphSummary.Format,
                            undirected: Bool, replace: Bool = false) throws -> GraphSummary {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        let (arcs, edgeIndex) = list.arcs(undirected: undirected)
        guard list.nodeCount < Int(UInt32.max), arcs.count < Int(UInt32.max) else {
            throw StoreError.graphTooLarge(name: name, nodeCount: list.nodeCount, arcCount: arcs.count)
        }
        let graph = Graph(nodeCount: list.nodeCount, arcs: arcs)
        let fileName = String(sourceFile.split(separator: "/").last ?? Substring(sourceFile))
        let record = try write { () -> GraphRecord in
            if try NetworkRecord.fetch(named: name, in: connection) != nil {
                throw StoreError.nameUsedByOtherKind(kind: "graph", name: name, otherKind: "network", path: path)
            }
            if let old = try GraphRecord.fetch(named: name, in: connection) {
                guard replace else { throw StoreError.nameTaken(kind: "graph", name: name, path: path) }
                try GraphRecord.delete(id: old.id, contentVersion: old.contentVersion, in: connection)
            }
            let version = try VersionCounterRecord.issue(in: connection)
            let record = try GraphRecord(
                id: 0, name: name, sourceFile: fileName, format: format.rawValue, undirected: undirected,
                nodeCount: list.nodeCount, edgeCount: list.edges.count, arcCount: arcs.count,
                unitScale: list.unitScale, exactCosts: list.exactCosts, hasCoordinates: list.coordinates != nil,
                contentVersion: version, importedAt: utcTimestamp()
            ).inserted(in: connection)
            try GraphNodeRecord.insertAll(of: list, graphID: record.id, in: connection)
            try GraphEdgeRecord.insertAll(of: list, graphID: record.id, in: connection)
            let compiled = StoredGraph(name: name, list: list, undirected: undirected, graph: graph,
                                       edgeIndex: edgeIndex, contentVersion: version)
            try writeCompiled(compiled, in: connection)
            return record
        }
        return GraphSummary(record)
    }

    /// Every stored graph, by name.
    public func graphs() throws -> [GraphSummary] {
        try read { try GraphRecord.fetchAll(in: connection).map(GraphSummary.init) }
    }

    /// The summary of graph `name`.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    public func graphSummary(named name: String) throws -> GraphSummary {
        try read { GraphSummary(try existingGraph(named: name)) }
    }

    /// Loads graph `name`, ready to search: from its compiled arrays when they match its current content version,
    /// otherwise rebuilt from the rows (and, on a writable connection, the arrays are stored again for next time).
    /// Skip `withCoordinates` when the search needs no geographic bound, and `withReverseArcs` when it runs forward
    /// only (see ``Graph``: a graph read without them cannot run bidirectional or K-shortest-path searches); each
    /// saves reading arrays (the reverse arcs are about half of a graph's). A graph rebuilt from its rows has both.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    /// - Complexity: O(*n* + *m*) either way; from the cache it is a few bulk copies and a validity check.
    public func storedGraph(named name: String, withCoordinates: Bool = true,
                            withReverseArcs: Bool = true) throws -> StoredGraph {
        let (stored, record) = try read { () -> (StoredGraph, GraphRecord) in
            let record = try existingGraph(named: name)
            if let cached = try readCompiled(record, withCoordinates: withCoordinates, withReverseArcs: withReverseArcs) {
                return (cached, record)
            }
            let nodes = try GraphNodeRecord.fetchAll(graphID: record.id, nodeCount: record.nodeCount,
                                                     withCoordinates: record.hasCoordinates, in: connection)
            let edges = try GraphEdgeRecord.fetchAll(graphID: record.id, edgeCount: record.edgeCount,
                                                     nodeCount: record.nodeCount, in: connection)
            let list = EdgeList(nodeInputIDs: nodes.inputIDs, edges: edges, coordinates: nodes.coordinates,
                                unitScale: record.unitScale, exactCosts: record.exactCosts)
            let (arcs, edgeIndex) = list.arcs(undirected: record.undirected)
            let graph = Graph(nodeCount: list.nodeCount, arcs: arcs)
            let stored = StoredGraph(name: name, list: list, undirected: record.undirected, graph: graph,
                                     edgeIndex: edgeIndex, contentVersion: record.contentVersion)
            return (stored, record)
        }
        if !stored.loadedFromCache && !isReadOnly {
            try write {   // store the arrays again, unless the graph changed in between
                guard try GraphRecord.fetch(named: name, in: connection)?.contentVersion == record.contentVersion
                else { return }
                try CompiledGraphRecord.delete(contentVersion: record.contentVersion, in: connection)
                try writeCompiled(stored, in: connection)
            }
        }
        return withCoordinates ? stored : stored.droppingCoordinates()
    }

    /// Deletes graph `name` with its nodes, edges and compiled arrays.
    /// - Throws: ``StoreError/notFound(kind:name:path:suggestion:)``.
    public func deleteGraph(named name: String) throws {
        try write {
            let record = try existingGraph(named: name)
            try GraphRecord.delete(id: record.id, contentVersion: record.contentVersion, in: connection)
        }
    }

    // MARK: Helpers

    func existingGraph(named name: String) throws -> GraphRecord {
        if let record = try GraphRecord.fetch(named: name, in: connection) { return record }
        let names = try GraphRecord.fetchAll(in: connection).map(\.name)
        throw StoreError.notFound(kind: "graph", name: name, path: path,
                                  suggestion: NameSuggestion.closest(to: name, among: names))
    }

    /// Fails early, before parsing a large file, when the import would be refused anyway: the name is a network's,
    /// or a graph's and `replace` is not set.
    func refuseTakenName(_ name: String, replace: Bool) throws {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        if try read({ try NetworkRecord.fetch(named: name, in: connection) }) != nil {
            throw StoreError.nameUsedByOtherKind(kind: "graph", name: name, otherKind: "network", path: path)
        }
        guard !replace else { return }
        if try read({ try GraphRecord.fetch(named: name, in: connection) }) != nil {
            throw StoreError.nameTaken(kind: "graph", name: name, path: path)
        }
    }

    /// Writes the compiled arrays of `stored` under its content version.
    func writeCompiled(_ stored: StoredGraph, in connection: Connection) throws {
        let graph = stored.graph
        func put<T: BitwiseCopyable>(_ array: [T], _ part: String) throws {
            try CompiledGraphRecord.insert(array, part: part, shape: CorridorDatabase.plainGraphShape,
                                           contentVersion: stored.contentVersion, ownerKind: "graph",
                                           ownerName: stored.name, in: connection)
        }
        try put(graph.firstOut, "firstOut")
        try put(graph.head, "head")
        try put(graph.weight, "weight")
        try put(graph.inputID, "inputID")
        try put(graph.firstIn, "firstIn")
        try put(graph.tail, "tail")
        try put(graph.reverseWeight, "reverseWeight")
        try put(graph.forwardArc, "forwardArc")
        if let ids = stored.nodeInputIDs.listed { try put(ids, "nodeInputID") }
        if let ids = stored.arcInputIDs.listed { try put(ids, "arcInputID") }
        if let costs = stored.arcCosts { try put(costs, "arcCost") }
        if let coordinates = stored.coordinates {
            var pairs: [Double] = []
            pairs.reserveCapacity(coordinates.count * 2)
            for c in coordinates { pairs.append(c?.latitude ?? .nan); pairs.append(c?.longitude ?? .nan) }
            try put(pairs, "coordinate")
        }
    }

    /// The graph rebuilt from its compiled arrays (its reverse half only `withReverseArcs`), or `nil` if they are
    /// missing, stale or fail the graph's checks.
    func readCompiled(_ record: GraphRecord, withCoordinates: Bool, withReverseArcs: Bool) throws -> StoredGraph? {
        let firstOut = CompiledPart<UInt32>("firstOut"), head = CompiledPart<UInt32>("head")
        let weight = CompiledPart<UInt32>("weight"), inputID = CompiledPart<UInt32>("inputID")
        let firstIn = CompiledPart<UInt32>("firstIn"), tail = CompiledPart<UInt32>("tail")
        let reverseWeight = CompiledPart<UInt32>("reverseWeight"), forwardArc = CompiledPart<UInt32>("forwardArc")
        let nodeInputID = CompiledPart<Int64>("nodeInputID"), arcInputID = CompiledPart<Int64>("arcInputID")
        let arcCost = CompiledPart<Double>("arcCost"), coordinate = CompiledPart<Double>("coordinate")
        var parts: [any CompiledPartReading] = [firstOut, head, weight, inputID, nodeInputID, arcInputID]
        if withReverseArcs { parts += [firstIn, tail, reverseWeight, forwardArc] }
        if !record.exactCosts { parts.append(arcCost) }
        if withCoordinates && record.hasCoordinates { parts.append(coordinate) }
        try readCompiledParts(parts, contentVersion: record.contentVersion, shape: CorridorDatabase.plainGraphShape)
        guard let firstOut = firstOut.array, let head = head.array, let weight = weight.array,
              let inputID = inputID.array
        else { return nil }
        let read: Graph?
        if withReverseArcs {
            guard let firstIn = firstIn.array, let tail = tail.array, let reverseWeight = reverseWeight.array,
                  let forwardArc = forwardArc.array
            else { return nil }
            read = Graph(firstOut: firstOut, head: head, weight: weight, inputID: inputID, firstIn: firstIn, tail: tail,
                         reverseWeight: reverseWeight, forwardArc: forwardArc)
        } else {
            read = Graph(firstOut: firstOut, head: head, weight: weight, inputID: inputID)
        }
        guard let graph = read, graph.nodeCount == record.nodeCount, graph.arcCount == record.arcCount else { return nil }
        let nodeInputIDs = nodeInputID.array.map(InputIDs.init) ?? .numbered(record.nodeCount)
        let arcInputIDs = arcInputID.array.map(InputIDs.init) ?? .numbered(record.arcCount)
        let arcCosts = arcCost.array
        guard nodeInputIDs.count == record.nodeCount, arcInputIDs.count == record.arcCount,
              record.exactCosts || arcCosts?.count == record.arcCount
        else { return nil }
        for id in inputID where id == 0 || Int(id) > record.arcCount { return nil }
        var coordinates: [Coordinate?]?
        if withCoordinates && record.hasCoordinates {
            guard let pairs = coordinate.array, pairs.count == 2 * record.nodeCount else { return nil }
            coordinates = (0 ..< record.nodeCount).map { i in
                pairs[2 * i].isNaN ? nil : Coordinate(latitude: pairs[2 * i], longitude: pairs[2 * i + 1])
            }
        }
        return StoredGraph(name: record.name, graph: graph, nodeInputIDs: nodeInputIDs, arcInputIDs: arcInputIDs,
                           unitScale: record.unitScale, arcCosts: arcCosts, coordinates: coordinates,
                           contentVersion: record.contentVersion, loadedFromCache: true)
    }
}

extension StoredGraph {
    /// The stored form of `list` built into `graph` (whose arc `a` has id `a + 1` and comes from row `edgeIndex[a]`).
    init(name: String, list: EdgeList, undirected: Bool, graph: Graph, edgeIndex: [UInt32], contentVersion: Int64) {
        self.init(name: name, graph: graph, nodeInputIDs: InputIDs(list.nodeInputIDs),
                  arcInputIDs: InputIDs(edgeIndex.map { list.edges[Int($0)].inputID }), unitScale: list.unitScale,
                  arcCosts: list.exactCosts ? nil : list.arcCosts(undirected: undirected),
                  coordinates: list.coordinates, contentVersion: contentVersion,
                  loadedFromCache: false)
    }

    func droppingCoordinates() -> StoredGraph {
        StoredGraph(name: name, graph: graph, nodeInputIDs: nodeInputIDs, arcInputIDs: arcInputIDs,
                    unitScale: unitScale, arcCosts: arcCosts, coordinates: nil, contentVersion: contentVersion,
                    loadedFromCache: loadedFromCache)
    }
}
