import CorridorGraph
import CorridorImport

/// A row of the `graphEdge` table: one input edge — its 1-based `ordinal` in the file, the user's edge id, its end
/// nodes (router numbers) and its cost and reverse cost in the user's units, exactly as read. The router's arcs are
/// derived from these rows (``EdgeList/arcs(undirected:)``), never stored twice.
struct GraphEdgeRecord {
    var ordinal: Int
    var edge: EdgeList.Edge

    /// Inserts every edge of `list` for graph `graphID` with one prepared statement and raw binds.
    /// - Complexity: O(*m*) rows.
    static func insertAll(of list: EdgeList, graphID: Int64, in connection: Connection) throws {
        let statement = try connection.prepare("""
            INSERT INTO graphEdge (graphID, ordinal, inputID, source, target, cost, reverseCost)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, edge) in list.edges.enumerated() {
            statement.bind(graphID, at: 1)
            statement.bind(index + 1, at: 2)
            statement.bind(edge.inputID, at: 3)
            statement.bind(Int64(edge.source.rawValue), at: 4)
            statement.bind(Int64(edge.target.rawValue), at: 5)
            statement.bind(edge.cost, at: 6)
            statement.bind(edge.reverseCost, at: 7)
            try statement.run()
        }
    }

    /// The edges of graph `graphID` in file order.
    /// - Throws: ``StoreError/inconsistent(path:detail:)`` if ordinals have gaps or an edge leaves the graph.
    static func fetchAll(graphID: Int64, edgeCount: Int, nodeCount: Int,
                         in connection: Connection) throws -> [EdgeList.Edge] {
        let statement = try connection.prepare("""
            SELECT ordinal, inputID, source, target, cost, reverseCost FROM graphEdge
            WHERE graphID = ? ORDER BY ordinal
            """)
        statement.bind(graphID, at: 1)
        var edges: [EdgeList.Edge] = []
        edges.reserveCapacity(edgeCount)
        while try statement.step() {
            let source = statement.int64(2), target = statement.int64(3)
            guard statement.int(0) == edges.count + 1, source >= 0, source < nodeCount, target >= 0, target < nodeCount
            else {
                throw StoreError.inconsistent(path: connection.path,
                                              detail: "edge \(statement.int64(1)) has a gap before it or leaves the graph")
            }
            edges.append(EdgeList.Edge(inputID: statement.int64(1), source: NodeID(Int(source)),
                                       target: NodeID(Int(target)), cost: statement.double(4),
                                       reverseCost: statement.optionalDouble(5)))
        }
        guard edges.count == edgeCount else {
            throw StoreError.inconsistent(path: connection.path,
                                          detail: "the graph lists \(edgeCount) edges but \(edges.count) are stored")
        }
        return edges
    }
}
