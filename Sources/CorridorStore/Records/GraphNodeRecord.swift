import CorridorGraph
import CorridorImport

/// A row of the `graphNode` table: a node's router number (`node`, 0-based), its id in the user's file and its
/// optional coordinates. Written and read in bulk, one graph at a time, in node order.
struct GraphNodeRecord {
    var node: Int
    var inputID: Int64
    var coordinate: Coordinate?

    /// Inserts every node of `list` for graph `graphID`, with one prepared statement.
    /// - Complexity: O(*n*) rows.
    static func insertAll(of list: EdgeList, graphID: Int64, in connection: Connection) throws {
        let statement = try connection.prepare(
            "INSERT INTO graphNode (graphID, node, inputID, longitude, latitude) VALUES (?, ?, ?, ?, ?)")
        for (node, inputID) in list.nodeInputIDs.enumerated() {
            statement.bind(graphID, at: 1)
            statement.bind(node, at: 2)
            statement.bind(inputID, at: 3)
            let coordinate = list.coordinates?[node]
            statement.bind(coordinate?.longitude, at: 4)
            statement.bind(coordinate?.latitude, at: 5)
            try statement.run()
        }
    }

    /// The input ids of graph `graphID`'s nodes in node order, and their coordinates if `withCoordinates`.
    /// - Throws: ``StoreError/inconsistent(path:detail:)`` if the nodes are not numbered 0 ..< `nodeCount`.
    static func fetchAll(graphID: Int64, nodeCount: Int, withCoordinates: Bool,
                         in connection: Connection) throws -> (inputIDs: [Int64], coordinates: [Coordinate?]?) {
        let statement = try connection.prepare(
            "SELECT node, inputID, longitude, latitude FROM graphNode WHERE graphID = ? ORDER BY node")
        statement.bind(graphID, at: 1)
        var inputIDs: [Int64] = []
        inputIDs.reserveCapacity(nodeCount)
        var coordinates: [Coordinate?] = []
        if withCoordinates { coordinates.reserveCapacity(nodeCount) }
        while try statement.step() {
            guard statement.int(0) == inputIDs.count else {
                throw StoreError.inconsistent(path: connection.path, detail: "graph nodes are not numbered 0, 1, 2, …")
            }
            inputIDs.append(statement.int64(1))
            if withCoordinates {
                if let longitude = statement.optionalDouble(2), let latitude = statement.optionalDouble(3) {
                    coordinates.append(Coordinate(latitude: latitude, longitude: longitude))
                } else {
                    coordinates.append(nil)
                }
            }
        }
        guard inputIDs.count == nodeCount else {
            throw StoreError.inconsistent(path: connection.path,
                                          detail: "the graph lists \(nodeCount) nodes but \(inputIDs.count) are stored")
        }
        return (inputIDs, withCoordinates ? coordinates : nil)
    }
}
